import "server-only";
// 干部教育培训, the console side: create and edit a class, its sessions and its materials, and
// move it along the class machine (publish, cancel, finish). Staff only, at every door; every
// change is audited in its own transaction. Sign-ups, decisions on them, the waiting list and
// attendance are lib/data/training/enrolments.ts and attendance.ts (the sign-ups side).
//
// The cap: TrainingClass.seatsTaken counts the places taken (sign-ups pending or approved) and
// sign-up is a conditional update of it. Lowering the capacity here is a conditional update too
// (capacity ≥ seatsTaken in the WHERE), so a sign-up that lands between reading the class and
// writing it cannot leave more people than places.
import { randomBytes } from "node:crypto";
import { db, type Tx } from "../../db/client";
import { transaction } from "../../db/tx";
import { appendAudit } from "../../audit/log";
import { requireStaff, type Actor } from "../../auth/actor";
import { now as clockNow } from "../../calendar/clock";
import { notify } from "../notify";
import { sanitizeBody } from "../../markdown/render";
import {
  ENDED_BY_CLASS_CANCEL,
  isTrainingClassEditable as isClassEditable,
  trainingClassMachine,
  trainingClassMoves,
} from "../../state/training";
import type { MaterialInput, TrainingClassInput, TrainingSessionInput } from "../../validation/training";
import { DomainError, NotFoundError } from "../errors";
import { readMaterialFile } from "./material-file";
import { parseList } from "../../validation/json-list";
import { indexBoardItem } from "../search-index";

const ERR = "trainingAdmin.errors";

/** Sign-ups that hold a place or wait for one: the people a cancelled class must tell. */
const LIVE_ENROLMENT = ["PENDING", "APPROVED", "WAITLISTED"];

const changedMeanwhile = () => new DomainError("boardErrors.changedMeanwhile");

const classFields = (input: TrainingClassInput) => ({
  title: input.title,
  organizer: input.organizer,
  kind: input.kind,
  place: input.place ?? null,
  onlineUrl: input.onlineUrl ?? null,
  // Editor HTML is sanitized on the way in (and again when shown); plain text is kept as typed.
  description: sanitizeBody(input.description),
  capacity: input.capacity,
  eligibleLevels: JSON.stringify(input.eligibleLevels),
  eligibleUnits: JSON.stringify(input.eligibleUnits),
  signupOpensAt: input.signupOpensAt,
  signupClosesAt: input.signupClosesAt,
});

/** What the audit log records of a class (lists as lists, not JSON text). */
const auditFields = (input: TrainingClassInput) => ({
  ...classFields(input),
  eligibleLevels: input.eligibleLevels,
  eligibleUnits: input.eligibleUnits,
});

async function audit(tx: Tx, a: Actor, action: string, entityId: string, before: unknown, after: unknown) {
  await appendAudit(tx, { actor: a, action, entityType: "TrainingClass", entityId, before, after });
}

// ---------------------------------------------------------------------------------------------
// Reading

/** What the console shows of a person who signed up (an erased account reads as a dash). */
export interface SignupPerson {
  realName: string;
  workUnit: string;
  position: string;
  cadreLevel: string | null;
}
const UNKNOWN_PERSON: SignupPerson = { realName: "—", workUnit: "", position: "", cadreLevel: null };

export async function usersById(ids: string[]): Promise<Map<string, SignupPerson>> {
  const users = await db().user.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { id: true, realName: true, workUnit: true, position: true, cadreLevel: true },
  });
  return new Map(users.map(({ id, ...u }) => [id, u]));
}

export interface ClassListFilters {
  status?: string;
  page?: number;
  now?: Date;
}

export interface ClassListRow {
  id: string;
  title: string;
  organizer: string;
  kind: string;
  status: string;
  capacity: number;
  seatsTaken: number;
  firstStart: Date | null;
  lastEnd: Date | null;
  pending: number;
  approved: number;
  waitlisted: number;
  upcoming: boolean;
}

export const CLASS_PAGE_SIZE = 20;

