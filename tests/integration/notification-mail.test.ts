// A notification's mail, from the change's transaction to the outbox: notify() writes one row
// per message (the inbox row, carrying the mail's address when there is a mail), and the delivery
// worker renders the mail into MailMessage — in the reader's language, with a working unsubscribe
// link — exactly once, however many renders run at once (lib/data/notification-mail.ts).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { db } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { notify, type NotifyEvent } from "@/lib/data/notify";
import { renderNotificationMail } from "@/lib/data/notification-mail";
import { mailOverview } from "@/lib/data/mail-outbox";
import { deliverDue } from "@/lib/notifications/worker";
import { createMailer } from "@/lib/notifications/transport";
import { readUnsubscribeToken } from "@/lib/notifications/unsubscribe-token";
import { siteUrl } from "@/lib/notifications/render";
import { makeUser } from "./support/users";
import { giveEmail, mailOff } from "./notifications-fixtures";

jest.setTimeout(60_000);

const FROM = { name: "干部选拔任用工作平台", address: "noreply@zzb.example.cn" };

beforeEach(async () => {
  // Earlier tests' waiting mails would be rendered along with this test's.
  await db().notification.updateMany({ where: { mailTo: { not: null } }, data: { mailTo: null } });
  await db().mailMessage.deleteMany();
});

async function send(events: NotifyEvent[], now = new Date()) {
  await transaction((tx) => notify(tx, events, now));
}

test("the change's transaction writes one row per message: the inbox row carries the address; the mail is rendered by the worker, once", async () => {
  const [mailable, none, off, english] = [await makeUser(), await makeUser(), await makeUser(), await makeUser()];
  const address = await giveEmail(mailable.id);
  await giveEmail(off.id);
  await mailOff(off.id, "nomination");
  await giveEmail(english.id, { locale: "en" });
  const at = new Date("2026-03-02T01:00:00Z");
  const event = (userId: string): NotifyEvent => ({
    userId,
    kind: "nomination.received",
    params: { receipt: "D20260302-ABCD1234" },
    link: "/account/nominations",
  });
  await send(
    [mailable, none, off, english].map((u) => event(u.id)),
    at,
  );

  const notes = await db().notification.findMany({ where: { userId: { in: [mailable.id, none.id, off.id, english.id] } } });
  expect(notes).toHaveLength(4);
  const mailTo = Object.fromEntries(notes.map((n) => [n.userId, n.mailTo]));
  expect(mailTo).toEqual({ [mailable.id]: address, [none.id]: null, [off.id]: null, [english.id]: expect.stringContaining("@") });
  expect(await db().mailMessage.count()).toBe(0); // nothing more in the change's transaction
  expect((await mailOverview(await makeUser({ role: "ADMIN" }))).PENDING).toBe(2); // but 待发送 for the administrator

  expect(await renderNotificationMail(100)).toBe(2);
  expect(await renderNotificationMail(100)).toBe(0); // rendered once
  const mails = await db().mailMessage.findMany({ orderBy: { toAddress: "asc" } });
  expect(mails).toHaveLength(2);
  const mine = mails.find((m) => m.userId === mailable.id)!;
  const note = notes.find((n) => n.userId === mailable.id)!;
  expect(mine).toMatchObject({
    notificationId: note.id,
    kind: "nomination.received",
    toAddress: address,
    subject: "【干部选拔任用工作平台】推荐已收到",
    status: "PENDING",
    attempts: 0,
    createdAt: at, // the event's time, not the render's
    nextAttemptAt: at, // due since then
  });
  expect(mine.text).toContain("D20260302-ABCD1234");
  expect(mine.text).toContain(`${siteUrl()}/account/nominations`);
  expect(mine.html).toContain("D20260302-ABCD1234");
  const token = /\/unsubscribe\/([A-Za-z0-9_~.-]+)/.exec(mine.text)![1];
  expect(readUnsubscribeToken(token)).toEqual({ userId: mailable.id, group: "nomination" });
  // The reader's language.
  const en = mails.find((m) => m.userId === english.id)!;
  expect(en.subject).not.toMatch(/[\u4e00-\u9fff]{2}/);
  expect(en.text).toContain("D20260302-ABCD1234");
  // Every row's address is cleared once its mail is in the outbox.
  expect(await db().notification.count({ where: { mailTo: { not: null } } })).toBe(0);
});

test("several renders at once (as several instances' workers run them): every mail written once", async () => {
  const users = await Promise.all(Array.from({ length: 60 }, () => makeUser()));
  await Promise.all(users.map((u, i) => giveEmail(u.id, { email: `many${i}-${u.id.slice(-6)}@example.cn` })));
  await send(users.map((u) => ({ userId: u.id, kind: "account.approved", link: "/account" })));
  const drain = async () => {
    let n = 0;
    for (let k; (k = await renderNotificationMail(7)) > 0;) n += k;
    return n;
  };
  const counts = await Promise.all([drain(), drain(), drain()]);
  expect(counts.reduce((a, b) => a + b, 0)).toBe(60);
  const rows = await db().mailMessage.findMany({ select: { notificationId: true } });
  expect(rows).toHaveLength(60);
  expect(new Set(rows.map((r) => r.notificationId)).size).toBe(60);
});

test("the database refuses a second mail for one notification", async () => {
  const u = await makeUser();
  await giveEmail(u.id);
  await send([{ userId: u.id, kind: "account.approved" }]);
  await renderNotificationMail(10);
  const mail = await db().mailMessage.findFirstOrThrow({ where: { userId: u.id } });
  const { id: _id, ...copy } = mail;
  await expect(db().mailMessage.create({ data: copy })).rejects.toMatchObject({ code: "P2002" });
});

test("the worker renders before it delivers: a notification's mail goes out in the same run (demo mode's .eml)", async () => {
  const u = await makeUser();
  await giveEmail(u.id, { email: "demo-reader@example.cn" });
  await send([{ userId: u.id, kind: "account.approved", link: "/account" }]);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "openselect-notification-mail-"));
  try {
    const c = await deliverDue({ mailer: createMailer({ kind: "files", dir, from: FROM }) });
    expect(c).toMatchObject({ claimed: 1, sent: 1 });
    const files = fs.readdirSync(dir);
    expect(files).toHaveLength(1);
    const eml = fs.readFileSync(path.join(dir, files[0]), "utf8");
    expect(eml).toContain("demo-reader@example.cn");
    expect(await db().mailMessage.findFirstOrThrow({ where: { userId: u.id } })).toMatchObject({ status: "SENT" });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
