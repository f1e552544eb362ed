import "server-only";
// Writes notifications inside the caller's transaction: the inbox row, and the mail to deliver
// (the outbox) when the user has an email address and has not turned this group's mail off.
// A change and its message commit together or not at all.
import { randomUUID } from "node:crypto";
import type { Tx } from "../db/client";
import { groupOf, type NotificationKind, type NotificationParams } from "../notifications/kinds";
import { renderMail } from "../notifications/mail";
import { asLocale } from "../notifications/render";
import { unsubscribeToken } from "../notifications/unsubscribe-token";

export interface NotifyEvent {
  userId: string;
  kind: NotificationKind;
  params?: NotificationParams;
  /** Where the user acts on it (a path on this site). */
  link?: string | null;
}

export async function notify(tx: Tx, events: NotifyEvent[], now: Date = new Date()): Promise<void> {
  if (events.length === 0) return;
  const userIds = [...new Set(events.map((e) => e.userId))];
  const [users, prefs] = await Promise.all([
    tx.user.findMany({ where: { id: { in: userIds } }, select: { id: true, email: true, locale: true } }),
    tx.notificationPreference.findMany({ where: { userId: { in: userIds }, email: false } }),
  ]);
  const byId = new Map(users.map((u) => [u.id, u]));
  const mailOff = new Set(prefs.map((p) => `${p.userId}:${p.group}`));
  const notifications = [];
  const mails = [];
  for (const e of events) {
    const user = byId.get(e.userId);
    if (!user) continue;
    const id = randomUUID();
    const params = e.params ?? {};
    notifications.push({ id, userId: e.userId, kind: e.kind, params: JSON.stringify(params), link: e.link ?? null, createdAt: now });
    const group = groupOf(e.kind);
    if (user.email && !mailOff.has(`${user.id}:${group}`)) {
      const mail = renderMail(asLocale(user.locale), e.kind, params, {
        link: e.link,
        unsubscribePath: `/unsubscribe/${unsubscribeToken(user.id, group)}`,
      });
      mails.push({ userId: user.id, notificationId: id, kind: e.kind, toAddress: user.email, ...mail, nextAttemptAt: now, createdAt: now });
    }
  }
  if (notifications.length) await tx.notification.createMany({ data: notifications });
  if (mails.length) await tx.mailMessage.createMany({ data: mails });
}