/**
 * The console's list: upcoming and running classes first (soonest first), then past, cancelled
 * and session-less ones (latest first), with the counts of sign-ups waiting, approved and on the
 * waiting list. A department runs tens of classes a year, so the order is made here.
 */
export async function listClassesAdmin(actor: Actor | null, filters: ClassListFilters = {}) {
  requireStaff(actor);
  const now = filters.now ?? clockNow();
  const status = filters.status && trainingClassMachine.isState(filters.status) ? filters.status : undefined;
  const classes = await db().trainingClass.findMany({
    where: status ? { status } : {},
    select: {
      id: true,
      title: true,
      organizer: true,
      kind: true,
      status: true,
      capacity: true,
      seatsTaken: true,
      updatedAt: true,
      sessions: { select: { startsAt: true, endsAt: true } },
    },
    take: 2000,
  });
  const counts = await db().trainingEnrolment.groupBy({
    by: ["classId", "status"],
    where: { classId: { in: classes.map((c) => c.id) }, status: { in: ["PENDING", "APPROVED", "WAITLISTED"] } },
    _count: { _all: true },
  });
  const count = (id: string, s: string) => counts.find((c) => c.classId === id && c.status === s)?._count._all ?? 0;
  const rows: ClassListRow[] = classes.map((c) => {
    const starts = c.sessions.map((s) => s.startsAt.getTime());
    const ends = c.sessions.map((s) => s.endsAt.getTime());
    const lastEnd = ends.length ? new Date(Math.max(...ends)) : null;
    return {
      id: c.id,
      title: c.title,
      organizer: c.organizer,
      kind: c.kind,
      status: c.status,
      capacity: c.capacity,
      seatsTaken: c.seatsTaken,
      firstStart: starts.length ? new Date(Math.min(...starts)) : null,
      lastEnd,
      pending: count(c.id, "PENDING"),
      approved: count(c.id, "APPROVED"),
      waitlisted: count(c.id, "WAITLISTED"),
      upcoming: (c.status === "DRAFT" || c.status === "PUBLISHED") && (lastEnd === null || lastEnd.getTime() > now.getTime()),
    };
  });
  const t = (d: Date | null) => d?.getTime() ?? Number.MAX_SAFE_INTEGER;
  rows.sort((x, y) => {
    if (x.upcoming !== y.upcoming) return x.upcoming ? -1 : 1;
    if (x.upcoming) return t(x.firstStart) - t(y.firstStart) || x.title.localeCompare(y.title, "zh-CN");
    return (y.firstStart?.getTime() ?? 0) - (x.firstStart?.getTime() ?? 0) || x.title.localeCompare(y.title, "zh-CN");
  });
  const pageCount = Math.max(1, Math.ceil(rows.length / CLASS_PAGE_SIZE));
  const page = Math.min(pageCount, Math.max(1, Math.trunc(Number(filters.page) || 1)));
  return { rows: rows.slice((page - 1) * CLASS_PAGE_SIZE, page * CLASS_PAGE_SIZE), total: rows.length, page, pageCount };
}

