import "server-only";
// 忘记密码 by SMS, only where a gateway is configured (lib/sms/gateway.ts): a six-digit code, valid
// 10 minutes, texted to the account's own phone; it is then used like a reviewer's code, with the
// phone, on the reset page (lib/data/password-reset.ts resetWithCode, whose tries are limited per
// phone and per address). Asking answers the same, in about the same time, for a phone that has
// no account. Requests are limited as the mailed link's are.
import { randomUUID } from "node:crypto";
import { db } from "../db/client";
import { transaction } from "../db/tx";
import { appendAudit } from "../audit/log";
import { catalogs } from "../../messages";
import { keyedHash } from "../security/crypto";
import { newSmsCode, resetExpiry, secretHashInput, RESET_TTL_MS } from "../security/reset-token";
import { asLocale, translate } from "../notifications/render";
import { sendSms, smsConfig, type SmsResult } from "../sms/gateway";
import { DomainError } from "./errors";
import { rateKeys, resetRequestsPerAccount, resetRequestsPerAddress, takeSlot } from "./rate-limits";

const FLOOR_MS = 600;

/** Whether the page offers SMS at all. */
export const smsResetAvailable = (env: NodeJS.ProcessEnv = process.env) => smsConfig(env) !== null;

/**
 * Texts a reset code to `phone` when it is an open account's. Returns nothing either way. The
 * gateway's answer is logged (status only) and does not change the answer: a person who gets no
 * text asks again or calls the department.
 */
export async function requestSmsCode(phone: string, ctx: { address: string }, now: Date = new Date()): Promise<void> {
  const config = smsConfig();
  if (!config) throw new DomainError("accountSecurity.errors.smsOff");
  const startedAt = Date.now();
  try {
    const user = await db().user.findUnique({ where: { phone }, select: { id: true, closedAt: true, locale: true } });
    await transaction(async (tx) => {
      await takeSlot(tx, rateKeys.resetRequestsAddress(ctx.address), resetRequestsPerAddress(), now);
      await takeSlot(tx, rateKeys.resetRequestsAccount(user ? user.id : keyedHash(`phone:${phone}`)), resetRequestsPerAccount(), now);
    });
    if (!user || user.closedAt) return;
    const code = newSmsCode();
    await transaction(async (tx) => {
      await tx.passwordReset.deleteMany({ where: { userId: user.id, kind: "SMS", usedAt: null } });
      await tx.passwordReset.create({
        data: {
          userId: user.id,
          kind: "SMS",
          tokenHash: keyedHash(secretHashInput("SMS", code)),
          expiresAt: resetExpiry("SMS", now),
          createdAt: now,
        },
        select: { id: true },
      });
      await appendAudit(tx, {
        actor: null,
        action: "auth.passwordResetRequested",
        entityType: "User",
        entityId: user.id,
        after: { channel: "SMS", address: ctx.address },
      });
    });
    const locale = asLocale(user.locale);
    const text = translate(locale, "accountSecurity.sms.text", {
      site: catalogs[locale].common.siteName,
      code,
      minutes: RESET_TTL_MS.SMS / 60_000,
    });
    const result: SmsResult = await sendSms(config, { to: phone, text, reference: randomUUID() });
    if (!result.ok) console.warn(`[openselect] sms: reset code not sent (${result.error})`);
  } finally {
    const left = FLOOR_MS - (Date.now() - startedAt);
    if (left > 0) await new Promise((r) => setTimeout(r, left));
  }
}
