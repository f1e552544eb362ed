import "server-only";
// Staff moves on a case, each in one transaction: take, assign or transfer, accept, 不予受理,
// reply (the answer of a 说心里话 letter), a staff-only note, 核查, and closing with the
// conclusion. Each re-reads the case, checks the caller against the same decisions the console
// page shows (./decisions.ts, on the engine's access rules), and changes the status only through
// the engine's moveCase (the kind's machine, the optimistic status check, the audit entry and
// the writer's notification). A case about the caller is "not found"; a case someone else
// handles is refused with a message saying so.
import { db, type Tx } from "../../db/client";
import { transaction } from "../../db/tx";
import { requireStaff, type Actor } from "../../auth/actor";
import { now as clockNow } from "../../calendar/clock";
import { OBJECTION_CONCLUSIONS, OBJECTION_VERDICTS } from "../../cases/kinds";
import { canFollowUp, TALK_FOLLOW_UP_DAYS } from "../../cases/deadlines";
import type { CaseKind } from "../../state/case";
import { appendAudit } from "../audit-log";
import { DomainError, NotFoundError } from "../errors";
import { notify } from "../notify";
import { canHandle, canStaffOpen, caseNotice, isAboutActor, moveCase, type CaseAccessFields } from "./engine";
import { caseDecisions, type CaseDecisions } from "./decisions";

const loadSelect = {
  id: true,
  kind: true,
  number: true,
  status: true,
  writerId: true,
  handlerId: true,
  subjectName: true,
  answeredAt: true,
  followedUpAt: true,
  noticeEntry: { select: { name: true } },
} as const;

interface Loaded {
  row: { id: string; kind: CaseKind; number: string; status: string; writerId: string | null; handlerId: string | null };
  access: CaseAccessFields;
  decisions: CaseDecisions;
}

async function load(tx: Tx, a: Actor, id: string, now: Date): Promise<Loaded> {
  const c = await tx.case.findUnique({ where: { id }, select: loadSelect });
  if (!c) throw new NotFoundError();
  const access: CaseAccessFields = {
    writerId: c.writerId,
    handlerId: c.handlerId,
    subjectName: c.subjectName,
    entryName: c.noticeEntry?.name ?? null,
  };
  if (!canStaffOpen(access, a)) throw new NotFoundError();
  const kind = c.kind as CaseKind;
  return {
    row: { id: c.id, kind, number: c.number, status: c.status, writerId: c.writerId, handlerId: c.handlerId },
    access,
    decisions: caseDecisions({ ...access, kind, status: c.status, answeredAt: c.answeredAt, followedUpAt: c.followedUpAt }, a, now),
  };
}

/** Refuses a move the decisions do not allow: someone else's case, or not in this status. */
function allow(ok: boolean, c: Loaded, a: Actor): void {
  if (ok) return;
  throw new DomainError(canHandle(c.access, a) ? "caseAdmin.errors.notNow" : "caseAdmin.errors.notHandler");
}

async function run<T>(actor: Actor | null, id: string, fn: (tx: Tx, a: Actor, c: Loaded, now: Date) => Promise<T>): Promise<T> {
  const a = requireStaff(actor);
  const now = clockNow();
  return transaction(async (tx) => fn(tx, a, await load(tx, a, id, now), now));
}

/** Changes the handler if it is still `from` (another staff member's concurrent change makes this one stale). */
async function setHandler(tx: Tx, c: Loaded, to: string, now: Date): Promise<void> {
  const { count } = await tx.case.updateMany({
    where: { id: c.row.id, handlerId: c.row.handlerId, status: c.row.status },
    data: { handlerId: to, updatedAt: now },
  });
  if (count !== 1) throw new DomainError("cases.errors.stale");
}

/** A move by staff on an unassigned case makes them its handler (checked like a take, so two staff cannot both claim it). */
async function claim(tx: Tx, c: Loaded, a: Actor, now: Date): Promise<void> {
  if (c.row.handlerId === null) await setHandler(tx, c, a.id, now);
}

