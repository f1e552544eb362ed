// What a 公示反映 or 监督举报 form receives after filing: the case number, and for an anonymous
// case its 查询码, which exists only in this one answer (the database keeps a keyed hash).
// The answer of a server action is never cached, and the form shows it once: reloading the
// page shows an empty form, never the code again.
import type { ActionState } from "../validation/common";

export interface FiledReceipt {
  number: string;
  /** Anonymous cases only: shown once, never stored in clear. */
  queryCode: string | null;
  /** Real-name cases only: the writer follows the case in /account. */
  caseId: string | null;
}

export type FilingState = ActionState & { filed?: FiledReceipt };

/** The success state of a filing action. */
export function filedState(message: string, r: { id: string; number: string; queryCode: string | null }, named: boolean): FilingState {
  return {
    ok: true,
    message,
    messageValues: { number: r.number },
    filed: { number: r.number, queryCode: named ? null : r.queryCode, caseId: named ? r.id : null },
  };
}
