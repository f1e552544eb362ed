// Inputs shared by the console's board actions: an edit form (a new record, or an existing one
// by its id) and a publication move (草稿 / 已发布 / 已撤回).
import { z } from "zod";
import { publicationMachine } from "../state/publication";
import { E, recordId } from "./common";

type PublicationState = (typeof publicationMachine.states)[number];

/**
 * An edit form: its own fields through `schema` (after `shape`, for forms with rows), plus the
 * id of the record being edited (none for a new record).
 */
export function editing<T>(schema: z.ZodType<T, unknown>, shape: (values: Record<string, unknown>) => unknown = (v) => v) {
  return z.record(z.string(), z.unknown()).transform((values, ctx): { id?: string; data: T } => {
    const id = values.id === undefined || values.id === "" ? undefined : recordId.safeParse(values.id);
    const r = schema.safeParse(shape(values));
    for (const issue of [
      ...(id && !id.success ? id.error.issues.map((i) => ({ ...i, path: ["id"] })) : []),
      ...(r.success ? [] : r.error.issues),
    ]) {
      ctx.addIssue({ code: "custom", message: issue.message, path: issue.path });
    }
    if (!r.success || (id && !id.success)) return z.NEVER;
    return { id: id?.data, data: r.data };
  });
}

export const publicationMove = z.object({
  id: recordId,
  to: z.enum(publicationMachine.states as unknown as [PublicationState, ...PublicationState[]], E.invalid),
});

/** The word the record's page shows after a move (?done=…). */
export const VERB = { PUBLISHED: "publish", UNPUBLISHED: "unpublish", DRAFT: "toDraft" } as const satisfies Record<
  PublicationState,
  string
>;
