import "server-only";
// 干部人事任免: appointment (任命) and removal (免去) decisions, linked to the vacancy and the
// 任职前公示 they settle where those exist. Publishing an appointment for a vacancy that is in
// 公示中 marks the vacancy 已任命. A 任命 of a person of a 公示 passes the 任免 gate first
// (lib/nominations/appointment-gate.ts), and a 试用期 starts when it is published.
import { db, type Tx } from "../db/client";
import { transaction } from "../db/tx";
import { appendAudit } from "../audit/log";
import { requireStaff, type Actor } from "../auth/actor";
import { isPublished, publicationMachine, type PublicationStatus } from "../state/publication";
import { isVacancyPublic } from "../state/vacancy";
import type { AppointmentInput } from "../validation/boards";
import { assertEditable, changedMeanwhile, changePublication, publicationFlags, wordsWhere } from "./board-kit";
import { DomainError, NotFoundError } from "./errors";
import { boardPageWindow, paged, type Paged } from "./paging";
import { indexBoardItem } from "./search-index";
import { isSearch, searchBoard } from "./search";
import { advanceLinkedVacancy } from "./vacancies";
import { now as clockNow } from "../calendar/clock";
import { addOneYear, formatDay, parseDay, shanghaiToday } from "../calendar/dates";
import { appointmentGateFor } from "./appointment-gate";
import { sanitizeBody } from "../markdown/render";

const summary = {
  id: true,
  kind: true,
  personName: true,
  post: true,
  unit: true,
  docNumber: true,
  decidedOn: true,
  publishedAt: true,
} as const;

export interface AppointmentSummary {
  id: string;
  kind: string;
  personName: string;
  post: string;
  unit: string;
  docNumber: string | null;
  decidedOn: Date;
  publishedAt: Date | null;
}

export interface AppointmentDetail extends AppointmentSummary {
  body: string;
  vacancy: { id: string; post: string; unit: string } | null;
  notice: { id: string; title: string } | null;
}

export const appointmentText = (w: string) => [
  { personName: { contains: w } },
  { post: { contains: w } },
  { unit: { contains: w } },
  { docNumber: { contains: w } },
  { body: { contains: w } },
];
const textFilter = (q: string | undefined) => wordsWhere(q, appointmentText);

// ---------------------------------------------------------------------------------------------
// Public

export async function listPublishedAppointments(filters: { kind?: string; q?: string; page?: number }): Promise<Paged<AppointmentSummary>> {
  const w = boardPageWindow(filters.page);
  const { skip, take } = w;
  const where = {
    status: "PUBLISHED",
    ...(filters.kind === "APPOINT" || filters.kind === "REMOVE" ? { kind: filters.kind } : {}),
  };
  if (isSearch(filters.q)) {
    return searchBoard("appointments", filters.q, w, {
      filtered: "kind" in where,
      ids: () => db().appointment.findMany({ where, select: { id: true } }),
      rows: (ids) => db().appointment.findMany({ where: { ...where, id: { in: ids } }, select: summary }),
    });
  }
  const [rows, total] = await Promise.all([
    db().appointment.findMany({ where, select: summary, orderBy: [{ decidedOn: "desc" }, { id: "desc" }], skip, take }),
    db().appointment.count({ where }),
  ]);
  return paged(rows, total, w);
}

export async function getPublishedAppointment(id: string): Promise<AppointmentDetail | null> {
  const row = await db().appointment.findFirst({
    where: { id, status: "PUBLISHED" },
    select: {
      ...summary,
      body: true,
      vacancy: { select: { id: true, post: true, unit: true, status: true, publishedAt: true } },
      notice: { select: { id: true, title: true, status: true } },
    },
  });
  if (!row) return null;
  // Links are shown only to what is itself public.
  const { vacancy, notice, ...rest } = row;
  return {
    ...rest,
    vacancy: vacancy && isVacancyPublic(vacancy) ? { id: vacancy.id, post: vacancy.post, unit: vacancy.unit } : null,
    notice: notice && isPublished(notice.status) ? { id: notice.id, title: notice.title } : null,
  };
}

export async function latestAppointments(take = 5): Promise<AppointmentSummary[]> {
  return db().appointment.findMany({
    where: { status: "PUBLISHED" },
    select: summary,
    orderBy: [{ decidedOn: "desc" }, { id: "desc" }],
    take,
  });
}

