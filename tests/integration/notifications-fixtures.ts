// Helpers for the notification tests: give a user an email address and a language, read their
// inbox and outbox, turn a group's mail off, and make the database refuse one kind of mail (a
// trigger), so a change can be made to fail after its notification rows were written.
import { db, isPostgres } from "@/lib/db/client";

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

export const outbox = (userId: string, kind?: string) =>
  db().mailMessage.findMany({ where: { userId, ...(kind ? { kind } : {}) }, orderBy: { createdAt: "asc" } });

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
 * Makes every insert of a MailMessage of `kind` fail (the last write of notify()), so the
 * transaction around it rolls back after its change and its inbox row were written. Returns
 * the function that removes the trigger.
 */
export async function failMailOf(kind: string): Promise<() => Promise<void>> {
  const name = `fail_mail_${++triggers}`;
  const quoted = kind.replaceAll("'", "''");
  if (isPostgres()) {
    await db().$executeRawUnsafe(
      `CREATE FUNCTION ${name}() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'forced failure'; END $$ LANGUAGE plpgsql`,
    );
    await db().$executeRawUnsafe(
      `CREATE TRIGGER ${name} BEFORE INSERT ON "MailMessage" FOR EACH ROW WHEN (NEW."kind" = '${quoted}') EXECUTE FUNCTION ${name}()`,
    );
    return async () => {
      await db().$executeRawUnsafe(`DROP TRIGGER ${name} ON "MailMessage"`);
      await db().$executeRawUnsafe(`DROP FUNCTION ${name}()`);
    };
  }
  await db().$executeRawUnsafe(
    `CREATE TRIGGER ${name} BEFORE INSERT ON "MailMessage" WHEN NEW."kind" = '${quoted}' BEGIN SELECT RAISE(ABORT, 'forced failure'); END`,
  );
  return async () => {
    await db().$executeRawUnsafe(`DROP TRIGGER ${name}`);
  };
}
