import "server-only";
// Writes notifications inside the caller's transaction: one inbox row per event, which also
// carries the mail's address (mailTo) when the user has an email address and has not turned
// this group's mail off. That row is the outbox entry: the worker renders the mail from it (in
// the reader's language, with the unsubscribe link) and moves it into MailMessage
// (lib/data/notification-mail.ts). A change and its message (and so its mail) commit together
// or not at all, and the change's transaction pays for no second row and no rendering.
import { randomUUID } from "node:crypto";
import type { Tx } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import { groupOf, type NotificationKind, type NotificationParams } from "../notifications/kinds";

export interface NotifyEvent {
  userId: string;
  kind: NotificationKind;
  params?: NotificationParams;
  /** Where the user acts on it (a path on this site). */
  link?: string | null;
}

export async function notify(tx: Tx, events: NotifyEvent[], now: Date = new Date()): Promise<void> {
  if (events.length === 0) return;
  if (events.length === 1) return notifyOne(tx, events[0], now);
  const userIds = [...new Set(events.map((e) => e.userId))];
  // One statement: each user's address with the groups whose mail they turned off (one row per
  // such group, or one row with none).
  const found = await tx.$queryRaw<{ id: string; email: string | null; off: string | null }[]>(Prisma.sql`
    SELECT u."id", u."email", p."group" AS "off"
    FROM "User" u
    LEFT JOIN "NotificationPreference" p ON p."userId" = u."id" AND NOT p."email" AND u."email" IS NOT NULL
    WHERE u."id" IN (${Prisma.join(userIds)})`);
  const byId = new Map(found.map((u) => [u.id, u]));
  const mailOff = new Set(found.filter((u) => u.off).map((u) => `${u.id}:${u.off}`));
  const rows = [];
  for (const e of events) {
    const user = byId.get(e.userId);
    if (!user) continue;
    const mailTo = user.email && !mailOff.has(`${user.id}:${groupOf(e.kind)}`) ? user.email : null;
    rows.push({
      id: randomUUID(),
      userId: e.userId,
      kind: e.kind,
      params: JSON.stringify(e.params ?? {}),
      link: e.link ?? null,
      mailTo,
      createdAt: now,
    });
  }
  if (rows.length) await tx.notification.createMany({ data: rows });
}

/**
 * One event (most writes tell one person): the address, the mail-off check and the insert in
 * one statement, a round trip less than the read-then-insert above, with the same outcome.
 */
async function notifyOne(tx: Tx, e: NotifyEvent, now: Date): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "Notification" ("id", "userId", "kind", "params", "link", "mailTo", "createdAt")
    SELECT ${randomUUID()}, u."id", ${e.kind}, ${JSON.stringify(e.params ?? {})}, ${e.link ?? null},
      CASE WHEN u."email" IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM "NotificationPreference" p WHERE p."userId" = u."id" AND p."group" = ${groupOf(e.kind)} AND NOT p."email"
      ) THEN u."email" END,
      ${now}
    FROM "User" u WHERE u."id" = ${e.userId}`;
}
