// Entries of the action table (../action-table.ts) for the channels actions of the case channels:
// 公示反映 and 监督举报, each with a real-name door (approved accounts) and an anonymous door
// (anyone, behind the challenge). Every form carries new words (the same text twice in a day
// is refused) and comes from a new address (support/action-mocks), so the daily cap never
// decides an outcome here.
import type { ActionSpec, FieldSpec, Fields } from "../action-table";
import type { World } from "../action-world";
import { solvedChallenge } from "../challenge";
import { activePreNotice, type PublishedNotice } from "../channels-world";

const A = "app/[locale]/(public)";
const req = (kind: FieldSpec["kind"]): FieldSpec => ({ kind, required: true });
const opt = (kind: FieldSpec["kind"]): FieldSpec => ({ kind, required: false });

// One 任职前公示 in its period per World, made on first use.
const notices = new WeakMap<World, Promise<PublishedNotice>>();
const liveNotice = (w: World) => {
  let n = notices.get(w);
  if (!n) notices.set(w, (n = activePreNotice(w.owner)));
  return n;
};

let letters = 0;
const letter = () => `该同志在考察期间存在违规问题，具体情况如下，第${++letters}条线索请核查。`;

const objectionForm = async (w: World): Promise<Fields> => {
  const n = await liveNotice(w);
  return { noticeId: n.id, noticeEntryId: n.entries[0]!.id, body: letter() };
};
const objectionFields = { noticeId: req("id"), noticeEntryId: req("id"), body: req("body") };

const reportForm = (): Fields => ({
  category: "VOTE_BUYING",
  subjectName: "钱某某",
  subjectUnit: "某县交通运输局",
  subjectPost: "副局长",
  body: letter(),
  eventTime: "2026年11月中旬",
  eventPlace: "某县城区",
  evidence: "有在场人员可以证明。",
  acknowledge: "on",
});
const reportFields = {
  category: req("enum"),
  subjectName: req("name"),
  subjectUnit: req("text"),
  subjectPost: opt("text"),
  body: req("body"),
  eventTime: opt("text"),
  eventPlace: opt("text"),
  evidence: opt("body"),
  acknowledge: req("checkbox"),
};

export const ACTIONS_CHANNELS: Record<string, ActionSpec> = {
  [`${A}/notices/[id]/object/actions.ts#fileObjectionAction`]: {
    level: "approved",
    form: objectionForm,
    fields: objectionFields,
  },
  [`${A}/notices/[id]/object/actions.ts#fileAnonymousObjectionAction`]: {
    level: "public",
    form: async (w) => ({ ...(await objectionForm(w)), altcha: await solvedChallenge() }),
    fields: { ...objectionFields, altcha: req("challenge") },
  },
  [`${A}/report/new/actions.ts#fileReportAction`]: {
    level: "approved",
    form: async () => reportForm(),
    fields: reportFields,
  },
  [`${A}/report/new/actions.ts#fileAnonymousReportAction`]: {
    level: "public",
    form: async () => ({ ...reportForm(), altcha: await solvedChallenge() }),
    fields: { ...reportFields, altcha: req("challenge") },
  },
};
