import "server-only";
// The second half of the outbox: a notification committed with a mail address (Notification.mailTo,
// written by notify() in the change's own transaction) becomes a rendered mail in MailMessage
// here, in the delivery worker, before each batch is claimed. Rendering (the reader's language,
// the unsubscribe link's signed token) is done here rather than in the change's transaction,
// which so pays for one row per message and no more.
//
// Exactly one mail per notification, on any number of instances: the transaction that writes a
// notification's mail is the one that clears its mailTo, and it writes the mail only for the rows
// whose mailTo it cleared (an UPDATE … WHERE "mailTo" IS NOT NULL: a second worker's UPDATE waits
// for the first's commit and then matches nothing); MailMessage.notificationId is unique besides.
//   - PostgreSQL: the batch is picked with `FOR UPDATE SKIP LOCKED`, so instances take disjoint
//     batches without waiting on each other, and rendered inside the transaction.
//   - SQLite: one writer; the batch is read and rendered before the write lock is taken, so the
//     lock is held for two statements, not for the rendering.
// A worker that dies mid-way rolls its transaction back: the notifications still carry mailTo and
// are rendered on the next run. Nothing is lost and nothing doubled.
import { db, isPostgres, type Tx } from "../db/client";
import { transaction } from "../db/tx";
import { groupOf, isNotificationKind } from "../notifications/kinds";
import { renderMail } from "../notifications/mail";
import { asLocale, parseParams } from "../notifications/render";
import { unsubscribeToken } from "../notifications/unsubscribe-token";

/** Notifications whose mail waits to be rendered (the index on mailTo serves `> ''`). */
const waiting = { mailTo: { gt: "" } } as const;

const pendingSelect = {
  id: true,
  userId: true,
  kind: true,
  params: true,
  link: true,
  mailTo: true,
  createdAt: true,
  user: { select: { locale: true } },
} as const;

type Pending = {
  id: string;
  userId: string;
  kind: string;
  params: string;
  link: string | null;
  mailTo: string | null;
  createdAt: Date;
  user: { locale: string };
};

/**
 * A notification's outbox row: its mail in the reader's language (now), due since the event. A
 * render that throws (a missing secret) throws the whole run: the mails wait for the next one.
 */
function mailOf(n: Pending) {
  const group = isNotificationKind(n.kind) ? groupOf(n.kind) : "account";
  const mail = renderMail(asLocale(n.user.locale), n.kind, parseParams(n.params), {
    link: n.link,
    unsubscribePath: `/unsubscribe/${unsubscribeToken(n.userId, group)}`,
  });
  return {
    userId: n.userId,
    notificationId: n.id,
    kind: n.kind,
    toAddress: n.mailTo!,
    ...mail,
    nextAttemptAt: n.createdAt,
    createdAt: n.createdAt,
  };
}

/** Writes the mails of the rows whose mailTo this transaction clears (none already cleared by another). */
async function writeMails(tx: Tx, ids: string[], mails: Map<string, ReturnType<typeof mailOf>>): Promise<number> {
  const won = await tx.notification.updateManyAndReturn({
    where: { id: { in: ids }, mailTo: { not: null } },
    data: { mailTo: null },
    select: { id: true },
  });
  if (won.length) await tx.mailMessage.createMany({ data: won.map((w) => mails.get(w.id)!) });
  return won.length;
}

/** Renders up to `limit` waiting notifications' mails into the outbox; returns how many. */
export async function renderNotificationMail(limit: number): Promise<number> {
  if (isPostgres()) {
    return transaction(async (tx) => {
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "Notification" WHERE "mailTo" > '' ORDER BY "createdAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
      if (locked.length === 0) return 0;
      const ids = locked.map((r) => r.id);
      const pending = await tx.notification.findMany({ where: { id: { in: ids } }, select: pendingSelect });
      return writeMails(tx, ids, new Map(pending.map((n) => [n.id, mailOf(n)])));
    });
  }
  // Another process may write the same batch first (tests run two workers on one file): read
  // again, past what it took.
  for (let tries = 0; tries < 5; tries++) {
    const pending = await db().notification.findMany({ where: waiting, select: pendingSelect, orderBy: { createdAt: "asc" }, take: limit });
    if (pending.length === 0) return 0;
    const mails = new Map(pending.map((n) => [n.id, mailOf(n)]));
    const won = await transaction((tx) => writeMails(tx, [...mails.keys()], mails));
    if (won > 0) return won;
  }
  return 0;
}

/** How many notifications' mails wait to be rendered (they count as 待发送 for the administrator). */
export async function waitingNotificationMail(): Promise<number> {
  return db().notification.count({ where: waiting });
}