// ---------------------------------------------------------------------------------------------
// Console

export async function listAppointments(actor: Actor | null, filters: { status?: string; q?: string; page?: number }) {
  requireStaff(actor);
  const w = boardPageWindow(filters.page);
  const { skip, take } = w;
  const status = filters.status && publicationMachine.isState(filters.status) ? filters.status : undefined;
  const where = { ...(status ? { status } : {}), ...textFilter(filters.q) };
  const [rows, total] = await Promise.all([
    db().appointment.findMany({
      where,
      select: { ...summary, status: true, updatedAt: true },
      orderBy: [{ updatedAt: "desc" }],
      skip,
      take,
    }),
    db().appointment.count({ where }),
  ]);
  return paged(rows, total, w);
}

export async function getAppointment(actor: Actor | null, id: string, now: Date = clockNow()) {
  requireStaff(actor);
  const row = await db().appointment.findUnique({
    where: { id },
    select: {
      ...summary,
      body: true,
      status: true,
      vacancyId: true,
      noticeId: true,
      noticeEntryId: true,
      probation: true,
      probationEndsOn: true,
      probationResult: true,
      createdAt: true,
      updatedAt: true,
      vacancy: { select: { id: true, post: true, unit: true, status: true } },
      notice: { select: { id: true, title: true, status: true } },
      noticeEntry: { select: { id: true, name: true, proposedPost: true, result: true } },
    },
  });
  if (!row) throw new NotFoundError();
  const flags = publicationFlags(row.status);
  // The 任免 gate: the 发布 button is offered only when it would be accepted, else the reason in words.
  const gate = flags.moves.includes("PUBLISHED") ? await appointmentGateFor(db(), row, now) : { canPublish: false, reason: null };
  return { ...row, ...flags, moves: gate.canPublish ? flags.moves : flags.moves.filter((m) => m !== "PUBLISHED"), gate };
}

/**
 * Persons of 任职前公示 whose period has ended, for the 任免 form's 公示对象 select: each with what
 * the form prefills (name, post and unit of the vacancy or the proposed post, the links).
 */
export async function appointmentPersonChoices(actor: Actor | null, now: Date = clockNow(), take = 200) {
  requireStaff(actor);
  const today = parseDay(shanghaiToday(now))!;
  const rows = await db().noticeEntry.findMany({
    where: { notice: { kind: "PRE_APPOINTMENT", status: "PUBLISHED", endsOn: { lt: today } } },
    select: {
      id: true,
      name: true,
      proposedPost: true,
      result: true,
      notice: { select: { id: true, title: true, endsOn: true, vacancy: { select: { id: true, post: true, unit: true } } } },
    },
    orderBy: [{ notice: { endsOn: "desc" } }, { position: "asc" }],
    take,
  });
  return rows.map((e) => ({
    id: e.id,
    name: e.name,
    noticeTitle: e.notice.title,
    result: e.result,
    post: e.notice.vacancy?.post ?? e.proposedPost,
    unit: e.notice.vacancy?.unit ?? "",
    vacancyId: e.notice.vacancy?.id ?? "",
    noticeId: e.notice.id,
  }));
}

async function fields(tx: Tx, input: AppointmentInput) {
  let { vacancyId, noticeId } = input;
  if (input.noticeEntryId) {
    // The person of a 任职前公示: the 任免 is linked to that 公示 and to its vacancy.
    const entry = await tx.noticeEntry.findUnique({
      where: { id: input.noticeEntryId },
      select: { noticeId: true, notice: { select: { kind: true, vacancyId: true } } },
    });
    if (!entry || entry.notice.kind !== "PRE_APPOINTMENT") throw new DomainError("errors.invalid", { noticeEntryId: ["errors.notFound"] });
    if (input.kind !== "APPOINT") throw new DomainError("errors.invalid", { noticeEntryId: ["loop.errors.personOnlyAppoint"] });
    noticeId = entry.noticeId;
    // A 任命 that fills a vacancy names a person of that vacancy's own 公示 (the gate holds it too).
    if (vacancyId && vacancyId !== entry.notice.vacancyId)
      throw new DomainError("errors.invalid", { vacancyId: ["loop.errors.personOtherVacancy"] });
    vacancyId = entry.notice.vacancyId ?? undefined;
  }
  if (vacancyId && !(await tx.vacancy.findUnique({ where: { id: vacancyId }, select: { id: true } }))) {
    throw new DomainError("errors.invalid", { vacancyId: ["errors.notFound"] });
  }
  if (noticeId && !(await tx.notice.findUnique({ where: { id: noticeId }, select: { id: true } }))) {
    throw new DomainError("errors.invalid", { noticeId: ["errors.notFound"] });
  }
  return {
    kind: input.kind,
    personName: input.personName,
    post: input.post,
    unit: input.unit,
    docNumber: input.docNumber ?? null,
    decidedOn: input.decidedOn,
    body: sanitizeBody(input.body),
    vacancyId: vacancyId ?? null,
    noticeId: noticeId ?? null,
    noticeEntryId: input.noticeEntryId ?? null,
    probation: input.kind === "APPOINT" && (input.probation ?? false),
  };
}

