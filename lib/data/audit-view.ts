import "server-only";
// The audit log as an inspector reads it: each entry with the person by name, the action's
// phrase, the object by name with its console page, and the field-by-field change in words
// (lib/audit/catalog.ts); filters by person, action, object type and Beijing dates; the .xlsx
// of the filtered log; the raw entry for administrators only. Reading only: the chain itself
// is written and verified by lib/data/audit-log.ts, untouched here.
//
// Two rules of the case channels hold here too: a case about the reader is never listed (its
// entries are left out), and a case's writer is named only to those who may see the writer
// (its handler and administrators); to others the entry says 来信人. A search by a person's
// name never finds a writer's own entries for a reader who may not see them.
import type { Prisma } from "../generated/prisma/client";
import { db } from "../db/client";
import { transaction } from "../db/tx";
import { appendAudit, verifyAuditLog, type AuditVerdict } from "./audit-log";
import { isAdmin, requireStaff, type Actor } from "../auth/actor";
import { parseDay, shanghaiDateTimeText, shanghaiDayStart } from "../calendar/dates";
import {
  actionPhraseKey,
  describeChanges,
  entityTypeKey,
  isKnownAction,
  isKnownEntityType,
  nameRefs,
  refsOf,
  WRITER_CASE_ACTIONS,
  type AuditChange,
} from "../audit/catalog";
import { changeText, chineseWords, type Words } from "../audit/words";
import type { Table } from "../nominations/spreadsheet";
import { canSeeWriter, isAboutActor, type CaseAccessFields } from "./cases/engine";
import { pageOf, pageWindow, type Paged } from "./paging";

export const AUDIT_PAGE_SIZE = 50;
export const AUDIT_EXPORT_LIMIT = 50_000;
const DAY_MS = 86_400_000;

export interface AuditQuery {
  /** Part of the person's name. */
  person?: string;
  action?: string;
  /** Object type (entityType). */
  type?: string;
  /** One object (with its type): the object's own history. */
  entity?: string;
  /** Beijing days, inclusive. */
  from?: string;
  to?: string;
  page?: number;
}

/** The query from the page's (or the export's) search parameters: anything unknown is dropped. */
export function auditQueryFrom(params: Record<string, string | undefined>): AuditQuery {
  const day = (v?: string) => (v && parseDay(v) ? v : undefined);
  const person = params.person?.trim().slice(0, 40);
  const entity = params.entity?.trim();
  return {
    ...(person ? { person } : {}),
    ...(params.action && isKnownAction(params.action) ? { action: params.action } : {}),
    ...(params.type && isKnownEntityType(params.type) ? { type: params.type } : {}),
    ...(entity && params.type && isKnownEntityType(params.type) && /^[\w-]{1,40}$/.test(entity) ? { entity } : {}),
    ...(day(params.from) ? { from: params.from } : {}),
    ...(day(params.to) ? { to: params.to } : {}),
    ...(Number(params.page) > 1 ? { page: Math.trunc(Number(params.page)) } : {}),
  };
}

/** The query as URL parameters (pager, export link). */
export function auditQueryParams(q: AuditQuery): Record<string, string | undefined> {
  return { person: q.person, action: q.action, type: q.type, entity: q.entity, from: q.from, to: q.to };
}

type CaseFacts = CaseAccessFields & { id: string; number: string };

/** Cases about the reader (never listed) and, for a non-administrator, the cases they handle. */
async function caseScope(reader: Actor) {
  const name = reader.realName.trim();
  const about: { id: string }[] = name
    ? await db().case.findMany({ where: { OR: [{ subjectName: name }, { noticeEntry: { name } }] }, select: { id: true } })
    : [];
  const admin: boolean = isAdmin(reader);
  const handled: { id: string }[] = admin ? [] : await db().case.findMany({ where: { handlerId: reader.id }, select: { id: true } });
  return { about: about.map((c) => c.id), handled: handled.map((c) => c.id) };
}

