// Delivery of the mail outbox through a real SMTP server on a loopback port (smtp-server), the
// mail read back with mailparser: what arrives (subject, recipient, Chinese text, the link,
// nothing confidential), retries with backoff up to 发送失败 with the server's answer for the
// administrator, a lease that ran out, the fencing of a lost lease, and demo mode's .eml files.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import { db } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { notify } from "@/lib/data/notify";
import { claimDueMail, listFailedMail, mailOverview, markMailSent, retryAllFailedMail, retryFailedMail } from "@/lib/data/mail-outbox";
import { deliverDue } from "@/lib/notifications/worker";
import { createMailer, messageIdFor, type Mailer } from "@/lib/notifications/transport";
import type { MailTarget } from "@/lib/notifications/mail-settings";
import { siteUrl } from "@/lib/notifications/render";
import { AuthzError } from "@/lib/auth/actor";
import { makeUser } from "./support/users";
import { startSmtpSink, type SmtpSink } from "./support/smtp-sink";
import { renderWaitingMail } from "./notifications-fixtures";

// A real SMTP server and mail parsing: more than Jest's 5 s default on a busy shared machine.
jest.setTimeout(30_000);

const FROM = { name: "干部选拔任用工作平台", address: "noreply@zzb.example.cn" };
const smtpTarget = (port: number): MailTarget => ({ kind: "smtp", smtp: { host: "127.0.0.1", port, secure: false }, from: FROM });
const LEASE = 60_000;

let sink: SmtpSink;
let mailer: Mailer;
const refused = new Set<string>();

beforeAll(async () => {
  sink = await startSmtpSink({ refuse: (a) => (refused.has(a) ? "550 5.1.1 mailbox unavailable" : null) });
  mailer = createMailer(smtpTarget(sink.port), { budgetMs: 5_000 });
});
afterAll(async () => {
  mailer.close();
  await sink.close();
});
beforeEach(async () => {
  await db().mailMessage.deleteMany();
  sink.received.length = 0;
  refused.clear();
});

/** A nominator with a mail address; returns the actor and their ID number and phone. */
async function nominatorWithMail(email: string) {
  const u = await makeUser({ realName: "林海燕" });
  await db().user.update({ where: { id: u.id }, data: { email } });
  return u;
}

/** Writes one notification in a transaction, as the events do, and its mail as the worker renders it. */
async function queue(userId: string, kind: "account.approved" | "nomination.rejected", params = {}, link = "/account") {
  await transaction((tx) => notify(tx, [{ userId, kind, params, link }]));
  await renderWaitingMail();
  return db().mailMessage.findFirstOrThrow({ where: { userId }, orderBy: { createdAt: "desc" } });
}

const at = (ms: number) => () => new Date(Date.now() + ms);

test("a queued mail arrives: subject, recipient, Chinese text, the link, multipart, its Message-ID; nothing confidential", async () => {
  const u = await nominatorWithMail("linhy@example.cn");
  const reason = "推荐材料中任职经历与档案记载不一致";
  const row = await queue(u.id, "nomination.rejected", { receipt: "TX-2026-000123", reason }, "/account/nominations");

  const counts = await deliverDue({ mailer, leaseMs: LEASE });
  expect(counts).toMatchObject({ claimed: 1, sent: 1, retrying: 0, failed: 0 });
  expect(sink.received).toHaveLength(1);
  const got = sink.received[0];
  expect(got.to).toEqual(["linhy@example.cn"]);
  expect(got.messageId).toBe(messageIdFor(row.id, FROM.address));

  const mail = await sink.parse(got);
  expect(mail.subject).toBe("【干部选拔任用工作平台】推荐未被采纳");
  expect(mail.subject).not.toContain(reason); // no reasons in the subject
  expect(mail.from?.value).toEqual([{ name: "干部选拔任用工作平台", address: "noreply@zzb.example.cn" }]);
  expect(mail.text).toContain("您提交的推荐（回执编号 TX-2026-000123）未被采纳");
  expect(mail.text).toContain(`${siteUrl()}/account/nominations`);
  expect(mail.html).toContain(`href="${siteUrl()}/account/nominations"`);
  expect(mail.html).toContain("推荐未被采纳");
  expect(mail.headers.get("list")).toMatchObject({ unsubscribe: { url: expect.stringMatching(/^https?:\/\/.+\/unsubscribe\/./) } });
  expect(mail.headers.get("auto-submitted")).toBe("auto-generated");

  // Nothing confidential anywhere in the mail, decoded or raw: not the ID number (whole or
  // masked), not the phone number.
  const everything = [mail.subject, mail.text, mail.html, got.raw.toString("utf8"), JSON.stringify([...mail.headers])].join("\n");
  const user = await db().user.findUniqueOrThrow({ where: { id: u.id }, select: { idMasked: true } });
  for (const secret of [u.idNumber, u.idNumber.slice(6, 14), user.idMasked, u.phone]) expect(everything).not.toContain(secret);

  const after = await db().mailMessage.findUniqueOrThrow({ where: { id: row.id } });
  expect(after).toMatchObject({ status: "SENT", attempts: 1, lockedUntil: null, lastError: null });
  expect(after.sentAt).toBeInstanceOf(Date);

  // Sent once: another run finds nothing to do.
  expect(await deliverDue({ mailer, leaseMs: LEASE })).toMatchObject({ claimed: 0, sent: 0 });
  expect(sink.received).toHaveLength(1);
});

