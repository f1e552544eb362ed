// Entries of the action table (../action-table.ts) for the console's queues (issue 11, the
// reviewer's day): the registration queue's 批量退回 with one reason. Each form names fresh
// pending registrations, so an allowed caller's valid form changes something.
import type { ActionSpec, FieldSpec } from "../action-table";

const A = "app/[locale]/(admin)/admin";
const req = (kind: FieldSpec["kind"]): FieldSpec => ({ kind, required: true });

export const ACTIONS_CONSOLE: Record<string, ActionSpec> = {
  [`${A}/account-actions.ts#bulkRejectAction`]: {
    level: "staff",
    form: async (w) => ({
      ids: [(await w.account("PENDING")).id, (await w.account("PENDING")).id],
      reason: "身份证号码与姓名不一致，请核对后重新提交。",
    }),
    fields: { ids: req("ids"), reason: req("text") },
  },
};