async function whereOf(reader: Actor, q: AuditQuery): Promise<Prisma.AuditLogWhereInput> {
  const scope = await caseScope(reader);
  const and: Prisma.AuditLogWhereInput[] = [];
  if (q.person) and.push({ actorName: { contains: q.person } });
  if (q.action) and.push({ action: q.action });
  if (q.type) and.push({ entityType: q.type });
  if (q.type && q.entity) and.push({ entityId: q.entity });
  const from = q.from ? shanghaiDayStart(q.from) : null;
  const to = q.to ? shanghaiDayStart(q.to) : null;
  if (from) and.push({ createdAt: { gte: from } });
  if (to) and.push({ createdAt: { lt: new Date(to.getTime() + DAY_MS) } });
  if (scope.about.length) and.push({ NOT: { entityType: "Case", entityId: { in: scope.about } } });
  // A name search must not tell a reader who wrote a case they may not see the writer of.
  if (q.person && !isAdmin(reader))
    and.push({ NOT: { entityType: "Case", action: { in: [...WRITER_CASE_ACTIONS] }, entityId: { notIn: scope.handled } } });
  return and.length ? { AND: and } : {};
}

type AuditRecord = {
  id: number;
  createdAt: Date;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: string | null;
  after: string | null;
  prevHash: string;
  hash: string;
};

export type AuditPerson =
  | { kind: "person"; name: string }
  | { kind: "system" }
  /** A case's writer, for a reader who may not see who wrote it. */
  | { kind: "writer" }
  | { kind: "anonymous" };

export interface AuditObject {
  typeKey: string;
  /** The object's name (a person, a receipt number, a post, a title), or null when it has none. */
  name: string | null;
  href: string | null;
  /** The object no longer exists. */
  gone: boolean;
}

export interface AuditRow {
  id: number;
  at: Date;
  person: AuditPerson;
  action: string;
  phraseKey: string;
  object: AuditObject | null;
  /** For the "此对象的全部记录" filter. */
  entity: { type: string; id: string } | null;
  changes: AuditChange[];
  omitted: number;
  /** The stored entry as written: administrators only. */
  raw?: {
    actorName: string | null;
    action: string;
    entityType: string;
    entityId: string | null;
    before: string | null;
    after: string | null;
    hash: string;
  };
}

interface Named {
  name: string;
  href: string | null;
}

/** Names (and console pages) of the objects and refs of a batch of entries, keyed "Type:id". */
async function nameObjects(reader: Actor, wanted: { type: string; id: string }[]) {
  const ids = (type: string) => [...new Set(wanted.filter((w) => w.type === type).map((w) => w.id))];
  const names = new Map<string, Named>();
  const put = (type: string, id: string, name: string, href: string | null) => names.set(`${type}:${id}`, { name, href });
  const cases = new Map<string, CaseFacts>();
  const q = <T>(list: string[], run: (ids: string[]) => Promise<T[]>) => (list.length ? run(list) : Promise.resolve([] as T[]));
  const [users, nominations, vacancies, notices, entries, appointments, policies, candidates, caseRows, mails] = await Promise.all([
    q(ids("User"), (i) => db().user.findMany({ where: { id: { in: i } }, select: { id: true, realName: true } })),
    q(ids("Nomination"), (i) => db().nomination.findMany({ where: { id: { in: i } }, select: { id: true, receiptNo: true } })),
    q(ids("Vacancy"), (i) => db().vacancy.findMany({ where: { id: { in: i } }, select: { id: true, post: true, unit: true } })),
    q(ids("Notice"), (i) => db().notice.findMany({ where: { id: { in: i } }, select: { id: true, title: true } })),
    q(ids("NoticeEntry"), (i) =>
      db().noticeEntry.findMany({
        where: { id: { in: i } },
        select: { id: true, name: true, noticeId: true, notice: { select: { title: true } } },
      }),
    ),
    q(ids("Appointment"), (i) =>
      db().appointment.findMany({ where: { id: { in: i } }, select: { id: true, personName: true, post: true, unit: true } }),
    ),
    q(ids("Policy"), (i) => db().policy.findMany({ where: { id: { in: i } }, select: { id: true, title: true } })),
    q(ids("Candidate"), (i) => db().candidate.findMany({ where: { id: { in: i } }, select: { id: true, name: true, workUnit: true } })),
    q(ids("Case"), (i) =>
      db().case.findMany({
        where: { id: { in: i } },
        select: { id: true, number: true, writerId: true, handlerId: true, subjectName: true, noticeEntry: { select: { name: true } } },
      }),
    ),
    q(ids("MailMessage"), (i) => db().mailMessage.findMany({ where: { id: { in: i } }, select: { id: true, subject: true } })),
  ]);
  for (const u of users) put("User", u.id, u.realName, `/admin/registrations/${u.id}`);
  for (const n of nominations) put("Nomination", n.id, n.receiptNo, `/admin/nominations/detail/${n.id}`);
  for (const v of vacancies) put("Vacancy", v.id, `${v.unit} ${v.post}`, `/admin/vacancies/${v.id}`);
  for (const n of notices) put("Notice", n.id, n.title, `/admin/notices/${n.id}`);
  for (const e of entries) put("NoticeEntry", e.id, `${e.name}（${e.notice.title}）`, `/admin/notices/${e.noticeId}`);
  for (const a of appointments) put("Appointment", a.id, `${a.personName} ${a.unit}${a.post}`, `/admin/appointments/${a.id}`);
  for (const p of policies) put("Policy", p.id, p.title, `/admin/policies/${p.id}`);
  for (const c of candidates) put("Candidate", c.id, `${c.name}（${c.workUnit}）`, `/admin/candidates/${c.id}`);
  for (const c of caseRows) {
    cases.set(c.id, { ...c, entryName: c.noticeEntry?.name ?? null });
    put("Case", c.id, c.number, `/admin/cases/${c.id}`);
  }
  for (const m of mails) put("MailMessage", m.id, m.subject, isAdmin(reader) ? "/admin/mail" : null);
  for (const year of ids("HolidayArrangement")) if (/^\d{4}$/.test(year)) put("HolidayArrangement", year, year, "/admin/calendar");
  return { names, cases };
}

