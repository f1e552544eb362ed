import "server-only";
// 干部教育培训 — attendance (出勤) per session. The contract of this module:
//
// markAttendance(staff, { sessionId, enrolmentIds | enrolmentId, present }, opts?) → { changed }
//   Staff mark admitted people (已录取 sign-ups of the session's class) present or not on the
//   session's list. Present: a TrainingAttendance row (method LIST) unless one exists (a check-in
//   stays a check-in); not present: the row is removed. Refused for a session that has not begun
//   its check-in time yet (start − 30 min), for a cancelled class, and for sign-ups that are not
//   admitted or of another class. One audit entry per call.
//
// checkIn(actor, code, opts?) → { sessionTitle, classTitle, classId, hoursTenths, already }
//   An approved account checks in with the code shown at the venue (lib/training/checkin-code.ts:
//   six digits, changing every five minutes, the previous one still accepted), from 30 minutes
//   before the session starts until it ends, and only for an admitted sign-up of its class.
//   Twenty tries per ten minutes per account (a six-digit code cannot be guessed within that).
//   Refusals in words (training.errors.checkin*).
//
// sessionCheckinDisplay(staff, sessionId, opts?) → the session, where its check-in stands, and
//   while open the code with its QR code (SVG) for the venue's screen (lib/training/checkin-qr.ts).
//
// Hours (学时) are credited for attended sessions only: lib/data/training/records.ts sums the
// hoursTenths of sessions with an attendance row of an admitted sign-up.
import { randomUUID } from "node:crypto";
import { db, type Tx } from "../../db/client";
import { isUniqueViolation, transaction } from "../../db/tx";
import { appendAudit } from "../../audit/log";
import { requireApproved, requireStaff, type Actor } from "../../auth/actor";
import { now as clockNow } from "../../calendar/clock";
import { CHECKIN_OPENS_BEFORE_MS, checkinCodeMatches, checkinWindow, normalizeCheckinCode } from "../../training/checkin-code";
import { checkinDisplay, type CheckinDisplay } from "../../training/checkin-qr";
import { DomainError, NotFoundError } from "../errors";
import { takeSlot, type SlotRule } from "../rate-limits";

type Opts = { now?: Date };

/** Check-in tries per account: generous for a person at the door, useless for guessing. */
export const CHECKIN_TRIES: SlotRule = { limit: 20, window: 10 * 60_000, refusal: "training.errors.checkinTooMany" };

/** Runs `fn` in a transaction, again when a concurrent writer inserted the same attendance first. */
async function withAttendanceRetry<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await transaction(fn);
    } catch (e) {
      if (i >= 3 || !isUniqueViolation(e, "sessionId")) throw e;
    }
  }
}

export interface MarkInput {
  sessionId: string;
  enrolmentIds?: string[];
  enrolmentId?: string;
  present: boolean;
}

/** Staff mark sign-ups present or absent for a session. See the contract at the top. */
export async function markAttendance(staff: Actor | null, input: MarkInput, opts: Opts = {}): Promise<{ changed: number }> {
  const s = requireStaff(staff);
  const at = opts.now ?? clockNow();
  const ids = [...new Set([...(input.enrolmentIds ?? []), ...(input.enrolmentId ? [input.enrolmentId] : [])])];
  if (ids.length === 0) return { changed: 0 };
  return withAttendanceRetry(async (tx) => {
    const session = await tx.trainingSession.findUnique({
      where: { id: input.sessionId },
      select: { id: true, title: true, startsAt: true, classId: true, class: { select: { status: true } } },
    });
    if (!session) throw new NotFoundError();
    if (session.class.status === "CANCELLED" || session.class.status === "DRAFT") throw new DomainError("training.errors.classNotOpen");
    if (input.present && at.getTime() < session.startsAt.getTime() - CHECKIN_OPENS_BEFORE_MS) {
      throw new DomainError("training.errors.sessionNotStarted");
    }
    const enrolments = await tx.trainingEnrolment.findMany({
      where: { id: { in: ids }, classId: session.classId },
      select: { id: true, status: true },
    });
    if (enrolments.length !== ids.length) throw new NotFoundError();
    let changed = 0;
    if (input.present) {
      if (enrolments.some((e) => e.status !== "APPROVED")) throw new DomainError("training.errors.notAdmitted");
      const existing = await tx.trainingAttendance.findMany({
        where: { sessionId: session.id, enrolmentId: { in: ids } },
        select: { enrolmentId: true },
      });
      const have = new Set(existing.map((x) => x.enrolmentId));
      const missing = ids.filter((id) => !have.has(id));
      for (const enrolmentId of missing) {
        await tx.trainingAttendance.create({
          data: { id: randomUUID(), sessionId: session.id, enrolmentId, method: "LIST", markedById: s.id, createdAt: at },
          select: { id: true },
        });
      }
      changed = missing.length;
    } else {
      changed = (await tx.trainingAttendance.deleteMany({ where: { sessionId: session.id, enrolmentId: { in: ids } } })).count;
    }
    if (changed > 0) {
      await appendAudit(tx, {
        actor: s,
        action: input.present ? "training.attendance.mark" : "training.attendance.unmark",
        entityType: "TrainingSession",
        entityId: session.id,
        after: { title: session.title, count: changed },
      });
    }
    return { changed };
  });
}

export interface CheckInResult {
  classId: string;
  classTitle: string;
  sessionTitle: string;
  hoursTenths: number;
  /** Already checked in (or marked present) before: nothing changed. */
  already: boolean;
}

