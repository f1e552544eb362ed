import "server-only";
// 查阅、复制 (个人信息保护法第四十五条): everything the platform holds about the caller, for the
// 下载我的数据 file (.xlsx or JSON). Every query here is scoped to the caller's own id — their
// profile, consent records, nominations, the cases filed under their name (as the writer reads
// them: no staff notes, no staff names, the conclusion but never the findings), their inbox
// and their sign-in history — so the file holds their data and nobody else's. The ID number is
// given in full: it is the user's own (everywhere else it is masked). The download is audited.
import zhAccount from "../../messages/zh-CN/account.json";
import zhNominations from "../../messages/zh-CN/nominations.json";
import zhCases from "../../messages/zh-CN/cases.json";
import { db } from "../db/client";
import { transaction } from "../db/tx";
import { appendAudit } from "../audit/log";
import { requireUser, type Actor } from "../auth/actor";
import { now as clockNow } from "../calendar/clock";
import { decryptField } from "../security/crypto";
import { effectiveStatus } from "../nominations/rules";
import { parseNominee } from "../nominations/snapshot";
import { asLocale, parseParams, renderNotification } from "../notifications/render";
import { CANDIDATE_WITH_PHONE } from "./candidate-fields";
import { getMyCase } from "./cases/writer-view";
import type { WriterOutcome } from "../cases/writer-timeline";
import { NotFoundError } from "./errors";

const label = (table: Record<string, string>, key: string | null | undefined) => (key ? (table[key] ?? key) : null);

export interface PersonalData {
  generatedAt: string;
  profile: Record<string, string | null>;
  consents: { version: string; action: string; at: string }[];
  nominations: {
    receiptNo: string;
    kind: string;
    vacancy: string | null;
    nominee: string;
    nomineeUnit: string;
    nomineePost: string;
    relationship: string | null;
    reasons: { de: string; neng: string; qin: string; ji: string; lian: string };
    signedName: string;
    status: string;
    submittedAt: string;
    validUntil: string | null;
  }[];
  cases: {
    number: string;
    channel: string;
    title: string;
    status: string;
    filedAt: string;
    /** The outcome as the writer reads it (the conclusion's words, never the findings). */
    outcome: string | null;
    thread: { from: string; body: string; at: string }[];
  }[];
  messages: { title: string; body: string; at: string; read: boolean }[];
  signIns: { at: string; address: string | null; browser: string | null }[];
}

function outcomeText(o: WriterOutcome | null, conclusions: Record<string, string>): string | null {
  if (!o) return null;
  if (o.kind === "dismissed") return ["不予受理", o.reason].filter(Boolean).join("：");
  if (o.kind === "conclusion") return [label(conclusions, o.conclusion), o.text].filter(Boolean).join("：") || null;
  return o.text;
}

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** The caller's own data, as the download carries it. */
export async function collectPersonalData(actor: Actor | null, opts: { now?: Date } = {}): Promise<PersonalData> {
  const a = requireUser(actor);
  const now = opts.now ?? clockNow();
  const u = await db().user.findUnique({
    where: { id: a.id },
    select: {
      realName: true,
      idCipher: true,
      gender: true,
      birthDate: true,
      phone: true,
      email: true,
      workUnit: true,
      position: true,
      politicalStatus: true,
      role: true,
      status: true,
      locale: true,
      consentVersion: true,
      createdAt: true,
    },
  });
  if (!u) throw new NotFoundError();
  const A = zhAccount;
  const [consents, nominations, caseIds, notes, signIns] = await Promise.all([
    db().consentRecord.findMany({ where: { userId: a.id }, orderBy: [{ at: "asc" }, { id: "asc" }] }),
    db().nomination.findMany({
      where: { nominatorId: a.id },
      orderBy: { submittedAt: "asc" },
      select: {
        receiptNo: true,
        kind: true,
        relationship: true,
        reasonDe: true,
        reasonNeng: true,
        reasonQin: true,
        reasonJi: true,
        reasonLian: true,
        nominee: true,
        signedName: true,
        status: true,
        submittedAt: true,
        expiresAt: true,
        candidate: { select: CANDIDATE_WITH_PHONE },
        vacancy: { select: { unit: true, post: true } },
      },
    }),
    db().case.findMany({ where: { writerId: a.id }, orderBy: { createdAt: "asc" }, select: { id: true } }),
    db().notification.findMany({ where: { userId: a.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    db().signInEvent.findMany({ where: { userId: a.id }, orderBy: { at: "asc" } }),
  ]);
  // Each case through the writer's own view (its door checks the caller is the writer again).
  const cases = await Promise.all(caseIds.map((c) => getMyCase(a, c.id, { now })));
  const lang = asLocale(u.locale);
  const N = zhNominations.nominations;
  const C = zhCases.cases;
  return {
    generatedAt: now.toISOString(),
    profile: {
      realName: u.realName,
      idNumber: u.idCipher ? decryptField(u.idCipher) : null,
      gender: label(A.gender, u.gender),
      birthDate: iso(u.birthDate)?.slice(0, 10) ?? null,
      phone: u.phone,
      email: u.email,
      workUnit: u.workUnit,
      position: u.position,
      politicalStatus: label(A.political, u.politicalStatus),
      role: label(A.roles, u.role),
      status: label(A.accountStatus, u.status),
      registeredAt: iso(u.createdAt),
      privacyStatementVersion: u.consentVersion,
    },
    consents: consents.map((c) => ({ version: c.version, action: c.action === "AGREE" ? "同意" : "撤回", at: c.at.toISOString() })),
    nominations: nominations.map((n) => {
      const nominee = parseNominee(n.nominee, n.candidate);
      return {
        receiptNo: n.receiptNo,
        kind: label(N.kind, n.kind) ?? n.kind,
        vacancy: n.vacancy ? `${n.vacancy.unit}${n.vacancy.post}` : null,
        nominee: nominee.name,
        nomineeUnit: nominee.workUnit,
        nomineePost: nominee.currentPost,
        relationship: label(N.relationship as Record<string, string>, n.relationship),
        reasons: { de: n.reasonDe, neng: n.reasonNeng, qin: n.reasonQin, ji: n.reasonJi, lian: n.reasonLian },
        signedName: n.signedName,
        status: label(N.status, effectiveStatus(n, now)) ?? n.status,
        submittedAt: n.submittedAt.toISOString(),
        validUntil: iso(n.expiresAt),
      };
    }),
    cases: cases.map((c) => ({
      number: c.number,
      channel: label(C.kind, c.kind) ?? c.kind,
      title: c.title,
      status: label(C.status, c.status) ?? c.status,
      filedAt: c.filedAt.toISOString(),
      outcome: outcomeText(c.outcome, C.conclusion),
      thread: c.thread.map((m) => ({ from: m.from === "writer" ? "本人" : "组织部门", body: m.body, at: m.at.toISOString() })),
    })),
    messages: notes.map((n) => ({
      ...renderNotification(lang, n.kind, parseParams(n.params)),
      at: n.createdAt.toISOString(),
      read: n.readAt !== null,
    })),
    signIns: signIns.map((s) => ({ at: s.at.toISOString(), address: s.address, browser: s.userAgent })),
  };
}

/** Records the download (which format) in the audit log. */
export async function auditPersonalDataExport(actor: Actor, format: "xlsx" | "json"): Promise<void> {
  await transaction((tx) =>
    appendAudit(tx, { actor, action: "export.personalData", entityType: "User", entityId: actor.id, after: { format } }),
  );
}