/** One class for the console: its fields, sessions (with attendance counts), materials and sign-ups. */
export async function getClassAdmin(actor: Actor | null, id: string) {
  requireStaff(actor);
  const c = await db().trainingClass.findUnique({
    where: { id },
    include: {
      sessions: {
        orderBy: [{ startsAt: "asc" }, { position: "asc" }],
        select: { id: true, title: true, startsAt: true, endsAt: true, hoursTenths: true, _count: { select: { attendances: true } } },
      },
      materials: {
        orderBy: { createdAt: "asc" },
        select: { id: true, title: true, url: true, fileName: true, mimeType: true, size: true },
      },
      enrolments: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          status: true,
          note: true,
          createdAt: true,
          waitlistedAt: true,
          decidedAt: true,
          userId: true,
        },
      },
    },
  });
  if (!c) throw new NotFoundError();
  const { sessions, materials, enrolments: rows, ...fields } = c;
  // A sign-up names its person by id only (no relation in the schema): their details in one read.
  const people = await usersById(rows.map((e) => e.userId));
  const enrolments = rows.map(({ userId, ...e }) => ({ ...e, user: people.get(userId) ?? UNKNOWN_PERSON }));
  // The waiting list in its order (earliest first); everything else in sign-up order.
  const waitOrder = (e: (typeof enrolments)[number]) => e.waitlistedAt?.getTime() ?? e.createdAt.getTime();
  const ordered = [
    ...enrolments.filter((e) => e.status !== "WAITLISTED"),
    ...enrolments.filter((e) => e.status === "WAITLISTED").sort((x, y) => waitOrder(x) - waitOrder(y)),
  ];
  return {
    ...fields,
    eligibleLevels: parseList(c.eligibleLevels),
    eligibleUnits: parseList(c.eligibleUnits),
    sessions: sessions.map(({ _count, ...s }) => ({ ...s, attended: _count.attendances })),
    materials,
    enrolments: ordered,
    counts: {
      pending: enrolments.filter((e) => e.status === "PENDING").length,
      approved: enrolments.filter((e) => e.status === "APPROVED").length,
      waitlisted: enrolments.filter((e) => e.status === "WAITLISTED").length,
    },
    totalTenths: sessions.reduce((s, x) => s + x.hoursTenths, 0),
    canEdit: isClassEditable(c.status),
    moves: trainingClassMoves(c.status),
  };
}

/** The class fields as the edit form shows them. */
export async function getClassForEdit(actor: Actor | null, id: string) {
  requireStaff(actor);
  const c = await db().trainingClass.findUnique({ where: { id } });
  if (!c) throw new NotFoundError();
  return { ...c, eligibleLevels: parseList(c.eligibleLevels), eligibleUnits: parseList(c.eligibleUnits) };
}

/** One session with its class, for the attendance list and the 签到码 page. */
export async function getSessionAdmin(actor: Actor | null, classId: string, sessionId: string) {
  requireStaff(actor);
  const s = await db().trainingSession.findFirst({
    where: { id: sessionId, classId },
    select: {
      id: true,
      title: true,
      startsAt: true,
      endsAt: true,
      hoursTenths: true,
      class: { select: { id: true, title: true, status: true, place: true, onlineUrl: true, kind: true } },
    },
  });
  if (!s) throw new NotFoundError();
  return s;
}

/** The attendance list of a session: every approved sign-up, present or not, and how it was marked. */
export async function sessionAttendanceList(actor: Actor | null, classId: string, sessionId: string) {
  const session = await getSessionAdmin(actor, classId, sessionId);
  const enrolments = await db().trainingEnrolment.findMany({
    where: { classId, status: "APPROVED" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      userId: true,
      attendances: { where: { sessionId }, select: { method: true, createdAt: true } },
    },
  });
  const people = await usersById(enrolments.map((e) => e.userId));
  const rows = enrolments
    .map(({ userId, ...e }) => ({ ...e, user: people.get(userId) ?? UNKNOWN_PERSON }))
    .map((e) => ({
      enrolmentId: e.id,
      realName: e.user.realName,
      workUnit: e.user.workUnit,
      position: e.user.position,
      present: e.attendances.length > 0,
      method: e.attendances[0]?.method ?? null,
      markedAt: e.attendances[0]?.createdAt ?? null,
    }));
  return { session, rows, present: rows.filter((r) => r.present).length };
}

/** Sign-ups waiting for a decision across classes still open to them (the console home's line). */
export async function pendingSignupCount(actor: Actor | null): Promise<{ total: number; classes: number }> {
  requireStaff(actor);
  const rows = await db().trainingEnrolment.groupBy({
    by: ["classId"],
    where: { status: "PENDING", class: { status: "PUBLISHED" } },
    _count: { _all: true },
  });
  return { total: rows.reduce((s, r) => s + r._count._all, 0), classes: rows.length };
}

// ---------------------------------------------------------------------------------------------
// Classes