/** 承办: an unassigned case becomes the caller's. */
export async function takeCase(actor: Actor | null, id: string): Promise<void> {
  await run(actor, id, async (tx, a, c, now) => {
    allow(c.decisions.canTake, c, a);
    await setHandler(tx, c, a.id, now);
    await appendAudit(tx, { actor: a, action: "case.take", entityType: "Case", entityId: c.row.id, after: { handlerId: a.id } });
  });
}

/** 分办 / 转办: administrators to any staff member, the handler to another one; never to someone the case is about. */
export async function assignCase(actor: Actor | null, id: string, handlerId: string): Promise<{ handlerName: string }> {
  return run(actor, id, async (tx, a, c, now) => {
    allow(c.decisions.canAssign, c, a);
    const to = await tx.user.findUnique({ where: { id: handlerId }, select: { id: true, realName: true, role: true, status: true } });
    const refused = () => new DomainError("errors.invalid", { handlerId: ["caseAdmin.errors.assignee"] });
    if (!to || to.status !== "APPROVED" || (to.role !== "REVIEWER" && to.role !== "ADMIN")) throw refused();
    if (to.id === c.row.handlerId || isAboutActor(c.access, { ...to, role: to.role as Actor["role"], status: "APPROVED" })) throw refused();
    await setHandler(tx, c, to.id, now);
    await appendAudit(tx, {
      actor: a,
      action: "case.assign",
      entityType: "Case",
      entityId: c.row.id,
      before: { handlerId: c.row.handlerId },
      after: { handlerId: to.id },
    });
    return { handlerName: to.realName };
  });
}

/** 受理 (待受理 → 已受理). */
export async function acceptCase(actor: Actor | null, id: string): Promise<void> {
  await run(actor, id, async (tx, a, c, now) => {
    allow(c.decisions.canAccept, c, a);
    await claim(tx, c, a, now);
    await moveCase(tx, c.row, { actor: a, to: "ACCEPTED", action: "case.accept" }, now);
  });
}

/** 不予受理 with the reason the writer reads (公示反映 and 监督举报). */
export async function dismissCase(actor: Actor | null, id: string, reason: string): Promise<void> {
  await run(actor, id, async (tx, a, c, now) => {
    allow(c.decisions.canDismiss, c, a);
    await claim(tx, c, a, now);
    await moveCase(tx, c.row, { actor: a, to: "DISMISSED", patch: { outcomeText: reason }, action: "case.dismiss" }, now);
  });
}

/**
 * A reply the writer reads. For a 说心里话 letter that is accepted it is the answer (→ 已答复);
 * otherwise it is added to the thread without a change of status. Either way a real-name writer
 * is told there is a reply (case.answered: "已有答复，请登录本平台查看").
 */
export async function replyToCase(actor: Actor | null, id: string, body: string): Promise<{ answered: boolean }> {
  return run(actor, id, async (tx, a, c, now) => {
    allow(c.decisions.canReply, c, a);
    await claim(tx, c, a, now);
    if (c.decisions.canAnswer) {
      await moveCase(tx, c.row, { actor: a, to: "ANSWERED", message: { type: "REPLY", body }, action: "case.answer" }, now);
      return { answered: true };
    }
    await tx.caseMessage.create({ data: { caseId: c.row.id, type: "REPLY", authorId: a.id, body, createdAt: now }, select: { id: true } });
    await appendAudit(tx, { actor: a, action: "case.reply", entityType: "Case", entityId: c.row.id });
    // The writer is to read it: a real-name writer is told there is a reply (never its words).
    if (c.row.writerId) await notify(tx, [caseNotice({ ...c.row, writerId: c.row.writerId }, "case.answered")], now);
    return { answered: false };
  });
}

/** A staff-only note (仅内部可见): no change of status, nothing to the writer. */
export async function noteOnCase(actor: Actor | null, id: string, body: string): Promise<void> {
  await run(actor, id, async (tx, a, c, now) => {
    allow(c.decisions.canNote, c, a);
    await tx.caseMessage.create({ data: { caseId: c.row.id, type: "NOTE", authorId: a.id, body, createdAt: now }, select: { id: true } });
    await appendAudit(tx, { actor: a, action: "case.note", entityType: "Case", entityId: c.row.id });
  });
}

