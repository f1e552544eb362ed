// Entries of the action table (../action-table.ts) for the talk actions of the case channels:
// filing a 说心里话 letter, the writer's follow-up and confirmation, and the 查询码 lookup.
import type { ActionSpec } from "../action-table";
import { answeredTalkOf, anonymousCaseCode } from "../talk-world";

const A = "app/[locale]";

let letters = 0;

export const ACTIONS_TALK: Record<string, ActionSpec> = {
  [`${A}/(public)/messages/actions.ts#fileTalkAction`]: {
    level: "approved",
    // A different text each time: the same text twice a day is refused.
    form: async () => ({
      category: "SUGGESTION",
      title: "关于干部培训的建议",
      body: `建议增加年轻干部到基层一线实践锻炼的机会。（${++letters}）`,
    }),
    fields: { category: { kind: "enum", required: true }, title: { kind: "text", required: true }, body: { kind: "body", required: true } },
  },
  [`${A}/(account)/account/cases/actions.ts#followUpTalkAction`]: {
    level: "approved",
    // The caller's own answered letter (a visitor's form names the administrator's).
    form: async (w, caller) => ({ id: await answeredTalkOf(caller ?? w.owner), body: "答复中提到的培训计划何时实施？" }),
    fields: { id: { kind: "id", required: true }, body: { kind: "body", required: true } },
  },
  [`${A}/(account)/account/cases/actions.ts#confirmTalkAction`]: {
    level: "approved",
    form: async (w, caller) => ({ id: await answeredTalkOf(caller ?? w.owner) }),
    fields: { id: { kind: "id", required: true } },
  },
  [`${A}/(public)/cases/lookup/actions.ts#lookupCaseAction`]: {
    level: "public",
    form: async () => ({ code: (await anonymousCaseCode()).code }),
    fields: { code: { kind: "text", required: true } },
  },
};
