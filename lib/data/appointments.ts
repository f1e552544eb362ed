import "server-only";
// 干部人事任免: appointment (任命) and removal (免去) decisions, linked to the vacancy and the
// 任职前公示 they settle where those exist. Publishing an appointment for a vacancy that is in
// 公示中 marks the vacancy 已任命.
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
import { advanceLinkedVacancy } from "./vacancies";
import { now as clockNow } from "../calendar/clock";

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
    ...textFilter(filters.q),
  };
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

export async function getAppointment(actor: Actor | null, id: string) {
  requireStaff(actor);
  const row = await db().appointment.findUnique({
    where: { id },
    select: {
      ...summary,
      body: true,
      status: true,
      vacancyId: true,
      noticeId: true,
      createdAt: true,
      updatedAt: true,
      vacancy: { select: { id: true, post: true, unit: true, status: true } },
      notice: { select: { id: true, title: true, status: true } },
    },
  });
  if (!row) throw new NotFoundError();
  return { ...row, ...publicationFlags(row.status) };
}

async function fields(tx: Tx, input: AppointmentInput) {
  if (input.vacancyId && !(await tx.vacancy.findUnique({ where: { id: input.vacancyId }, select: { id: true } }))) {
    throw new DomainError("errors.invalid", { vacancyId: ["errors.notFound"] });
  }
  if (input.noticeId && !(await tx.notice.findUnique({ where: { id: input.noticeId }, select: { id: true } }))) {
    throw new DomainError("errors.invalid", { noticeId: ["errors.notFound"] });
  }
  return {
    kind: input.kind,
    personName: input.personName,
    post: input.post,
    unit: input.unit,
    docNumber: input.docNumber ?? null,
    decidedOn: input.decidedOn,
    body: input.body,
    vacancyId: input.vacancyId ?? null,
    noticeId: input.noticeId ?? null,
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
        status: true,
      },
    });
    if (!before) throw new NotFoundError();
    assertEditable(before.status);
    const data = await fields(tx, input);
    const { count } = await tx.appointment.updateMany({ where: { id, status: before.status }, data });
    if (count !== 1) throw changedMeanwhile();
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
    await changePublication(tx, tx.appointment, { actor: a, entityType: "Appointment", id, to, now });
    if (to !== "PUBLISHED") return { vacancyFilled: false };
    const row = await tx.appointment.findUnique({ where: { id }, select: { kind: true, vacancyId: true } });
    const vacancyFilled =
      row?.kind === "APPOINT" && row.vacancyId ? await advanceLinkedVacancy(tx, a, row.vacancyId, "FILLED", now) : false;
    return { vacancyFilled };
  });
}

export const publishAppointment = (actor: Actor | null, id: string, now?: Date) => setAppointmentStatus(actor, id, "PUBLISHED", now);