/** 监督举报: 已受理 → 核查中, with an optional staff-only note. */
export async function startInvestigation(actor: Actor | null, id: string, note?: string): Promise<void> {
  await run(actor, id, async (tx, a, c, now) => {
    allow(c.decisions.canInvestigate, c, a);
    await claim(tx, c, a, now);
    await moveCase(
      tx,
      c.row,
      {
        actor: a,
        to: "INVESTIGATING",
        message: note ? { type: "NOTE", body: note } : undefined,
        action: "case.investigate",
      },
      now,
    );
  });
}

export interface CloseInput {
  verdict?: string;
  conclusion?: string;
  /** The conclusion's words, which the writer reads. */
  outcomeText?: string;
  /** Findings: a staff-only note (the writer sees the conclusion, never the investigation). */
  findings?: string;
}

/**
 * 办结. 监督举报 after 核查 with the conclusion the writer reads; 公示反映 with a verdict, the
 * conclusion for the person, the words the writer reads and the findings (staff only);
 * 说心里话 once the writer can no longer follow up.
 */
export async function closeCase(actor: Actor | null, id: string, input: CloseInput): Promise<void> {
  await run(actor, id, async (tx, a, c, now) => {
    allow(c.decisions.canClose, c, a);
    const form = c.decisions.closeForm!;
    const missing: Record<string, string[]> = {};
    const need = (field: keyof CloseInput, ok: boolean) => {
      if (!ok) missing[field] = [input[field] ? "errors.invalid" : "errors.required"];
    };
    if (form === "report") need("outcomeText", !!input.outcomeText);
    if (form === "objection") {
      need("verdict", (OBJECTION_VERDICTS as readonly string[]).includes(input.verdict ?? ""));
      need("conclusion", (OBJECTION_CONCLUSIONS as readonly string[]).includes(input.conclusion ?? ""));
      need("outcomeText", !!input.outcomeText);
      need("findings", !!input.findings);
    }
    if (Object.keys(missing).length) throw new DomainError("errors.invalid", missing);
    await claim(tx, c, a, now);
    await moveCase(
      tx,
      c.row,
      {
        actor: a,
        to: "CLOSED",
        message: input.findings ? { type: "NOTE", body: input.findings } : undefined,
        patch: {
          ...(form === "objection" ? { verdict: input.verdict!, conclusion: input.conclusion! } : {}),
          outcomeText: input.outcomeText ?? null,
        },
        action: "case.close",
      },
      now,
    );
  });
}

/** Answered 说心里话 letters closed by one run of the job, at most. */
const SETTLE_BATCH = 200;

/**
 * The background job's part (lib/jobs/registry.ts): a 说心里话 letter answered more than the
 * follow-up window ago, whose writer neither followed up in time nor confirmed it settled, is
 * 已办结 — the same rule by which staff may close it (canFollowUp no longer true). Each case in
 * its own transaction through moveCase (audited as case.autoClose, the writer told once); a
 * case someone moved meanwhile is left alone. Safe on many instances: the status check in
 * moveCase lets only one of them close a case. Returns how many it closed.
 */
export async function closeSettledTalkCases(now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - TALK_FOLLOW_UP_DAYS * 86_400_000);
  const due = await db().case.findMany({
    where: { kind: "TALK", status: "ANSWERED", answeredAt: { lt: cutoff } },
    orderBy: [{ answeredAt: "asc" }, { id: "asc" }],
    take: SETTLE_BATCH,
    select: { id: true, kind: true, number: true, status: true, writerId: true, answeredAt: true, followedUpAt: true },
  });
  let closed = 0;
  for (const c of due) {
    if (canFollowUp({ ...c, kind: "TALK" }, now)) continue;
    try {
      await transaction((tx) => moveCase(tx, c, { actor: null, to: "CLOSED", action: "case.autoClose" }, now));
      closed++;
    } catch (e) {
      if (!(e instanceof DomainError)) throw e; // moved meanwhile (cases.errors.stale): nothing to do
    }
  }
  return closed;
}