function personOf(e: AuditRecord, reader: Actor, cases: Map<string, CaseFacts>): AuditPerson {
  if (e.entityType === "Case" && e.entityId) {
    const c = cases.get(e.entityId);
    if (e.actorId === null && WRITER_CASE_ACTIONS.includes(e.action)) return { kind: "anonymous" };
    // A case no longer there: its writer's entries are shown as the writer's to all but administrators.
    const byWriter = c ? e.actorId !== null && e.actorId === c.writerId : WRITER_CASE_ACTIONS.includes(e.action);
    if (byWriter && !(c ? canSeeWriter(c, reader) : isAdmin(reader))) return { kind: "writer" };
  }
  if (e.actorId === null && e.actorName === null) return { kind: "system" };
  return { kind: "person", name: e.actorName ?? "" };
}

/** Entries in words, in the order given. */
async function present(reader: Actor, records: AuditRecord[]): Promise<AuditRow[]> {
  const described = records.map((e) => ({ e, d: describeChanges(e) }));
  const wanted = [
    ...records.filter((e) => e.entityId).map((e) => ({ type: e.entityType, id: e.entityId! })),
    ...described.flatMap(({ d }) => refsOf(d.changes)),
  ];
  const { names, cases } = await nameObjects(reader, wanted);
  const plain = new Map([...names].map(([k, v]) => [k, v.name]));
  const admin = isAdmin(reader);
  return described.map(({ e, d }) => {
    const named = e.entityId ? names.get(`${e.entityType}:${e.entityId}`) : undefined;
    const c = e.entityType === "Case" && e.entityId ? cases.get(e.entityId) : undefined;
    // Belt and braces: a case about the reader is not even named (the query leaves its entries out).
    const hidden = !!c && isAboutActor(c, reader);
    const object: AuditObject | null =
      e.entityType === "AuditLog"
        ? { typeKey: entityTypeKey(e.entityType), name: null, href: null, gone: false }
        : {
            typeKey: entityTypeKey(e.entityType),
            name: hidden ? null : (named?.name ?? null),
            href: hidden ? null : (named?.href ?? null),
            gone: !!e.entityId && !named,
          };
    return {
      id: e.id,
      at: e.createdAt,
      person: personOf(e, reader, cases),
      action: e.action,
      phraseKey: actionPhraseKey(e.action),
      object,
      entity: e.entityId && isKnownEntityType(e.entityType) && !hidden ? { type: e.entityType, id: e.entityId } : null,
      changes: d.changes.map((ch) => ({
        ...ch,
        ...(ch.before ? { before: nameRefs(ch.before, plain) } : {}),
        ...(ch.after ? { after: nameRefs(ch.after, plain) } : {}),
      })),
      omitted: d.omitted,
      ...(admin
        ? {
            raw: {
              actorName: e.actorName,
              action: e.action,
              entityType: e.entityType,
              entityId: e.entityId,
              before: e.before,
              after: e.after,
              hash: e.hash,
            },
          }
        : {}),
    };
  });
}

