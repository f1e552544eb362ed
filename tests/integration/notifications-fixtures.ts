// Helpers for the notification tests: give a user an email address and a language, read their
// inbox and outbox (rendering the waiting mails first, as the worker does), turn a group's mail
// off, and make the database refuse one kind of mail (a trigger), so a change can be made to fail
// after its notification rows were written.
import { db, isPostgres } from "@/lib/db/client";
import { renderNotificationMail } from "@/lib/data/notification-mail";

export async function giveEmail(userId: string, opts: { locale?: "zh-CN" | "en"; email?: string } = {}): Promise<string> {
  const email = opts.email ?? `u${userId.slice(-10)}@example.cn`;
  await db().user.update({ where: { id: userId }, data: { email, locale: opts.locale ?? "zh-CN" } });
  return email;
}

export async function mailOff(userId: string, group: string): Promise<void> {
  await db().notificationPreference.create({ data: { userId, group, email: false } });
}

export const inbox = (userId: string, kind?: string) =>
  db().notification.findMany({ where: { userId, ...(kind ? { kind } : {}) }, orderBy: { createdAt: "asc" } });

/** What the delivery worker does first: every waiting notification's mail rendered into the outbox. */
export async function renderWaitingMail(): Promise<number> {
  let total = 0;
  for (let n; (n = await renderNotificationMail(500)) > 0;) total += n;
  return total;
}

/** The user's mails, once the worker has rendered those waiting. */
export async function outbox(userId: string, kind?: string) {
  await renderWaitingMail();
  return db().mailMessage.findMany({ where: { userId, ...(kind ? { kind } : {}) }, orderBy: { createdAt: "asc" } });
}

/** Exactly one inbox row of `kind` for the user, and exactly `mails` (0 or 1) mail of it; returns them. */
export async function expectOne(userId: string, kind: string, mails: 0 | 1) {
  const notes = await inbox(userId, kind);
  const sent = await outbox(userId, kind);
  expect([kind, notes.length, sent.length]).toEqual([kind, 1, mails]);
  if (mails) expect(sent[0].notificationId).toBe(notes[0].id);
  return { note: notes[0], params: JSON.parse(notes[0].params) as Record<string, string | number>, mail: sent[0] };
}

let triggers = 0;

/**
 * Makes the database refuse the mail of `kind`: every insert of a notification of that kind that
 * carries a mail address (the last write of notify(), after the change), and of a MailMessage of
 * that kind (the digest's), so the transaction around it rolls back after its change was
 * written. Returns the function that removes the triggers.
 */
export async function failMailOf(kind: string): Promise<() => Promise<void>> {
  const name = `fail_mail_${++triggers}`;
  const quoted = kind.replaceAll("'", "''");
  const on = [
    ["MailMessage", `NEW."kind" = '${quoted}'`],
    ["Notification", `NEW."kind" = '${quoted}' AND NEW."mailTo" IS NOT NULL`],
  ] as const;
  if (isPostgres()) {
    await db().$executeRawUnsafe(
      `CREATE FUNCTION ${name}() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'forced failure'; END $$ LANGUAGE plpgsql`,
    );
    for (const [table, when] of on)
      await db().$executeRawUnsafe(
        `CREATE TRIGGER ${name} AFTER INSERT ON "${table}" FOR EACH ROW WHEN (${when}) EXECUTE FUNCTION ${name}()`,
      );
    return async () => {
      for (const [table] of on) await db().$executeRawUnsafe(`DROP TRIGGER ${name} ON "${table}"`);
      await db().$executeRawUnsafe(`DROP FUNCTION ${name}()`);
    };
  }
  for (const [table, when] of on)
    await db().$executeRawUnsafe(
      `CREATE TRIGGER ${name}_${table} AFTER INSERT ON "${table}" WHEN ${when} BEGIN SELECT RAISE(ABORT, 'forced failure'); END`,
    );
  return async () => {
    for (const [table] of on) await db().$executeRawUnsafe(`DROP TRIGGER ${name}_${table}`);
  };
}
