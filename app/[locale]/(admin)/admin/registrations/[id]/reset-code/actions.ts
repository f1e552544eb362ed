"use server";
import { serverAction } from "@/lib/actions/pipeline";
import { issueResetCode } from "@/lib/data/password-reset";
import { shanghaiDateTimeText } from "@/lib/calendar/dates";
import { idInput, type ActionState } from "@/lib/validation/common";

export interface ResetCodeState extends ActionState {
  /** The code, shown once to be read out; never stored but as a hash, never logged. */
  code?: string;
  until?: string;
}

/** A reviewer issues a one-time reset code for a nominator's account after checking identity by phone. */
export const issueResetCodeAction = serverAction<"staff", { id: string }, { code: string; expiresAt: Date }, ResetCodeState>({
  name: "issueResetCode",
  access: "staff",
  input: idInput,
  handle: ({ actor, input }) => issueResetCode(actor, input.id),
  done: (r) => ({ ok: true, code: r.code, until: shanghaiDateTimeText(r.expiresAt) }),
});
