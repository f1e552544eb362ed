// Entries of the action table (../action-table.ts) for the selection loop (issue 11): the 公示
// drafted from a vacancy's shortlist, a person's 公示结果, and a probation's assessment. Every
// form names fresh rows (support/loop-world.ts).
import type { ActionSpec, FieldSpec } from "../action-table";
import { dueProbation, endedNoticeEntry, shortlistedVacancy } from "../loop-world";

const A = "app/[locale]/(admin)/admin";
const req = (kind: FieldSpec["kind"]): FieldSpec => ({ kind, required: true });

export const ACTIONS_LOOP: Record<string, ActionSpec> = {
  [`${A}/nominations/[vacancyId]/actions.ts#draftNoticeAction`]: {
    level: "staff",
    form: async (w) => ({ vacancyId: await shortlistedVacancy(w) }),
    fields: { vacancyId: req("id") },
  },
  [`${A}/notices/[id]/actions.ts#recordNoticeResultAction`]: {
    level: "staff",
    form: async () => ({ entryId: await endedNoticeEntry(), result: "NO_OBJECTION" }),
    fields: { entryId: req("id"), result: req("enum") },
  },
  [`${A}/probations/actions.ts#assessProbationAction`]: {
    level: "staff",
    form: async () => ({ id: await dueProbation(), result: "COMPETENT", note: "试用期满考核，德才表现胜任现职。" }),
    fields: { id: req("id"), result: req("enum"), note: req("text") },
  },
};
