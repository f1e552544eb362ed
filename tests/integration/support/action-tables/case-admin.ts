// Entries of the action table (../action-table.ts) for the staff inbox of the case channels
// (app/[locale]/(admin)/admin/cases/actions.ts). Every form names a fresh case in the status
// its move starts from (support/case-admin-world.ts), handled by the caller when the caller is
// on staff, so an allowed caller's valid form is accepted and a lesser caller's is refused
// before anything is read.
import type { ActionSpec, FieldSpec } from "../action-table";
import { caseFor } from "../case-admin-world";

const A = "app/[locale]/(admin)/admin/cases/actions.ts";
const req = (kind: FieldSpec["kind"]): FieldSpec => ({ kind, required: true });
const opt = (kind: FieldSpec["kind"]): FieldSpec => ({ kind, required: false });

export const ACTIONS_CASE_ADMIN: Record<string, ActionSpec> = {
  [`${A}#takeCaseAction`]: {
    level: "staff",
    form: async (_w, caller) => ({ id: await caseFor(caller, "REPORT", "PENDING", { unassigned: true }) }),
    fields: { id: req("id") },
  },
  [`${A}#assignCaseAction`]: {
    level: "staff",
    // The world's administrator (never one of the callers) takes it over.
    form: async (w, caller) => ({ id: await caseFor(caller, "TALK"), handlerId: w.owner.id }),
    fields: { id: req("id"), handlerId: req("id") },
  },
  [`${A}#acceptCaseAction`]: {
    level: "staff",
    form: async (_w, caller) => ({ id: await caseFor(caller, "REPORT") }),
    fields: { id: req("id") },
  },
  [`${A}#dismissCaseAction`]: {
    level: "staff",
    form: async (_w, caller) => ({ id: await caseFor(caller, "OBJECTION"), reason: "所反映人员不在本次公示名单中。" }),
    fields: { id: req("id"), reason: req("text") },
  },
  [`${A}#replyCaseAction`]: {
    level: "staff",
    form: async (_w, caller) => ({ id: await caseFor(caller, "TALK", "ACCEPTED"), body: "感谢您的来信。\n有关建议已转相关科室研究。" }),
    fields: { id: req("id"), body: req("body") },
  },
  [`${A}#noteCaseAction`]: {
    level: "staff",
    form: async (_w, caller) => ({ id: await caseFor(caller, "REPORT", "ACCEPTED"), body: "拟请有关部门协助核查。" }),
    fields: { id: req("id"), body: req("body") },
  },
  [`${A}#investigateCaseAction`]: {
    level: "staff",
    form: async (_w, caller) => ({ id: await caseFor(caller, "REPORT", "ACCEPTED"), note: "由干部监督科核查。" }),
    fields: { id: req("id"), note: opt("body") },
  },
  [`${A}#closeCaseAction`]: {
    level: "staff",
    form: async (_w, caller) => ({
      id: await caseFor(caller, "OBJECTION", "ACCEPTED"),
      verdict: "UNFOUNDED",
      conclusion: "NO_EFFECT",
      findings: "经谈话了解和查阅档案，未发现所反映问题。",
      outcomeText: "经核查，反映问题不属实，不影响任职。",
    }),
    // Required for an objection (the data layer's rule, by the case's kind).
    fields: { id: req("id"), verdict: req("enum"), conclusion: req("enum"), findings: req("body"), outcomeText: req("body") },
  },
};
