import "server-only";
// 干部教育培训 — sign-ups (报名). The contract of this module:
//
// signUp(actor, classId, opts?) → { enrolmentId, status: "PENDING" | "WAITLISTED" }
//   An approved account signs up for a published class within its sign-up window, if its
//   verified profile meets the class's rules (eligibleLevels vs User.cadreLevel, eligibleUnits vs
//   User.workUnit; empty = everyone). A place is taken with one conditional update
//   (`seatsTaken < capacity`), so the cap holds under any number of concurrent sign-ups on SQLite
//   and PostgreSQL: with a place → 待审核 (PENDING, holding the place); without → 候补
//   (WAITLISTED, ordered by waitlistedAt). A withdrawn sign-up (已取消) may sign up again; a
//   declined one (未录取) may not. Refusals are DomainErrors with "training.errors.*" keys.
//
// decideEnrolment(staff, enrolmentId, "APPROVE" | "DECLINE" | "WAITLIST", note?, opts?)
//   → { status, promotedId: string | null }
//   Staff (reviewer/admin) decide a sign-up of a published class, as the machine allows
//   (lib/state/training.ts enrolmentMachine). Admitting a 候补 takes a free place (refused with
//   training.errors.full when none). Declining or waitlisting a place-holder frees its place, and
//   the first person waiting moves up in the same transaction (promotedId). The person is told
//   (training.approved / .declined / .waitlisted); the move is audited.
//
// cancelEnrolment(actor, classId, opts?) → { status: "CANCELLED", promotedId }
//   The signed-in user withdraws their own live sign-up of a published class; a freed place
//   goes to the first person waiting, in the same transaction.
//
// 递补 (moving up) goes to 待审核, not straight to 已录取: a person on the waiting list was never
// reviewed (staff may have waitlisted them on purpose, or they signed up when the class was full
// and nobody looked at them), and admission stays a staff decision. The place is theirs the
// moment they move up (it counts in seatsTaken), so nobody later can take it; they are told
// (training.movedUp) and staff see them in 待审核.
import type { Tx } from "../../db/client";
import { db } from "../../db/client";
import { isUniqueViolation, transaction } from "../../db/tx";
import { appendAudit } from "../../audit/log";
import { AuthzError, requireApproved, requireStaff, requireUser, type Actor } from "../../auth/actor";
import { now as clockNow } from "../../calendar/clock";
import {
  enrolmentDecisionTarget,
  enrolmentMachine,
  holdsSeat,
  signupWindow,
  type EnrolmentDecision,
  type EnrolmentStatus,
  type SignupWindow,
} from "../../state/training";
import { eligibilityRefusal, type EligibilityRefusal } from "../../training/eligibility";
import { DomainError, NotFoundError } from "../errors";
import { notify } from "../notify";

type Opts = { now?: Date };

const WINDOW_ERRORS: Record<Exclude<SignupWindow, "open">, string> = {
  notYetOpen: "training.errors.notYetOpen",
  closed: "training.errors.closed",
  unavailable: "training.errors.unavailable",
};

const ELIGIBILITY_ERRORS: Record<EligibilityRefusal, string> = {
  noLevel: "training.errors.noLevel",
  level: "training.errors.level",
  unit: "training.errors.unit",
};

export const MAX_NOTE = 500;

/** Takes one place of the class if one is free: true when taken. The cap itself: one atomic update. */
async function takeSeat(tx: Tx, classId: string): Promise<boolean> {
  const r = await tx.trainingClass.updateMany({
    where: { id: classId, status: "PUBLISHED", seatsTaken: { lt: tx.trainingClass.fields.capacity } },
    data: { seatsTaken: { increment: 1 } },
  });
  return r.count === 1;
}

async function releaseSeat(tx: Tx, classId: string): Promise<void> {
  await tx.trainingClass.updateMany({ where: { id: classId, seatsTaken: { gt: 0 } }, data: { seatsTaken: { decrement: 1 } } });
}

const classLink = (classId: string) => `/training/${classId}`;

/**
 * A place of the class freed: the first people waiting (waitlistedAt, then sign-up order) move up
 * to 待审核 while places are free. `except`: a sign-up that must not move up now (the one staff
 * just put on the waiting list). Returns the first promoted sign-up, or null.
 */
