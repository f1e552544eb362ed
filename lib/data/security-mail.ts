import "server-only";
// Mail about an account's security: the password-reset link, and "your password was changed".
// These always go, whatever the mail preferences say, and carry no unsubscribe link: a person
// who turned account mail off must still get the link they asked for, and must still hear that
// their password changed (the only sign of a takeover they may get). So instead of notify()
// (which asks the preferences, lib/data/notify.ts) the rendered mail is written straight into
// the outbox (MailMessage) in the caller's transaction, and the same delivery worker sends it
// with its retries. The words are the notification kinds' (messages/*/notifications.json).
//
// The reset link is mail only: no inbox row, so the secret never sits in the inbox table and the
// inbox is not cluttered with links that expire in 30 minutes. Its outbox copy is blanked once
// sent (blankSpentResetMail, run by the sessions job). The "password changed" notice
// also gets its inbox row, so the person sees it in 消息 too.
import type { Tx } from "../db/client";
import type { NotificationKind, NotificationParams } from "../notifications/kinds";
import { renderMail } from "../notifications/mail";
import { asLocale, translate } from "../notifications/render";

export interface SecurityMail {
  userId: string;
  kind: NotificationKind;
  params?: NotificationParams;
  /** Where the mail's button leads (a path on this site). */
  link?: string | null;
  /** Also an inbox row (消息), linked to this mail. */
  inbox?: boolean;
  /** The catalog key of the mail's button words, when 查看详情 does not say it. */
  actionKey?: string;
}

/** Writes the mail (when the account has an address) and the inbox row (when asked), in `tx`. */
export async function writeSecurityMail(tx: Tx, m: SecurityMail, now: Date = new Date()): Promise<{ mailed: boolean }> {
  const user = await tx.user.findUnique({ where: { id: m.userId }, select: { email: true, locale: true } });
  if (!user) return { mailed: false };
  const params = m.params ?? {};
  const notificationId = m.inbox
    ? (
        await tx.notification.create({
          data: { userId: m.userId, kind: m.kind, params: JSON.stringify(params), link: m.link ?? null, mailTo: null, createdAt: now },
          select: { id: true },
        })
      ).id
    : null;
  if (!user.email) return { mailed: false };
  const locale = asLocale(user.locale);
  const mail = renderMail(locale, m.kind, params, {
    link: m.link,
    unsubscribePath: null,
    actionLabel: m.actionKey ? translate(locale, m.actionKey) : undefined,
  });
  await tx.mailMessage.create({
    data: { userId: m.userId, notificationId, kind: m.kind, toAddress: user.email, ...mail, nextAttemptAt: now, createdAt: now },
    select: { id: true },
  });
  return { mailed: true };
}

/** The kind of the reset-link mail, whose outbox copy is blanked once it is of no use. */
export const RESET_LINK_KIND: NotificationKind = "security.passwordResetLink";

/**
 * Blanks the words of reset-link mails that were sent, or that are older than any link lives, so
 * the outbox does not keep working links: the mail's row stays (the administrator's delivery
 * view counts it) with its subject.
 */
export async function blankSpentResetMail(tx: Tx, now: Date, linkTtlMs: number): Promise<number> {
  const { count } = await tx.mailMessage.updateMany({
    where: {
      kind: RESET_LINK_KIND,
      text: { not: "" },
      // Sent; or failed for good with its link long dead (a mail still waiting is left to go).
      OR: [{ status: "SENT" }, { status: "FAILED", createdAt: { lt: new Date(now.getTime() - linkTtlMs) } }],
    },
    data: { text: "", html: "" },
  });
  return count;
}
