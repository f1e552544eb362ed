// What the audit log's words are made of: every action name the code writes with its phrase's
// catalog key (namespace "auditLog" in messages/*/audit-staff.json), the object types, and how
// each recorded field is labelled and its value read. Pure (no database, no React), so the page,
// the .xlsx export and the unit test that holds every written action to a phrase share it.
import { bodyVisibleText, isHtmlBody } from "../markdown/body-text";

/**
 * Every action name written to the log. Names built at run time are listed in full:
 * `vacancy.${move}` (lib/state/vacancy.ts vacancyMoveName) and
 * `${policy|notice|appointment}.${publish|unpublish|toDraft}` (lib/data/board-kit.ts).
 * tests/unit/audit-catalog.test.ts scans the source for written names and fails for one
 * missing here (or in the catalogs).
 */
export const AUDIT_ACTIONS = [
  "account.register",
  "account.resubmit",
  "account.approve",
  "account.reject",
  "account.suspend",
  "account.restore",
  "account.revealId",
  "account.revealId.refused",
  "auth.signIn",
  "auth.signInFailed",
  "auth.signOut",
  "account.close",
  "account.erase",
  "account.issueResetCode",
  "consent.agree",
  "auth.passwordResetRequested",
  "auth.passwordReset",
  "auth.passwordChanged",
  "auth.signOutEverywhere",
  "profile.update",
  "profile.phone",
  "profile.identityChange",
  "profile.identityApprove",
  "profile.identityReject",
  "audit.genesis",
  "staff.bootstrapAdmin",
  "staff.create",
  "staff.changeRole",
  "staff.suspend",
  "staff.restore",
  "staff.resetPassword",
  "staff.resetTwoFactor",
  "auth.twoFactorEnrol",
  "auth.twoFactorPass",
  "auth.twoFactorRecovery",
  "auth.twoFactorFailed",
  "vacancy.create",
  "vacancy.update",
  "vacancy.publish",
  "vacancy.reopen",
  "vacancy.notice",
  "vacancy.fill",
  "vacancy.cancel",
  "vacancy.draft",
  "notice.create",
  "notice.update",
  "notice.publish",
  "notice.unpublish",
  "notice.toDraft",
  "notice.draftFromShortlist",
  "notice.result",
  "appointment.create",
  "appointment.update",
  "appointment.publish",
  "appointment.unpublish",
  "appointment.toDraft",
  "appointment.probationStart",
  "appointment.probationAssess",
  "survey.create",
  "survey.update",
  "survey.delete",
  "survey.questions",
  "survey.open",
  "survey.close",
  "survey.codes",
  "survey.publish",
  "survey.unpublish",
  "survey.export",
  "policy.create",
  "policy.update",
  "policy.publish",
  "policy.unpublish",
  "policy.toDraft",
  "calendar.saveYear",
  "calendar.deleteYear",
  "nomination.submit",
  "nomination.withdraw",
  "nomination.view",
  "nomination.viewNominators",
  "nomination.accept",
  "nomination.reject",
  "nomination.expire",
  "nomination.voidForVacancy",
  "nomination.closeForFilledVacancy",
  "nomination.backfillExpiry",
  "shortlist.add",
  "shortlist.remove",
  "candidate.viewNominators",
  "candidate.merge",
  "case.file",
  "case.file.download",
  "case.open",
  "case.take",
  "case.assign",
  "case.accept",
  "case.dismiss",
  "case.answer",
  "case.reply",
  "case.note",
  "case.investigate",
  "case.close",
  "case.followUp",
  "case.confirm",
  "case.autoClose",
  "mail.retry",
  "mail.retryAll",
  "export.tally",
  "export.nominations",
  "export.talentPool",
  "export.probations",
  "export.cases",
  "export.audit",
  "export.registrations",
  "export.personalData",
  // 干部教育培训, the console (lib/data/training/classes.ts, reports.ts)
  "training.class.create",
  "training.class.update",
  "training.class.publish",
  "training.class.finish",
  "training.class.cancel",
  "training.session.add",
  "training.session.update",
  "training.session.delete",
  "training.material.add",
  "training.material.delete",
  "export.training",
  // 干部教育培训, sign-ups and attendance (lib/data/training/enrolments.ts, attendance.ts)
  "training.enrolment.signUp",
  "training.enrolment.cancel",
  "training.enrolment.approve",
  "training.enrolment.decline",
  "training.enrolment.waitlist",
  "training.enrolment.promote",
  "training.attendance.mark",
  "training.attendance.unmark",
  "training.attendance.checkIn",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

const KNOWN_ACTIONS: ReadonlySet<string> = new Set(AUDIT_ACTIONS);

export const isKnownAction = (action: string): action is AuditAction => KNOWN_ACTIONS.has(action);

/** The catalog key of an action's phrase: "account.revealId.refused" → "auditLog.action.account_revealId_refused". */
export function actionPhraseKey(action: string): string {
  return isKnownAction(action) ? `auditLog.action.${action.replaceAll(".", "_")}` : "auditLog.action.other";
}

/** The object types entries are written about, with the catalog key of each one's name. */
export const AUDIT_ENTITY_TYPES = [
  "User",
  "Nomination",
  "Vacancy",
  "Notice",
  "NoticeEntry",
  "Appointment",
  "Policy",
  "Case",
  "Candidate",
  "MailMessage",
  "HolidayArrangement",
  "AuditLog",
  "TrainingClass",
  "Survey",
  "TrainingEnrolment",
  "TrainingSession",
] as const;

export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

export const isKnownEntityType = (t: string): t is AuditEntityType => (AUDIT_ENTITY_TYPES as readonly string[]).includes(t);

export const entityTypeKey = (t: string) => `auditLog.entity.${isKnownEntityType(t) ? t : "other"}`;

/** Entries a case's writer makes (their name is shown only to those who may see the writer). */
export const WRITER_CASE_ACTIONS: readonly string[] = ["case.file", "case.followUp", "case.confirm", "case.file.download"];

// ——— Fields and values ———

/** A recorded value as the page and the export show it (refs are named by the data layer). */
export type AuditValue =
  | { t: "text"; v: string }
  | { t: "key"; key: string; fallback: string }
  | { t: "bool"; v: boolean }
  | { t: "num"; v: number }
  | { t: "day"; v: string }
  | { t: "time"; v: string }
  | { t: "ref"; type: "Vacancy" | "Candidate" | "User" | "Notice" | "NoticeEntry"; id: string }
  | { t: "list"; items: AuditValue[] }
  | { t: "pairs"; items: { labelKey: string; value: AuditValue }[] }
  | { t: "none" };

type FieldKind =
  | { k: "text" }
  | { k: "state" }
  | { k: "enum"; prefix: string | Partial<Record<string, string>> }
  | { k: "bool" }
  | { k: "num" }
  | { k: "day" }
  | { k: "time" }
  | { k: "ref"; type: "Vacancy" | "Candidate" | "User" | "Notice" | "NoticeEntry" }
  | { k: "entries" }
  | { k: "nominee" }
  | { k: "count" }
  | { k: "action" }
  | { k: "pairs" };

const text: FieldKind = { k: "text" };
const num: FieldKind = { k: "num" };
const bool: FieldKind = { k: "bool" };
const day: FieldKind = { k: "day" };
const time: FieldKind = { k: "time" };

/** The status words of each object type's machine. */
const STATE_WORDS: Partial<Record<string, string>> = {
  User: "accountStatus",
  Nomination: "nominations.status",
  Vacancy: "boardAdmin.vacancyStatus",
  Notice: "boardAdmin.pubStatus",
  Policy: "boardAdmin.pubStatus",
  Appointment: "boardAdmin.pubStatus",
  Case: "cases.status",
  Survey: "survey.status",
  MailMessage: "mailAdmin.status",
  TrainingClass: "trainingAdmin.status",
  TrainingEnrolment: "training.status",
};

/**
 * The fields shown, each with its label (auditLog.field.<name>) and how its value reads.
 * Fields not listed here (ids, hashes, timestamps of the row itself) are left out of the
 * readable change; administrators see them in the raw entry.
 */
export const AUDIT_FIELDS: Record<string, FieldKind> = {
  status: { k: "state" },
  note: text,
  reason: text,
  cancelReason: text,
  realName: text,
  name: text,
  workUnit: text,
  position: text,
  idMasked: text,
  email: text,
  politicalStatus: { k: "enum", prefix: "political" },
  address: text,
  role: { k: "enum", prefix: "roles" },
  kind: {
    k: "enum",
    prefix: { Case: "cases.kind", Notice: "notice.kind", Appointment: "appointment.kind", Nomination: "nominations.kind" },
  },
  category: { k: "enum", prefix: { Policy: "policy.category" } },
  title: text,
  post: text,
  unit: text,
  personName: text,
  issuer: text,
  docNumber: text,
  contact: text,
  receiptNo: text,
  number: text,
  level: { k: "enum", prefix: "nominations.level" },
  requiredLevel: { k: "enum", prefix: "nominations.level" },
  minEducation: { k: "enum", prefix: "nominations.education" },
  headcount: num,
  maxAge: num,
  minYearsAtLevel: num,
  maxPerNominator: num,
  duties: text,
  qualifications: text,
  body: text,
  opensAt: time,
  closesAt: time,
  publishedAt: time,
  at: time,
  issuedOn: day,
  decidedOn: day,
  startsOn: day,
  endsOn: day,
  birthDate: day,
  vacancyId: { k: "ref", type: "Vacancy" },
  candidateId: { k: "ref", type: "Candidate" },
  keepId: { k: "ref", type: "Candidate" },
  dropId: { k: "ref", type: "Candidate" },
  handlerId: { k: "ref", type: "User" },
  noticeId: { k: "ref", type: "Notice" },
  noticeEntryId: { k: "ref", type: "NoticeEntry" },
  isSelf: bool,
  anonymous: bool,
  writerShown: bool,
  writersShown: bool,
  probation: bool,
  probationEndsOn: day,
  generated: bool,
  retainUntil: time,
  expiresAt: time,
  version: text,
  phone: text,
  channel: { k: "enum", prefix: "auditLog.channel" },
  closed: num,
  total: num,
  q: text,
  entries: { k: "entries" },
  nominee: { k: "nominee" },
  flags: { k: "count" },
  conclusion: { k: "enum", prefix: "cases.conclusion" },
  verdict: { k: "enum", prefix: "cases.verdict" },
  result: { k: "enum", prefix: "auditLog.noticeResult" },
  probationResult: { k: "enum", prefix: "auditLog.probationResult" },
  attempts: num,
  rows: num,
  count: num,
  moved: num,
  duplicates: num,
  voided: num,
  nominators: num,
  nominations: num,
  page: num,
  days: num,
  filters: { k: "pairs" },
  arrangement: text,
  // The audit log's own export records its filters.
  person: text,
  action: { k: "action" },
  type: { k: "enum", prefix: "auditLog.entity" },
  from: day,
  to: day,
};

export const fieldLabelKey = (field: string) => `auditLog.field.${field}`;

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;

function scalar(v: unknown): AuditValue {
  if (v === null || v === undefined || v === "") return { t: "none" };
  if (typeof v === "boolean") return { t: "bool", v };
  if (typeof v === "number") return { t: "num", v };
  return { t: "text", v: typeof v === "string" ? v : String(v) };
}

function enumValue(prefix: string, v: unknown): AuditValue {
  if (v === null || v === undefined || v === "") return { t: "none" };
  const s = String(v);
  return { t: "key", key: `${prefix}.${s}`, fallback: s };
}

/** One recorded value, read by its field's kind. */
export function readValue(field: string, raw: unknown, entityType: string): AuditValue | null {
  const kind = AUDIT_FIELDS[field];
  if (!kind) return null;
  if (raw === null || raw === undefined || raw === "") return { t: "none" };
  switch (kind.k) {
    case "text":
      // A board body written in the editor is HTML: the inspector reads its text, not its tags.
      if (typeof raw === "string" && isHtmlBody(raw)) return scalar(bodyVisibleText(raw));
      return typeof raw === "object" ? null : scalar(raw);
    case "num":
    case "bool":
      return scalar(raw);
    case "state": {
      const prefix = STATE_WORDS[entityType];
      return prefix ? enumValue(prefix, raw) : scalar(raw);
    }
    case "enum": {
      const prefix = typeof kind.prefix === "string" ? kind.prefix : kind.prefix[entityType];
      return prefix ? enumValue(prefix, raw) : null;
    }
    case "day":
      return typeof raw === "string" && /^\d{4}-\d{2}-\d{2}/.test(raw) ? { t: "day", v: raw.slice(0, 10) } : scalar(raw);
    case "time":
      return typeof raw === "string" && ISO_INSTANT.test(raw) ? { t: "time", v: raw } : scalar(raw);
    case "ref":
      return typeof raw === "string" ? { t: "ref", type: kind.type, id: raw } : null;
    case "entries": {
      if (!Array.isArray(raw)) return null;
      const names = raw.map((e) => (e && typeof e === "object" && "name" in e ? String((e as { name: unknown }).name) : null));
      return { t: "list", items: names.filter((n): n is string => !!n).map((n) => ({ t: "text", v: n })) };
    }
    case "nominee":
      return raw && typeof raw === "object" && "name" in raw ? scalar((raw as { name: unknown }).name) : null;
    case "count":
      return Array.isArray(raw) ? { t: "num", v: raw.length } : scalar(raw);
    case "action":
      return { t: "key", key: actionPhraseKey(String(raw)), fallback: "" };
    case "pairs": {
      if (!raw || typeof raw !== "object" || Array.isArray(raw)) return null;
      const items = Object.entries(raw as Record<string, unknown>)
        .map(([k, v]) => ({ labelKey: fieldLabelKey(k), value: readValue(k, v, entityType) }))
        .filter((p): p is { labelKey: string; value: AuditValue } => p.value !== null && p.value.t !== "none");
      return { t: "pairs", items };
    }
  }
}

/** One line of the field-by-field change. */
export interface AuditChange {
  field: string;
  labelKey: string;
  before?: AuditValue;
  after?: AuditValue;
  /** A fact recorded with the entry (what a merged candidate was), not a value that changed. */
  context?: boolean;
}

export interface EntryChanges {
  changes: AuditChange[];
  /** Recorded fields not shown in words (ids, hashes): in the raw entry only. */
  omitted: number;
}

function parse(json: string | null): unknown {
  if (json === null) return null;
  try {
    return JSON.parse(json);
  } catch {
    return json;
  }
}

const asRecord = (v: unknown): Record<string, unknown> | null =>
  v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The readable change of an entry: a field changed (before → after), set (after only) or
 * removed (before only). When both sides are recorded, fields the after side does not name
 * (a full row kept as "before") and fields that did not change are left out.
 */
export function describeChanges(entry: { entityType: string; before: string | null; after: string | null }): EntryChanges {
  const rawBefore = parse(entry.before);
  const rawAfter = parse(entry.after);
  // A whole text recorded (the holiday arrangement): one field.
  const before = typeof rawBefore === "string" ? { arrangement: rawBefore } : asRecord(rawBefore);
  const after = typeof rawAfter === "string" ? { arrangement: rawAfter } : asRecord(rawAfter);
  const changes: AuditChange[] = [];
  let omitted = 0;
  if (after) {
    for (const [field, a] of Object.entries(after)) {
      const av = readValue(field, a, entry.entityType);
      if (av === null) {
        omitted++;
        continue;
      }
      const known = !!before && field in before;
      if (known && same(before![field], a)) continue;
      const bv = known ? (readValue(field, before![field], entry.entityType) ?? undefined) : undefined;
      if (av.t === "none" && (!bv || bv.t === "none")) continue;
      changes.push({ field, labelKey: fieldLabelKey(field), ...(bv ? { before: bv } : {}), after: av });
    }
    // Before and after about different things (a merge: the candidate dropped, then where its
    // nominations went): what "before" recorded is shown too, as facts of the entry.
    if (before && !Object.keys(before).some((k) => k in after)) {
      for (const [field, b] of Object.entries(before)) {
        const bv = readValue(field, b, entry.entityType);
        if (bv === null) omitted++;
        else if (bv.t !== "none") changes.push({ field, labelKey: fieldLabelKey(field), before: bv, context: true });
      }
    }
  } else if (before) {
    for (const [field, b] of Object.entries(before)) {
      const bv = readValue(field, b, entry.entityType);
      if (bv === null) omitted++;
      else if (bv.t !== "none") changes.push({ field, labelKey: fieldLabelKey(field), before: bv });
    }
  }
  return { changes, omitted };
}

/** Every ref in a set of changes (for the data layer to name). */
export function refsOf(changes: AuditChange[]): { type: string; id: string }[] {
  const out: { type: string; id: string }[] = [];
  const walk = (v: AuditValue | undefined) => {
    if (!v) return;
    if (v.t === "ref") out.push({ type: v.type, id: v.id });
    if (v.t === "list") v.items.forEach(walk);
    if (v.t === "pairs") v.items.forEach((p) => walk(p.value));
  };
  for (const c of changes) {
    walk(c.before);
    walk(c.after);
  }
  return out;
}

/** Replaces each ref by the object's name (or "已删除" when it is gone). */
export function nameRefs(v: AuditValue, names: ReadonlyMap<string, string>): AuditValue {
  if (v.t === "ref") {
    const name = names.get(`${v.type}:${v.id}`);
    return name ? { t: "text", v: name } : { t: "key", key: "auditLog.gone", fallback: "" };
  }
  if (v.t === "list") return { t: "list", items: v.items.map((i) => nameRefs(i, names)) };
  if (v.t === "pairs") return { t: "pairs", items: v.items.map((p) => ({ labelKey: p.labelKey, value: nameRefs(p.value, names) })) };
  return v;
}