export async function promoteWaitlisted(tx: Tx, classId: string, now: Date, except?: string): Promise<string | null> {
  let first: string | null = null;
  const cls = await tx.trainingClass.findUnique({ where: { id: classId }, select: { title: true, status: true } });
  if (!cls || cls.status !== "PUBLISHED") return null;
  for (;;) {
    const next = await tx.trainingEnrolment.findFirst({
      where: { classId, status: "WAITLISTED", ...(except ? { id: { not: except } } : {}) },
      orderBy: [{ waitlistedAt: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      select: { id: true, userId: true },
    });
    if (!next) return first;
    if (!(await takeSeat(tx, classId))) return first;
    const moved = await tx.trainingEnrolment.updateMany({
      where: { id: next.id, status: "WAITLISTED" },
      data: { status: "PENDING", waitlistedAt: null, updatedAt: now },
    });
    if (moved.count !== 1) {
      // Changed meanwhile (withdrawn, declined): give the place back and look again.
      await releaseSeat(tx, classId);
      continue;
    }
    await appendAudit(tx, {
      actor: null,
      action: "training.enrolment.promote",
      entityType: "TrainingEnrolment",
      entityId: next.id,
      before: { status: "WAITLISTED" },
      after: { status: "PENDING" },
    });
    await notify(tx, [{ userId: next.userId, kind: "training.movedUp", params: { title: cls.title }, link: classLink(classId) }], now);
    first ??= next.id;
  }
}

/** Signs `actor` up for the class. See the contract at the top. */
export async function signUp(
  actor: Actor | null,
  classId: string,
  opts: Opts = {},
): Promise<{ enrolmentId: string; status: "PENDING" | "WAITLISTED" }> {
  const a = requireApproved(actor);
  const at = opts.now ?? clockNow();
  try {
    return await transaction(async (tx) => {
      const cls = await tx.trainingClass.findUnique({
        where: { id: classId },
        select: {
          id: true,
          title: true,
          status: true,
          signupOpensAt: true,
          signupClosesAt: true,
          eligibleLevels: true,
          eligibleUnits: true,
        },
      });
      if (!cls || cls.status === "DRAFT") throw new NotFoundError();
      const window = signupWindow(cls, at);
      if (window !== "open") throw new DomainError(WINDOW_ERRORS[window]);
      const person = await tx.user.findUnique({ where: { id: a.id }, select: { cadreLevel: true, workUnit: true, status: true } });
      if (!person || person.status !== "APPROVED") throw new AuthzError("notApproved");
      const refusal = eligibilityRefusal(cls, person);
      if (refusal) throw new DomainError(ELIGIBILITY_ERRORS[refusal]);

      const existing = await tx.trainingEnrolment.findUnique({
        where: { classId_userId: { classId, userId: a.id } },
        select: { id: true, status: true },
      });
      if (existing && existing.status === "DECLINED") throw new DomainError("training.errors.declinedBefore");
      if (existing && existing.status !== "CANCELLED") throw new DomainError("training.errors.already");

      const seated = await takeSeat(tx, classId);
      const status: "PENDING" | "WAITLISTED" = seated ? "PENDING" : "WAITLISTED";
      const fields = { status, waitlistedAt: seated ? null : at, note: null, decidedAt: null, decidedById: null };
      let enrolmentId: string;
      if (existing) {
        // Signing up again after withdrawing: only from 已取消 (a concurrent second try finds it gone).
        const r = await tx.trainingEnrolment.updateMany({ where: { id: existing.id, status: "CANCELLED" }, data: fields });
        if (r.count !== 1) throw new DomainError("training.errors.already");
        enrolmentId = existing.id;
      } else {
        const created = await tx.trainingEnrolment.create({
          data: { classId, userId: a.id, ...fields, createdAt: at },
          select: { id: true },
        });
        enrolmentId = created.id;
      }
      await appendAudit(tx, {
        actor: a,
        action: "training.enrolment.signUp",
        entityType: "TrainingEnrolment",
        entityId: enrolmentId,
        after: { title: cls.title, status },
      });
      if (!seated) {
        await notify(tx, [{ userId: a.id, kind: "training.waitlisted", params: { title: cls.title }, link: classLink(classId) }], at);
      }
      return { enrolmentId, status };
    });
  } catch (e) {
    // The same person signing up twice at once: the (classId, userId) key lets one through.
    if (isUniqueViolation(e)) throw new DomainError("training.errors.already");
    throw e;
  }
}

const DECISION_ACTIONS = {
  APPROVE: "training.enrolment.approve",
  DECLINE: "training.enrolment.decline",
  WAITLIST: "training.enrolment.waitlist",
} as const;

const DECISION_KINDS = {
  APPROVED: "training.approved",
  DECLINED: "training.declined",
  WAITLISTED: "training.waitlisted",
} as const;

/** Staff decide a sign-up. See the contract at the top. */
export async function decideEnrolment(
  staff: Actor | null,
  enrolmentId: string,
  decision: EnrolmentDecision,
  note?: string | null,
  opts: Opts = {},
): Promise<{ status: EnrolmentStatus; promotedId: string | null }> {
  const s = requireStaff(staff);
  const at = opts.now ?? clockNow();
  const to = enrolmentDecisionTarget(decision);
  const cleanNote = note?.trim().slice(0, MAX_NOTE) || null;
  return transaction(async (tx) => {
    const e = await tx.trainingEnrolment.findUnique({
      where: { id: enrolmentId },
      select: { id: true, status: true, userId: true, classId: true, class: { select: { title: true, status: true } } },
    });
    if (!e) throw new NotFoundError();
    if (e.class.status !== "PUBLISHED") throw new DomainError("training.errors.classNotOpen");
    if (e.status === "CANCELLED" || !enrolmentMachine.can(e.status, to)) throw new DomainError("training.errors.badTransition");

    const freed = holdsSeat(e.status) && !holdsSeat(to);
    if (!holdsSeat(e.status) && holdsSeat(to) && !(await takeSeat(tx, e.classId))) throw new DomainError("training.errors.full");
    const moved = await tx.trainingEnrolment.updateMany({
      where: { id: e.id, status: e.status },
      data: {
        status: to,
        note: cleanNote,
        decidedAt: at,
        decidedById: s.id,
        waitlistedAt: to === "WAITLISTED" ? at : null,
      },
    });
    if (moved.count !== 1) throw new DomainError("training.errors.changed");
    if (freed) await releaseSeat(tx, e.classId);
    await appendAudit(tx, {
      actor: s,
      action: DECISION_ACTIONS[decision],
      entityType: "TrainingEnrolment",
      entityId: e.id,
      before: { status: e.status },
      after: { status: to, note: cleanNote },
    });
    await notify(
      tx,
      [
        {
          userId: e.userId,
          kind: DECISION_KINDS[to as keyof typeof DECISION_KINDS],
          params: { title: e.class.title, reason: cleanNote ?? "", hasReason: cleanNote ? "yes" : "no" },
          link: classLink(e.classId),
        },
      ],
      at,
    );
    const promotedId = freed ? await promoteWaitlisted(tx, e.classId, at, e.id) : null;
    return { status: to, promotedId };
  });
}

/** The signed-in user withdraws their own sign-up of a class. See the contract at the top. */
export async function cancelEnrolment(
  actor: Actor | null,
  classId: string,
  opts: Opts = {},
): Promise<{ status: "CANCELLED"; promotedId: string | null }> {
  const a = requireUser(actor);
  const at = opts.now ?? clockNow();
  return transaction(async (tx) => {
    const e = await tx.trainingEnrolment.findUnique({
      where: { classId_userId: { classId, userId: a.id } },
      select: { id: true, status: true, class: { select: { status: true } } },
    });
    if (!e) throw new NotFoundError();
    if (e.class.status !== "PUBLISHED") throw new DomainError("training.errors.classNotOpen");
    if (!enrolmentMachine.can(e.status, "CANCELLED")) throw new DomainError("training.errors.badTransition");
    const moved = await tx.trainingEnrolment.updateMany({
      where: { id: e.id, status: e.status },
      data: { status: "CANCELLED", waitlistedAt: null },
    });
    if (moved.count !== 1) throw new DomainError("training.errors.changed");
    const freed = holdsSeat(e.status);
    if (freed) await releaseSeat(tx, classId);
    await appendAudit(tx, {
      actor: a,
      action: "training.enrolment.cancel",
      entityType: "TrainingEnrolment",
      entityId: e.id,
      before: { status: e.status },
      after: { status: "CANCELLED" },
    });
    const promotedId = freed ? await promoteWaitlisted(tx, classId, at) : null;
    return { status: "CANCELLED", promotedId };
  });
}

/** The user's sign-up of one class (for the class page's sign-up box), or null. */
/** The place of a 候补 sign-up on the waiting list (1 = next to move up). */
export async function waitlistPosition(enrolmentId: string): Promise<number | null> {
  const e = await db().trainingEnrolment.findUnique({
    where: { id: enrolmentId },
    select: { classId: true, status: true, waitlistedAt: true, createdAt: true },
  });
  if (!e || e.status !== "WAITLISTED" || !e.waitlistedAt) return null;
  const ahead = await db().trainingEnrolment.count({
    where: {
      classId: e.classId,
      status: "WAITLISTED",
      OR: [{ waitlistedAt: { lt: e.waitlistedAt } }, { waitlistedAt: e.waitlistedAt, createdAt: { lt: e.createdAt } }],
    },
  });
  return ahead + 1;
}