test("a 5xx answer: tried again with backoff, 发送失败 after the last try with the server's answer; the administrator sends it again", async () => {
  const u = await nominatorWithMail("bounce@example.cn");
  refused.add("bounce@example.cn");
  const row = await queue(u.id, "account.approved");
  const max = 3;

  const t0 = Date.now();
  let c = await deliverDue({ mailer, leaseMs: LEASE, maxAttempts: max });
  expect(c).toMatchObject({ claimed: 1, sent: 0, retrying: 1 });
  let r = await db().mailMessage.findUniqueOrThrow({ where: { id: row.id } });
  expect(r).toMatchObject({ status: "PENDING", attempts: 1, lockedUntil: null });
  expect(r.lastError).toMatch(/550 5\.1\.1 mailbox unavailable/);
  // The next try waits 30 s: nothing is due before then.
  expect(r.nextAttemptAt.getTime() - t0).toBeGreaterThanOrEqual(29_000);
  expect(r.nextAttemptAt.getTime() - t0).toBeLessThan(40_000);
  expect(await deliverDue({ mailer, leaseMs: LEASE, maxAttempts: max, clock: at(20_000) })).toMatchObject({ claimed: 0 });

  c = await deliverDue({ mailer, leaseMs: LEASE, maxAttempts: max, clock: at(31_000) });
  expect(c).toMatchObject({ claimed: 1, retrying: 1 });
  r = await db().mailMessage.findUniqueOrThrow({ where: { id: row.id } });
  expect(r.attempts).toBe(2);
  // Second wait: 2 minutes after the second try.
  expect(r.nextAttemptAt.getTime() - (t0 + 31_000)).toBeGreaterThanOrEqual(119_000);

  c = await deliverDue({ mailer, leaseMs: LEASE, maxAttempts: max, clock: at(31_000 + 121_000) });
  expect(c).toMatchObject({ claimed: 1, failed: 1 });
  r = await db().mailMessage.findUniqueOrThrow({ where: { id: row.id } });
  expect(r).toMatchObject({ status: "FAILED", attempts: 3 });
  expect(sink.received).toHaveLength(0);
  // Failed stays failed, however late.
  expect(await deliverDue({ mailer, leaseMs: LEASE, maxAttempts: max, clock: at(86_400_000) })).toMatchObject({ claimed: 0 });

  // The administrator's console: the mail, for whom, and the server's answer; reviewers may not look.
  const admin = await makeUser({ role: "ADMIN", realName: "管理员丙" });
  const reviewer = await makeUser({ role: "REVIEWER", realName: "审核员丙" });
  const list = await listFailedMail(admin, 1, "zh-CN");
  expect(list.total).toBe(1);
  expect(list.rows[0]).toMatchObject({
    recipientName: "林海燕",
    toAddress: "bounce@example.cn",
    title: "实名注册已通过审核",
    attempts: 3,
    lastError: expect.stringContaining("550 5.1.1 mailbox unavailable"),
  });
  expect(await mailOverview(admin)).toMatchObject({ FAILED: 1, SENT: 0 });
  await expect(listFailedMail(reviewer, 1, "zh-CN")).rejects.toBeInstanceOf(AuthzError);
  await expect(retryFailedMail(reviewer, row.id)).rejects.toBeInstanceOf(AuthzError);

  // Sent again once the address works: a new round of tries, from now.
  refused.clear();
  await retryFailedMail(admin, row.id);
  r = await db().mailMessage.findUniqueOrThrow({ where: { id: row.id } });
  expect(r).toMatchObject({ status: "PENDING", attempts: 0 });
  await expect(retryFailedMail(admin, row.id)).rejects.toMatchObject({ messageKey: "mailAdmin.notFailed" });
  expect(await deliverDue({ mailer, leaseMs: LEASE, maxAttempts: max })).toMatchObject({ sent: 1 });
  expect(sink.received.map((m) => m.messageId)).toEqual([messageIdFor(row.id, FROM.address)]);
  const audit = await db().auditLog.findFirstOrThrow({ where: { action: "mail.retry" } });
  expect(audit).toMatchObject({ actorId: admin.id, entityId: row.id });
});