export async function createClass(actor: Actor | null, input: TrainingClassInput): Promise<{ id: string }> {
  const a = requireStaff(actor);
  return transaction(async (tx) => {
    const row = await tx.trainingClass.create({
      data: { ...classFields(input), status: "DRAFT", createdById: a.id },
      select: { id: true },
    });
    await audit(tx, a, "training.class.create", row.id, null, { ...auditFields(input), status: "DRAFT" });
    return row;
  });
}

/**
 * Saves a draft's or a published class's fields. The capacity may not drop below the places
 * taken: checked in the write's own WHERE, so a sign-up racing the edit cannot slip past it.
 */
export async function updateClass(actor: Actor | null, id: string, input: TrainingClassInput, now = clockNow()): Promise<void> {
  const a = requireStaff(actor);
  await transaction(async (tx) => {
    const before = await tx.trainingClass.findUnique({ where: { id } });
    if (!before) throw new NotFoundError();
    if (!isClassEditable(before.status)) throw new DomainError(`${ERR}.notEditable`);
    if (input.capacity < before.seatsTaken) throw capacityBelowTaken(before.seatsTaken);
    if (
      before.status === "PUBLISHED" &&
      input.signupClosesAt.getTime() <= now.getTime() &&
      input.signupClosesAt.getTime() !== before.signupClosesAt.getTime()
    ) {
      // A published class's window may be closed early by staff, but not moved into the past by a typo.
      throw new DomainError("errors.invalid", { signupClosesAt: [`${ERR}.closesInPast`] });
    }
    const { count } = await tx.trainingClass.updateMany({
      where: { id, status: before.status, seatsTaken: { lte: input.capacity } },
      data: classFields(input),
    });
    if (count !== 1) {
      const now2 = await tx.trainingClass.findUnique({ where: { id }, select: { seatsTaken: true, status: true } });
      if (now2 && now2.status === before.status && now2.seatsTaken > input.capacity) throw capacityBelowTaken(now2.seatsTaken);
      throw changedMeanwhile();
    }
    await indexBoardItem(tx, "training", id);
    await audit(
      tx,
      a,
      "training.class.update",
      id,
      { ...before, eligibleLevels: parseList(before.eligibleLevels), eligibleUnits: parseList(before.eligibleUnits) },
      auditFields(input),
    );
  });
}

function capacityBelowTaken(taken: number) {
  return new DomainError("errors.invalid", { capacity: [`${ERR}.capacityBelowTaken`] }, { taken });
}

/** 发布: the class needs at least one session and a sign-up window that has not closed yet. */
export async function publishClass(actor: Actor | null, id: string, now = clockNow()): Promise<void> {
  const a = requireStaff(actor);
  await transaction(async (tx) => {
    const c = await tx.trainingClass.findUnique({
      where: { id },
      select: { status: true, signupClosesAt: true, publishedAt: true, _count: { select: { sessions: true } } },
    });
    if (!c) throw new NotFoundError();
    if (!trainingClassMachine.can(c.status, "PUBLISHED")) throw new DomainError("boardErrors.badTransition");
    if (c._count.sessions === 0) throw new DomainError(`${ERR}.noSessions`);
    if (c.signupClosesAt.getTime() <= now.getTime()) throw new DomainError(`${ERR}.publishClosed`);
    await move(tx, a, id, c.status, "PUBLISHED", { publishedAt: c.publishedAt ?? now }, "training.class.publish");
  });
}

/** 结束: a published class whose sessions have all begun (its records are then final for the reports). */
export async function finishClass(actor: Actor | null, id: string, now = clockNow()): Promise<void> {
  const a = requireStaff(actor);
  await transaction(async (tx) => {
    const c = await tx.trainingClass.findUnique({ where: { id }, select: { status: true, sessions: { select: { startsAt: true } } } });
    if (!c) throw new NotFoundError();
    if (!trainingClassMachine.can(c.status, "FINISHED")) throw new DomainError("boardErrors.badTransition");
    if (c.sessions.length === 0 || c.sessions.some((s) => s.startsAt.getTime() > now.getTime()))
      throw new DomainError(`${ERR}.finishEarly`);
    await move(tx, a, id, c.status, "FINISHED", {}, "training.class.finish");
  });
}