export async function createAppointment(actor: Actor | null, input: AppointmentInput): Promise<{ id: string }> {
  const a = requireStaff(actor);
  return transaction(async (tx) => {
    const data = await fields(tx, input);
    const row = await tx.appointment.create({ data: { ...data, status: "DRAFT", createdById: a.id }, select: { id: true } });
    await appendAudit(tx, {
      actor: a,
      action: "appointment.create",
      entityType: "Appointment",
      entityId: row.id,
      after: { ...data, status: "DRAFT" },
    });
    return row;
  });
}

export async function updateAppointment(actor: Actor | null, id: string, input: AppointmentInput): Promise<void> {
  const a = requireStaff(actor);
  await transaction(async (tx) => {
    const before = await tx.appointment.findUnique({
      where: { id },
      select: {
        kind: true,
        personName: true,
        post: true,
        unit: true,
        docNumber: true,
        decidedOn: true,
        body: true,
        vacancyId: true,
        noticeId: true,
        noticeEntryId: true,
        probation: true,
        status: true,
      },
    });
    if (!before) throw new NotFoundError();
    assertEditable(before.status);
    const data = await fields(tx, input);
    const { count } = await tx.appointment.updateMany({ where: { id, status: before.status }, data });
    if (count !== 1) throw changedMeanwhile();
    await indexBoardItem(tx, "appointments", id);
    await appendAudit(tx, { actor: a, action: "appointment.update", entityType: "Appointment", entityId: id, before, after: data });
  });
}

export async function setAppointmentStatus(
  actor: Actor | null,
  id: string,
  to: PublicationStatus,
  now = clockNow(),
): Promise<{ vacancyFilled: boolean }> {
  const a = requireStaff(actor);
  return transaction(async (tx) => {
    const row =
      to === "PUBLISHED"
        ? await tx.appointment.findUnique({
            where: { id },
            select: { kind: true, vacancyId: true, noticeId: true, noticeEntryId: true, probation: true, decidedOn: true },
          })
        : null;
    if (row) {
      // The 任免 gate, read in this transaction: 公示 ended, no open objection, 无异议 or 不影响任职.
      const gate = await appointmentGateFor(tx, row, now);
      if (!gate.canPublish) throw new DomainError(gate.reason ?? "errors.invalid");
    }
    await changePublication(tx, tx.appointment, { actor: a, entityType: "Appointment", id, to, now });
    if (!row) return { vacancyFilled: false };
    if (row.kind === "APPOINT" && row.probation) {
      // 试用期 one year from the decision (条例); set on publishing, when the decision takes effect.
      const probationEndsOn = addOneYear(row.decidedOn);
      await tx.appointment.update({ where: { id }, data: { probationEndsOn } });
      await appendAudit(tx, {
        actor: a,
        action: "appointment.probationStart",
        entityType: "Appointment",
        entityId: id,
        after: { probation: true, probationEndsOn: formatDay(probationEndsOn) },
      });
    }
    // 已任命: the vacancy's remaining nominations end and their nominators are told (vacancies.ts transition).
    const vacancyFilled = row.kind === "APPOINT" && row.vacancyId ? await advanceLinkedVacancy(tx, a, row.vacancyId, "FILLED", now) : false;
    return { vacancyFilled };
  });
}

export const publishAppointment = (actor: Actor | null, id: string, now?: Date) => setAppointmentStatus(actor, id, "PUBLISHED", now);
