import "server-only";
// Consent to the privacy statement (个人信息保护法第十四条: consent given on full information;
// 第十五条: it may be withdrawn). Every agreement and withdrawal is a ConsentRecord with the
// statement's version and the time; User.consentVersion holds the version last agreed to, so
// the page guard can tell with one read whether a signed-in user must be asked again.
// Withdrawal: the platform cannot serve real-name nominations without processing the real
// name and ID number, so withdrawing consent is closing the account (lib/data/account-closure.ts
// records the WITHDRAW); processing then stops except for keeping the signed records.
import type { Tx } from "../db/client";
import { transaction } from "../db/tx";
import { sessionAccount } from "./sign-in";
import { appendAudit } from "../audit/log";
import { requireUser, type Actor } from "../auth/actor";
import { consentIsCurrent, PRIVACY_VERSION } from "../privacy/version";
import { DomainError, NotFoundError } from "./errors";

export type ConsentAction = "AGREE" | "WITHDRAW";

/** Writes one consent record (inside the caller's transaction) and, for an agreement, the user's current version. */
export async function recordConsent(tx: Tx, userId: string, action: ConsentAction, at: Date = new Date(), version = PRIVACY_VERSION) {
  await tx.consentRecord.create({ data: { userId, version, action, at } });
  if (action === "AGREE") await tx.user.update({ where: { id: userId }, data: { consentVersion: version, consentAt: at } });
}

/** Whether this signed-in user must agree to the statement in force before anything else. */
export async function needsConsent(userId: string): Promise<boolean> {
  // The row the session's checks read for this request anyway (one read per request, not three).
  const u = await sessionAccount(userId);
  return !!u && u.status !== "CLOSED" && !consentIsCurrent(u.consentVersion);
}

/** The caller agrees to the statement version the page showed; it must be the one in force. */
export async function agreeToPrivacyStatement(actor: Actor | null, version: string, now: Date = new Date()): Promise<void> {
  const a = requireUser(actor);
  if (version !== PRIVACY_VERSION) throw new DomainError("rights.errors.staleVersion");
  await transaction(async (tx) => {
    const u = await tx.user.findUnique({ where: { id: a.id }, select: { consentVersion: true } });
    if (!u) throw new NotFoundError();
    if (consentIsCurrent(u.consentVersion)) return;
    await recordConsent(tx, a.id, "AGREE", now);
    await appendAudit(tx, {
      actor: a,
      action: "consent.agree",
      entityType: "User",
      entityId: a.id,
      before: { version: u.consentVersion },
      after: { version: PRIVACY_VERSION },
    });
  });
}