/**
 * 取消: the class is called off with a reason, and everyone signed up, approved or waiting is
 * told in the same transaction (inbox and mail). Sign-ups still waiting for a decision or a place
 * (待审核, 候补) end as 培训班已取消, and the places the pending ones held are given back (the
 * counter's rule: every move out of a place-holding status moves it). An admission stays 已录取:
 * it is the person's record, and the sessions attended before keep their 学时 (lib/training/credit.ts).
 */
export async function cancelClass(actor: Actor | null, id: string, reason: string, now = clockNow()): Promise<{ told: number }> {
  const a = requireStaff(actor);
  return transaction(async (tx) => {
    const c = await tx.trainingClass.findUnique({ where: { id }, select: { status: true, title: true } });
    if (!c) throw new NotFoundError();
    if (!trainingClassMachine.can(c.status, "CANCELLED")) throw new DomainError("boardErrors.badTransition");
    await move(tx, a, id, c.status, "CANCELLED", {}, "training.class.cancel", { reason });
    const people = await tx.trainingEnrolment.findMany({
      where: { classId: id, status: { in: LIVE_ENROLMENT } },
      select: { userId: true },
    });
    // The class moved first (in this transaction), so no sign-up or decision can land in between.
    const freed = await tx.trainingEnrolment.count({ where: { classId: id, status: "PENDING" } });
    await tx.trainingEnrolment.updateMany({
      where: { classId: id, status: { in: [...ENDED_BY_CLASS_CANCEL] } },
      data: { status: "CLASS_CANCELLED", waitlistedAt: null },
    });
    if (freed > 0) await tx.trainingClass.update({ where: { id }, data: { seatsTaken: { decrement: freed } } });
    await notify(
      tx,
      people.map((p) => ({
        userId: p.userId,
        kind: "training.classCancelled" as const,
        params: { title: c.title, reason },
        link: "/account/training",
      })),
      now,
    );
    return { told: people.length };
  });
}

async function move(
  tx: Tx,
  a: Actor,
  id: string,
  from: string,
  to: string,
  data: { publishedAt?: Date },
  action: string,
  extra: Record<string, unknown> = {},
) {
  const { count } = await tx.trainingClass.updateMany({ where: { id, status: from }, data: { status: to, ...data } });
  if (count !== 1) throw changedMeanwhile();
  await indexBoardItem(tx, "training", id);
  await audit(tx, a, action, id, { status: from }, { status: to, ...extra });
}

// ---------------------------------------------------------------------------------------------
// Sessions

async function editableClass(tx: Tx, classId: string) {
  const c = await tx.trainingClass.findUnique({ where: { id: classId }, select: { status: true } });
  if (!c) throw new NotFoundError();
  if (!isClassEditable(c.status)) throw new DomainError(`${ERR}.notEditable`);
  return c;
}

const sessionFields = (input: TrainingSessionInput) => ({
  title: input.title,
  startsAt: input.startsAt,
  endsAt: input.endsAt,
  hoursTenths: input.hoursTenths,
});

/** A new session of a class; its check-in secret is made here and never leaves the server but as a code. */
export async function addSession(actor: Actor | null, classId: string, input: TrainingSessionInput): Promise<{ id: string }> {
  const a = requireStaff(actor);
  return transaction(async (tx) => {
    await editableClass(tx, classId);
    const position = await tx.trainingSession.count({ where: { classId } });
    const row = await tx.trainingSession.create({
      data: { classId, position, ...sessionFields(input), checkinSecret: randomBytes(32).toString("base64url") },
      select: { id: true },
    });
    await audit(tx, a, "training.session.add", classId, null, sessionFields(input));
    return row;
  });
}

