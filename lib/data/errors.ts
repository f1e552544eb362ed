// Outcomes of a data-layer write that the form shows as field errors or a message.
import type { FieldErrors } from "../validation/common";

export class DomainError extends Error {
  constructor(
    readonly messageKey: string,
    readonly fieldErrors?: FieldErrors,
    readonly messageValues?: Record<string, string | number>,
  ) {
    super(messageKey);
    this.name = "DomainError";
  }
}

export class NotFoundError extends DomainError {
  constructor() {
    super("errors.notFound");
  }
}
