import "server-only";
// The console's decisions on sign-ups, over the sign-ups module's decideEnrolment (one sign-up,
// its own transaction, its person told, audited): one decision from the class page, and the
// bulk approve of the ticked sign-ups. Bulk approval goes one sign-up at a time, so one that
// cannot be approved (the class is full for a person waiting, or it changed meanwhile) leaves
// the others approved, and the page says how many were and were not.
import { db } from "../../db/client";
import { requireStaff, type Actor } from "../../auth/actor";
import type { EnrolmentDecision } from "../../state/training";
import { DomainError, NotFoundError } from "../errors";
import { decideEnrolment } from "./enrolments";

/** Decides one sign-up; answers with its class (the page to go back to). */
export async function decideOne(
  actor: Actor | null,
  enrolmentId: string,
  decision: EnrolmentDecision,
  note?: string | null,
): Promise<{ classId: string }> {
  requireStaff(actor);
  const e = await db().trainingEnrolment.findUnique({ where: { id: enrolmentId }, select: { classId: true } });
  if (!e) throw new NotFoundError();
  await decideEnrolment(actor, enrolmentId, decision, note);
  return { classId: e.classId };
}

/**
 * Approves the ticked sign-ups of one class (pending ones, and people waiting while places are
 * free). Ids of another class are ignored. `full`: those refused because no place was free.
 */
export async function bulkApprove(
  actor: Actor | null,
  classId: string,
  ids: string[],
): Promise<{ approved: number; full: number; skipped: number }> {
  requireStaff(actor);
  if (ids.length === 0) throw new DomainError("trainingAdmin.errors.noneSelected");
  const rows = await db().trainingEnrolment.findMany({
    where: { classId, id: { in: ids }, status: { in: ["PENDING", "WAITLISTED"] } },
    // Pending first (they hold places already), then the waiting list in its order.
    orderBy: [{ status: "asc" }, { waitlistedAt: "asc" }, { createdAt: "asc" }],
    select: { id: true },
  });
  // None of the ticked rows is a sign-up of this class that can be admitted: a stale page, or a crafted request.
  if (rows.length === 0) {
    if (!(await db().trainingClass.findUnique({ where: { id: classId }, select: { id: true } }))) throw new NotFoundError();
    throw new DomainError("trainingAdmin.errors.noneApprovable");
  }
  let approved = 0;
  let full = 0;
  for (const r of rows) {
    try {
      await decideEnrolment(actor, r.id, "APPROVE");
      approved++;
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      if (e.messageKey === "training.errors.full") full++;
    }
  }
  return { approved, full, skipped: ids.length - approved - full };
}