test("the server is down: the connection error is kept, the mail waits for its next try; retry-all brings every failed mail back", async () => {
  const u = await nominatorWithMail("down@example.cn");
  const row = await queue(u.id, "account.approved");
  // A port nobody listens on: take a free one and close it.
  const closed = await startSmtpSink();
  await closed.close();
  const down = createMailer(smtpTarget(closed.port), { budgetMs: 2_000 });
  try {
    expect(await deliverDue({ mailer: down, leaseMs: LEASE, maxAttempts: 1 })).toMatchObject({ claimed: 1, failed: 1 });
  } finally {
    down.close();
  }
  const r = await db().mailMessage.findUniqueOrThrow({ where: { id: row.id } });
  expect(r.status).toBe("FAILED");
  expect(r.lastError).toMatch(/ECONNREFUSED/);

  const admin = await makeUser({ role: "ADMIN" });
  expect(await retryAllFailedMail(admin)).toBe(1);
  expect(await deliverDue({ mailer, leaseMs: LEASE })).toMatchObject({ sent: 1 });
});

test("a worker that died holding mail: nobody sends it while its lease holds; after the lease it is sent once", async () => {
  const u = await nominatorWithMail("lease@example.cn");
  const row = await queue(u.id, "account.approved");
  // The dead worker's claim.
  const [dead] = await claimDueMail(new Date(), { limit: 10, leaseMs: LEASE, maxAttempts: 6 });
  expect(dead).toMatchObject({ id: row.id, attempts: 1 });

  expect(await deliverDue({ mailer, leaseMs: LEASE })).toMatchObject({ claimed: 0 });
  const c = await deliverDue({ mailer, leaseMs: LEASE, clock: at(LEASE + 1_000) });
  expect(c).toMatchObject({ claimed: 1, sent: 1 });
  expect(sink.received).toHaveLength(1);
  expect(await db().mailMessage.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "SENT", attempts: 2 });

  // Had the dead worker come back and finished, its result is fenced out: the row is someone else's.
  expect(await markMailSent(dead, new Date())).toBe(false);
});

test("a mail whose sender died on every try ends 发送失败, not in an endless loop", async () => {
  const u = await nominatorWithMail("poison@example.cn");
  const row = await queue(u.id, "account.approved");
  let now = Date.now();
  for (let i = 1; i <= 3; i++) {
    const claimed = await claimDueMail(new Date(now), { limit: 10, leaseMs: LEASE, maxAttempts: 3 });
    expect(claimed.map((m) => m.attempts)).toEqual([i]);
    now += LEASE + 1;
  }
  expect(await claimDueMail(new Date(now), { limit: 10, leaseMs: LEASE, maxAttempts: 3 })).toEqual([]);
  const r = await db().mailMessage.findUniqueOrThrow({ where: { id: row.id } });
  expect(r.status).toBe("FAILED");
  expect(r.lastError).toMatch(/interrupted/);
});

test("a claim too close to the end of its lease is handed back unsent, its try not counted", async () => {
  const u = await nominatorWithMail("late@example.cn");
  const row = await queue(u.id, "account.approved");
  // The clock jumps past most of the lease between the claim and the send.
  let calls = 0;
  const clock = () => new Date(Date.now() + (calls++ === 0 ? 0 : 50_000));
  const c = await deliverDue({ mailer, leaseMs: LEASE, clock });
  expect(c).toMatchObject({ claimed: 1, released: 1, sent: 0 });
  expect(sink.received).toHaveLength(0);
  expect(await db().mailMessage.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: "PENDING", attempts: 0 });
  expect(await deliverDue({ mailer, leaseMs: LEASE })).toMatchObject({ sent: 1 });
});

test("demo mode: no SMTP server, each mail is an .eml file under the mail folder, written once per mail", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "openselect-mail-"));
  const files = createMailer({ kind: "files", dir, from: FROM });
  try {
    const u = await nominatorWithMail("demo@example.cn");
    const row = await queue(u.id, "account.approved");
    expect(await deliverDue({ mailer: files, leaseMs: LEASE })).toMatchObject({ sent: 1 });
    const written = fs.readdirSync(dir);
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(new RegExp(`^\\d{8}T\\d{6}Z-${row.id}\\.eml$`));
    const mail = await simpleParser(fs.readFileSync(path.join(dir, written[0])));
    expect(mail.subject).toBe("【干部选拔任用工作平台】实名注册已通过审核");
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.text : "").toBe("demo@example.cn");
    expect(mail.text).toContain("您的实名账户已通过审核");
    expect(mail.html).toContain("实名注册已通过审核");
    expect(mail.messageId).toBe(messageIdFor(row.id, FROM.address));

    // The same mail written again (a crash before 已发送) is the same file, not a second one.
    await files.send({ ...row, createdAt: row.createdAt });
    expect(fs.readdirSync(dir)).toHaveLength(1);
  } finally {
    files.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