/** An approved account checks in with the session code. See the contract at the top. */
export async function checkIn(actor: Actor | null, rawCode: string, opts: Opts = {}): Promise<CheckInResult> {
  const a = requireApproved(actor);
  const at = opts.now ?? clockNow();
  const code = normalizeCheckinCode(rawCode);
  if (!code) throw new DomainError("training.errors.checkinFormat");
  // Every try counts, right or wrong (its own transaction, kept when the check-in is refused).
  await transaction((tx) => takeSlot(tx, `trainingCheckin:${a.id}`, CHECKIN_TRIES, at));

  const earliestStart = new Date(at.getTime() - 2 * 24 * 3600_000);
  const latestStart = new Date(at.getTime() + CHECKIN_OPENS_BEFORE_MS);
  // Sessions whose check-in is open now (start − 30 min … end), of published classes.
  const open = await db().trainingSession.findMany({
    where: { startsAt: { gte: earliestStart, lte: latestStart }, endsAt: { gte: at }, class: { status: "PUBLISHED" } },
    select: {
      id: true,
      title: true,
      startsAt: true,
      endsAt: true,
      hoursTenths: true,
      checkinSecret: true,
      classId: true,
      class: { select: { title: true } },
    },
  });
  const matches = open.filter((s) => checkinWindow(s, at) === "open" && checkinCodeMatches(s.checkinSecret, code, at));
  const mine = await db().trainingEnrolment.findMany({
    where: { userId: a.id, classId: { in: open.map((s) => s.classId) } },
    select: { id: true, status: true, classId: true },
  });
  if (matches.length === 0) {
    // Say what is wrong in words: a session of theirs is open (the code is wrong or old), or none is.
    throw new DomainError(
      mine.some((e) => e.status === "APPROVED") ? "training.errors.checkinWrongCode" : "training.errors.checkinNoSession",
    );
  }
  // Two sessions open at once could share a code by chance: the person's own class wins.
  const admitted = matches.map((s) => ({ s, e: mine.find((e) => e.classId === s.classId) }));
  const pick = admitted.find((m) => m.e?.status === "APPROVED") ?? admitted.find((m) => m.e);
  if (!pick?.e) throw new DomainError("training.errors.checkinNotEnrolled");
  if (pick.e.status !== "APPROVED") throw new DomainError("training.errors.checkinNotAdmitted");
  const matched = pick.s;
  const enrolment = pick.e;

  const result = {
    classId: matched.classId,
    classTitle: matched.class.title,
    sessionTitle: matched.title,
    hoursTenths: matched.hoursTenths,
  };
  return withAttendanceRetry(async (tx) => {
    // Re-read the sign-up inside the write: a withdrawal a moment ago wins.
    const now = await tx.trainingEnrolment.findUnique({ where: { id: enrolment.id }, select: { status: true } });
    if (now?.status !== "APPROVED") throw new DomainError("training.errors.checkinNotAdmitted");
    const existing = await tx.trainingAttendance.findUnique({
      where: { sessionId_enrolmentId: { sessionId: matched.id, enrolmentId: enrolment.id } },
      select: { id: true },
    });
    if (existing) return { ...result, already: true };
    await tx.trainingAttendance.create({
      data: { id: randomUUID(), sessionId: matched.id, enrolmentId: enrolment.id, method: "CODE", markedById: null, createdAt: at },
      select: { id: true },
    });
    await appendAudit(tx, {
      actor: a,
      action: "training.attendance.checkIn",
      entityType: "TrainingSession",
      entityId: matched.id,
      after: { title: matched.title },
    });
    return { ...result, already: false };
  });
}

export interface SessionCheckin {
  session: { id: string; title: string; startsAt: Date; endsAt: Date; classId: string; classTitle: string; place: string | null };
  window: "notYet" | "open" | "closed";
  /** When check-in opens (start − 30 min). */
  opensAt: Date;
  /** While open: the code, its URL and QR code (SVG); the page refreshes at display.changesAt. */
  display: CheckinDisplay | null;
  /** Checked in or marked present so far, of the admitted. */
  present: number;
  admitted: number;
}

/** The venue screen's data for a session (staff only). See the contract at the top. */
export async function sessionCheckinDisplay(staff: Actor | null, sessionId: string, opts: Opts = {}): Promise<SessionCheckin> {
  requireStaff(staff);
  const at = opts.now ?? clockNow();
  const s = await db().trainingSession.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      title: true,
      startsAt: true,
      endsAt: true,
      checkinSecret: true,
      classId: true,
      class: { select: { title: true, place: true, status: true } },
    },
  });
  if (!s || s.class.status === "DRAFT") throw new NotFoundError();
  const window = s.class.status === "PUBLISHED" ? checkinWindow(s, at) : "closed";
  const [present, admitted] = await Promise.all([
    db().trainingAttendance.count({ where: { sessionId, enrolment: { status: "APPROVED" } } }),
    db().trainingEnrolment.count({ where: { classId: s.classId, status: "APPROVED" } }),
  ]);
  return {
    session: {
      id: s.id,
      title: s.title,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      classId: s.classId,
      classTitle: s.class.title,
      place: s.class.place,
    },
    window,
    opensAt: new Date(s.startsAt.getTime() - CHECKIN_OPENS_BEFORE_MS),
    display: window === "open" ? await checkinDisplay(s.checkinSecret, at) : null,
    present,
    admitted,
  };
}
