"use server";
// Console actions for 干部教育培训: classes, their sessions and materials, decisions on sign-ups
// and the attendance list. Reviewers and administrators only (and again at the data layer's door).
import { serverAction, type Revalidation } from "@/lib/actions/pipeline";
import { BOARD_TAGS, type Board } from "@/lib/data/board-tags";
import {
  addMaterial,
  addSession,
  cancelClass,
  createClass,
  deleteMaterial,
  deleteSession,
  finishClass,
  publishClass,
  updateClass,
  updateSession,
} from "@/lib/data/training/classes";
import { bulkApprove, decideOne } from "@/lib/data/training/decisions";
import { markAttendance } from "@/lib/data/training/attendance";
import { editing } from "@/lib/validation/moves";
import {
  attendanceMarkSchema,
  bulkApproveSchema,
  cancelClassSchema,
  classMoveSchema,
  decisionSchema,
  deleteRowSchema,
  materialSchema,
  sessionFormSchema,
  trainingClassSchema,
} from "@/lib/validation/training";

/**
 * The public 干部教育培训 pages are cached under their own board tag (lib/data/training/public-cache.ts).
 * Looked up by name so that this file compiles whether or not that tag has been added to
 * BOARD_TAGS yet; with it, every class, session and material change expires the public pages
 * on every instance.
 */
const TRAINING_BOARDS: Board[] = "training" in BOARD_TAGS ? ["training" as Board] : [];

/** The console's pages of a class, the console menu's counts, and the public 干部教育培训 pages. */
const refresh = (classId?: string): Revalidation => ({
  boards: TRAINING_BOARDS,
  paths: [...(classId ? [`/admin/training/${classId}`] : []), ["/admin", "layout"], ["/training", "layout"], "/account/training"],
});

export const saveTrainingClassAction = serverAction({
  name: "saveTrainingClass",
  access: "staff",
  input: editing(trainingClassSchema),
  handle: async ({ actor, input: { id, data } }) =>
    id ? (await updateClass(actor, id, data), { id, created: false }) : { ...(await createClass(actor, data)), created: true },
  revalidate: ({ id }) => refresh(id),
  done: ({ id, created }) => ({ redirect: `/admin/training/${id}?done=${created ? "created" : "saved"}` }),
});

export const trainingClassMoveAction = serverAction({
  name: "trainingClassMove",
  access: "staff",
  input: classMoveSchema,
  handle: ({ actor, input }) => (input.move === "publish" ? publishClass(actor, input.id) : finishClass(actor, input.id)),
  revalidate: (_r, input) => refresh(input.id),
  done: (_r, input) => ({ redirect: `/admin/training/${input.id}?done=${input.move}` }),
});

export const cancelTrainingClassAction = serverAction({
  name: "cancelTrainingClass",
  access: "staff",
  input: cancelClassSchema,
  handle: ({ actor, input }) => cancelClass(actor, input.id, input.reason),
  revalidate: (_r, input) => refresh(input.id),
  done: (_r, input) => ({ redirect: `/admin/training/${input.id}?done=cancel` }),
});

export const saveTrainingSessionAction = serverAction({
  name: "saveTrainingSession",
  access: "staff",
  input: sessionFormSchema,
  handle: async ({ actor, input }) => {
    const { classId, sessionId, ...data } = input;
    if (sessionId) await updateSession(actor, classId, sessionId, data);
    else await addSession(actor, classId, data);
    return { classId, created: !sessionId };
  },
  revalidate: ({ classId }) => refresh(classId),
  done: ({ classId, created }) => ({ redirect: `/admin/training/${classId}?done=${created ? "sessionAdded" : "sessionSaved"}#sessions` }),
});

export const deleteTrainingSessionAction = serverAction({
  name: "deleteTrainingSession",
  access: "staff",
  input: deleteRowSchema,
  handle: ({ actor, input }) => deleteSession(actor, input.id),
  revalidate: ({ classId }) => refresh(classId),
  done: ({ classId }) => ({ redirect: `/admin/training/${classId}?done=sessionDeleted#sessions` }),
});

export const addTrainingMaterialAction = serverAction({
  name: "addTrainingMaterial",
  access: "staff",
  input: materialSchema,
  handle: async ({ actor, input, files }) => (await addMaterial(actor, input, files("file")), { classId: input.classId }),
  revalidate: ({ classId }) => refresh(classId),
  done: ({ classId }) => ({ redirect: `/admin/training/${classId}?done=materialAdded#materials` }),
});

export const deleteTrainingMaterialAction = serverAction({
  name: "deleteTrainingMaterial",
  access: "staff",
  input: deleteRowSchema,
  handle: ({ actor, input }) => deleteMaterial(actor, input.id),
  revalidate: ({ classId }) => refresh(classId),
  done: ({ classId }) => ({ redirect: `/admin/training/${classId}?done=materialDeleted#materials` }),
});

export const decideEnrolmentAction = serverAction({
  name: "decideTrainingEnrolment",
  access: "staff",
  input: decisionSchema,
  handle: ({ actor, input }) => decideOne(actor, input.enrolmentId, input.decision, input.note),
  revalidate: ({ classId }) => refresh(classId),
  done: ({ classId }, input) => ({ redirect: `/admin/training/${classId}?done=${input.decision.toLowerCase()}#signups` }),
});

export const bulkApproveEnrolmentsAction = serverAction({
  name: "bulkApproveTrainingEnrolments",
  access: "staff",
  input: bulkApproveSchema,
  handle: ({ actor, input }) => bulkApprove(actor, input.classId, input.ids),
  revalidate: (_r, input) => refresh(input.classId),
  done: (r, input) => ({ redirect: `/admin/training/${input.classId}?done=bulkApproved&n=${r.approved}&full=${r.full}#signups` }),
});

export const markAttendanceAction = serverAction({
  name: "markTrainingAttendance",
  access: "staff",
  input: attendanceMarkSchema,
  handle: async ({ actor, input }) => {
    await markAttendance(actor, { sessionId: input.sessionId, enrolmentId: input.enrolmentId, present: input.present });
    return input;
  },
  revalidate: { paths: ["/admin/training", ["/admin/training", "layout"], "/account/training"] },
  done: () => ({ ok: true, message: "trainingAdmin.attendance.saved" }),
});