/** A session's title, times or 学时. Hours change what attendance already credited, which the reports show. */
export async function updateSession(actor: Actor | null, classId: string, sessionId: string, input: TrainingSessionInput): Promise<void> {
  const a = requireStaff(actor);
  await transaction(async (tx) => {
    await editableClass(tx, classId);
    const before = await tx.trainingSession.findFirst({
      where: { id: sessionId, classId },
      select: { title: true, startsAt: true, endsAt: true, hoursTenths: true },
    });
    if (!before) throw new NotFoundError();
    await tx.trainingSession.update({ where: { id: sessionId }, data: sessionFields(input) });
    await audit(tx, a, "training.session.update", classId, before, sessionFields(input));
  });
}

/** A session with attendance recorded is kept: its hours are someone's record. */
export async function deleteSession(actor: Actor | null, sessionId: string): Promise<{ classId: string }> {
  const a = requireStaff(actor);
  return transaction(async (tx) => {
    const s = await tx.trainingSession.findUnique({
      where: { id: sessionId },
      select: { classId: true, title: true, startsAt: true, endsAt: true, hoursTenths: true, _count: { select: { attendances: true } } },
    });
    if (!s) throw new NotFoundError();
    await editableClass(tx, s.classId);
    if (s._count.attendances > 0) throw new DomainError(`${ERR}.sessionHasAttendance`);
    await tx.trainingSession.delete({ where: { id: sessionId } });
    const { classId, _count, ...before } = s;
    void _count;
    await audit(tx, a, "training.session.delete", classId, before, null);
    return { classId };
  });
}

// ---------------------------------------------------------------------------------------------
// Materials

/** A document or a link shown with the class: a link, or one file checked by its content (≤ 10 MB). */
export async function addMaterial(actor: Actor | null, input: MaterialInput, files: File[]): Promise<{ id: string }> {
  const a = requireStaff(actor);
  if (files.length > 1) throw new DomainError("errors.invalid", { file: [`${ERR}.oneFile`] });
  if (!input.url && files.length === 0)
    throw new DomainError("errors.invalid", { url: [`${ERR}.linkOrFile`], file: [`${ERR}.linkOrFile`] });
  if (input.url && files.length > 0) throw new DomainError("errors.invalid", { url: [`${ERR}.linkAndFile`], file: [`${ERR}.linkAndFile`] });
  const file = files.length ? await readMaterialFile(files[0]!) : null;
  return transaction(async (tx) => {
    await editableClass(tx, input.classId);
    const row = await tx.trainingMaterial.create({
      data: {
        classId: input.classId,
        title: input.title,
        url: input.url ?? null,
        ...(file ? { fileName: file.fileName, mimeType: file.mimeType, size: file.data.length, data: new Uint8Array(file.data) } : {}),
      },
      select: { id: true },
    });
    await audit(tx, a, "training.material.add", input.classId, null, {
      title: input.title,
      url: input.url ?? null,
      fileName: file?.fileName ?? null,
      size: file?.data.length ?? null,
    });
    return row;
  });
}

export async function deleteMaterial(actor: Actor | null, id: string): Promise<{ classId: string }> {
  const a = requireStaff(actor);
  return transaction(async (tx) => {
    const m = await tx.trainingMaterial.findUnique({ where: { id }, select: { classId: true, title: true, url: true, fileName: true } });
    if (!m) throw new NotFoundError();
    await editableClass(tx, m.classId);
    await tx.trainingMaterial.delete({ where: { id } });
    await audit(tx, a, "training.material.delete", m.classId, { title: m.title, url: m.url, fileName: m.fileName }, null);
    return { classId: m.classId };
  });
}

/** A material's file for staff (the console's download link); null when the material is a link. */
export async function materialFileForStaff(actor: Actor | null, id: string) {
  requireStaff(actor);
  const m = await db().trainingMaterial.findUnique({ where: { id }, select: { fileName: true, mimeType: true, data: true } });
  if (!m) throw new NotFoundError();
  return m.data && m.fileName && m.mimeType ? { fileName: m.fileName, mimeType: m.mimeType, data: Buffer.from(m.data) } : null;
}