/** A page of the log, newest first. Staff only. */
export async function listAuditEntries(actor: Actor | null, q: AuditQuery): Promise<Paged<AuditRow>> {
  const a = requireStaff(actor);
  const w = pageWindow(q.page, AUDIT_PAGE_SIZE);
  const where = await whereOf(a, q);
  const [total, records] = await Promise.all([
    db().auditLog.count({ where }),
    db().auditLog.findMany({ where, orderBy: { id: "desc" }, skip: w.skip, take: w.take }),
  ]);
  return { rows: await present(a, records), ...pageOf(total, w) };
}

/** The person as the export and the page name them. */
export function personText(p: AuditPerson, t: Words): string {
  if (p.kind === "person") return p.name;
  return t(`auditLog.person.${p.kind}`);
}

/**
 * The filtered log as a table for .xlsx (Chinese, as every export), newest first, at most
 * AUDIT_EXPORT_LIMIT entries. The export itself is audited with its filters.
 */
export async function exportAuditEntries(actor: Actor | null, q: AuditQuery): Promise<Table> {
  const a = requireStaff(actor);
  const where = await whereOf(a, q);
  const t = chineseWords();
  const rows: (string | number)[][] = [];
  let cursor: number | undefined;
  while (rows.length < AUDIT_EXPORT_LIMIT) {
    const batch = await db().auditLog.findMany({
      where: cursor === undefined ? where : { AND: [where, { id: { lt: cursor } }] },
      orderBy: { id: "desc" },
      take: Math.min(500, AUDIT_EXPORT_LIMIT - rows.length),
    });
    if (batch.length === 0) break;
    for (const r of await present(a, batch))
      rows.push([
        r.id,
        shanghaiDateTimeText(r.at),
        personText(r.person, t),
        t(r.phraseKey),
        t(r.object?.typeKey ?? "auditLog.entity.other"),
        r.object?.name ?? (r.object?.gone ? t("auditLog.gone") : ""),
        r.changes.map((c) => changeText(c, t, 500)).join("\n"),
      ]);
    cursor = batch[batch.length - 1].id;
  }
  await transaction((tx) =>
    appendAudit(tx, {
      actor: a,
      action: "export.audit",
      entityType: "AuditLog",
      entityId: null,
      after: { rows: rows.length, filters: auditQueryParams(q) },
    }),
  );
  return {
    title: t("auditLog.exportTitle"),
    headers: [
      t("auditLog.col.seq"),
      t("auditLog.col.time"),
      t("auditLog.col.person"),
      t("auditLog.col.action"),
      t("auditLog.col.type"),
      t("auditLog.col.object"),
      t("auditLog.col.changes"),
    ],
    rows,
  };
}

export interface AuditChainSummary {
  verdict: AuditVerdict;
  entries: number;
  /** The entry where the chain breaks (its number), when broken. */
  brokenAt: number | null;
}

/** The chain verified in full (lib/data/audit-log.ts verifyAuditLog), summed up for the page. Staff only. */
export async function auditChainSummary(actor: Actor | null): Promise<AuditChainSummary> {
  requireStaff(actor);
  const v = await verifyAuditLog();
  return { verdict: v.verdict, entries: v.report.entries, brokenAt: v.report.problem?.at ?? null };
}

/** The people who appear in the log as actors (staff), for the person filter's suggestions. */
export async function auditPeople(actor: Actor | null): Promise<string[]> {
  requireStaff(actor);
  const staff = await db().user.findMany({
    where: { role: { in: ["REVIEWER", "ADMIN"] } },
    select: { realName: true },
    orderBy: { realName: "asc" },
  });
  return [...new Set(staff.map((s) => s.realName))];
}
