// Entries of the action table (../action-table.ts) for the 干部教育培训 console: classes, their
// sessions and materials, decisions on sign-ups and the attendance list. Every form names fresh
// rows (support/training-admin-world.ts), so each accepted call has something to act on.
import { db } from "@/lib/db/client";
import type { ActionSpec, FieldSpec } from "../action-table";
import { dateTimeInput } from "../action-world";
import { makeUser } from "../users";
import { makeEnrolment, makeTrainingClass } from "../training-admin-world";

const A = "app/[locale]/(admin)/admin/training/actions.ts";
const req = (kind: FieldSpec["kind"]): FieldSpec => ({ kind, required: true });
const opt = (kind: FieldSpec["kind"]): FieldSpec => ({ kind, required: false });

const HOUR = 3_600_000;

const classForm = () => ({
  title: "2026年度年轻干部能力提升培训班",
  organizer: "中共舟山市委组织部",
  kind: "CENTRAL",
  place: "舟山市委党校报告厅",
  onlineUrl: "https://learning.example.cn/course/12",
  description: "围绕履职能力开展专题培训。",
  capacity: "40",
  eligibleLevels: "SECTION",
  eligibleUnits: "舟山市财政局",
  signupOpensAt: dateTimeInput(1),
  signupClosesAt: dateTimeInput(8),
});

/** A fresh pending sign-up of a published class. */
async function pendingEnrolment(): Promise<{ classId: string; id: string }> {
  const c = await makeTrainingClass();
  return { classId: c.id, id: await makeEnrolment(c.id, (await makeUser()).id, "PENDING") };
}

export const ACTIONS_TRAINING_ADMIN: Record<string, ActionSpec> = {
  [`${A}#saveTrainingClassAction`]: {
    level: "staff",
    form: async () => classForm(),
    fields: {
      title: req("text"),
      organizer: req("text"),
      kind: req("enum"),
      place: opt("text"),
      onlineUrl: opt("text"),
      description: opt("body"),
      capacity: req("int"),
      eligibleLevels: opt("enum"),
      eligibleUnits: opt("body"),
      signupOpensAt: req("dateTime"),
      signupClosesAt: req("dateTime"),
    },
  },
  [`${A}#trainingClassMoveAction`]: {
    level: "staff",
    form: async () => ({ id: (await makeTrainingClass({ status: "DRAFT" })).id, move: "publish" }),
    fields: { id: req("id"), move: req("enum") },
  },
  [`${A}#cancelTrainingClassAction`]: {
    level: "staff",
    form: async () => ({ id: (await makeTrainingClass()).id, reason: "因工作安排调整，本期培训取消" }),
    fields: { id: req("id"), reason: req("text") },
  },
  [`${A}#saveTrainingSessionAction`]: {
    level: "staff",
    form: async () => ({
      classId: (await makeTrainingClass({ status: "DRAFT" })).id,
      title: "第二讲：干部选拔任用工作条例解读",
      startsAt: dateTimeInput(12),
      endsAt: dateTimeInput(12.1),
      hoursTenths: "2.5",
    }),
    fields: { classId: req("id"), title: req("text"), startsAt: req("dateTime"), endsAt: req("dateTime"), hoursTenths: req("text") },
  },
  [`${A}#deleteTrainingSessionAction`]: {
    level: "staff",
    form: async () => ({ id: (await makeTrainingClass({ status: "DRAFT" })).sessionIds[0]! }),
    fields: { id: req("id") },
  },
  [`${A}#addTrainingMaterialAction`]: {
    level: "staff",
    form: async () => ({
      classId: (await makeTrainingClass({ status: "DRAFT" })).id,
      title: "培训须知",
      url: "https://www.example.cn/notice.pdf",
    }),
    fields: { classId: req("id"), title: req("text"), url: opt("text") },
  },
  [`${A}#deleteTrainingMaterialAction`]: {
    level: "staff",
    form: async () => {
      const c = await makeTrainingClass({ status: "DRAFT" });
      const m = await db().trainingMaterial.create({ data: { classId: c.id, title: "学习平台", url: "https://learning.example.cn/" } });
      return { id: m.id };
    },
    fields: { id: req("id") },
  },
  [`${A}#decideEnrolmentAction`]: {
    level: "staff",
    form: async () => ({ enrolmentId: (await pendingEnrolment()).id, decision: "APPROVE", note: "请按时参加培训。" }),
    fields: { enrolmentId: req("id"), decision: req("enum"), note: opt("text") },
  },
  [`${A}#bulkApproveEnrolmentsAction`]: {
    level: "staff",
    form: async () => {
      const e = await pendingEnrolment();
      const other = await makeEnrolment(e.classId, (await makeUser()).id, "PENDING");
      return { classId: e.classId, ids: [e.id, other] };
    },
    fields: { classId: req("id"), ids: req("ids") },
  },
  [`${A}#markAttendanceAction`]: {
    level: "staff",
    form: async () => {
      const c = await makeTrainingClass({ sessions: [{ startsAt: new Date(Date.now() - HOUR), hoursTenths: 20 }] });
      const e = await makeEnrolment(c.id, (await makeUser()).id, "APPROVED");
      return { sessionId: c.sessionIds[0]!, enrolmentId: e, present: "on" };
    },
    fields: { sessionId: req("id"), enrolmentId: req("id"), present: opt("checkbox") },
  },
};
