// 忘记密码 against a real database and a real SMTP server on a loopback port: the reset link
// mailed through the outbox and read back with mailparser, followed to set a new password; a link
// used twice, an expired one; the same answer for an account that does not exist; the mail goes
// even with account mail turned off; the reviewer's reset code (audited, once, never for one's own
// or a staff account). Every reset ends all of the account's sessions.
import "./support/action-mocks";
import { setCaller, newClientAddress } from "./support/action-mocks";
import { db } from "@/lib/db/client";
import { requestResetLink, resetWithLink, sweepPasswordResets } from "@/lib/data/password-reset";
import { deliverDue } from "@/lib/notifications/worker";
import { createMailer, type Mailer } from "@/lib/notifications/transport";
import type { MailTarget } from "@/lib/notifications/mail-settings";
import { siteUrl } from "@/lib/notifications/render";
import { actorFromSession } from "@/lib/auth/session";
import { requestResetLinkAction } from "@/app/[locale]/(public)/forgot-password/actions";
import { resetWithCodeAction, resetWithLinkAction } from "@/app/[locale]/(public)/reset-password/actions";
import { issueResetCodeAction } from "@/app/[locale]/(admin)/admin/registrations/[id]/reset-code/actions";
import { Browser } from "./support/auth-flow";
import { solvedChallenge } from "./support/challenge";
import { callAction, formData, type ActionResult } from "./support/call-action";
import { FIXTURE_PASSWORD, makeUser } from "./support/users";
import { startSmtpSink, type SmtpSink } from "./support/smtp-sink";

jest.setTimeout(60_000);

const FROM = { name: "干部选拔任用工作平台", address: "noreply@zzb.example.cn" };
const NEW_PASSWORD = "Haidao-Qingfeng-2026";

let sink: SmtpSink;
let mailer: Mailer;

beforeAll(async () => {
  sink = await startSmtpSink();
  const target: MailTarget = { kind: "smtp", smtp: { host: "127.0.0.1", port: sink.port, secure: false }, from: FROM };
  mailer = createMailer(target, { budgetMs: 5_000 });
});
afterAll(async () => {
  mailer.close();
  await sink.close();
});
beforeEach(async () => {
  // Each test sends from a new address (the per-address limits), and starts with an empty outbox.
  newClientAddress();
  setCaller(null);
  await db().mailMessage.deleteMany();
  sink.received.length = 0;
});

async function userWithMail(email: string | null, opts: Parameters<typeof makeUser>[0] = {}) {
  const u = await makeUser({ realName: "林海燕", ...opts });
  if (email) await db().user.update({ where: { id: u.id }, data: { email } });
  return u;
}

async function state(fn: unknown, fields: Record<string, string>): Promise<ActionResult> {
  const out = await callAction(fn as (...a: unknown[]) => Promise<unknown>, [{}, formData(fields)]);
  if (out.kind !== "returned") throw new Error(`expected a state, got ${out.kind}`);
  return out.state;
}

const askForLink = async (identifier: string) => state(requestResetLinkAction, { identifier, altcha: await solvedChallenge() });
const useLink = (token: string, password = NEW_PASSWORD) => state(resetWithLinkAction, { token, password, confirmPassword: password });

async function signedIn(phone: string, password = FIXTURE_PASSWORD) {
  const b = new Browser(newClientAddress());
  expect((await b.signIn(phone, password)).ok).toBe(true);
  return b;
}

/** The link's token from a delivered mail, read as a person's mail program would. */
const tokenIn = (text: string) => /\/reset-password\?token=([A-Za-z0-9_-]+)/.exec(text)?.[1] ?? null;

test("reset by email: the link arrives through SMTP, sets the new password once, ends every session, is audited, and the person is told", async () => {
  const u = await userWithMail("linhy@example.cn");
  const laptop = await signedIn(u.phone);

  const answer = await askForLink(u.phone);
  expect(answer).toMatchObject({ ok: true, message: "accountSecurity.forgot.sent", messageValues: { minutes: 30 } });
  expect(await deliverDue({ mailer })).toMatchObject({ sent: 1 });
  expect(sink.received).toHaveLength(1);
  expect(sink.received[0].to).toEqual(["linhy@example.cn"]);
  const mail = await sink.parse(sink.received[0]);
  expect(mail.subject).toBe("【干部选拔任用工作平台】重置登录密码");
  expect(mail.text).toContain("请在 30 分钟内打开下面的链接设置新密码");
  // No way to turn this mail off: no unsubscribe link, no List-Unsubscribe header.
  expect(mail.text).not.toContain("/unsubscribe/");
  expect(mail.headers.get("list")).toBeUndefined();
  const token = tokenIn(mail.text ?? "")!;
  expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(mail.text).toContain(`设置新密码：${siteUrl()}/reset-password?token=${token}`);

  // Only a hash is stored: the token is in no reset row, and the link mail has no inbox row.
  const rows = await db().passwordReset.findMany({ where: { userId: u.id } });
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ kind: "EMAIL", usedAt: null });
  expect(JSON.stringify(rows)).not.toContain(token);
  expect(await db().notification.count({ where: { userId: u.id, kind: "security.passwordResetLink" } })).toBe(0);
  // Sent: the sweep blanks the outbox copy, so the database keeps no working link.
  await sweepPasswordResets();
  expect((await db().mailMessage.findFirstOrThrow({ where: { userId: u.id, kind: "security.passwordResetLink" } })).text).toBe("");

  // Following the link sets the password.
  expect(await useLink(token)).toMatchObject({ ok: true, message: "accountSecurity.reset.done" });
  expect(await laptop.session()).toEqual({});
  expect((await new Browser(newClientAddress()).signIn(u.phone, FIXTURE_PASSWORD)).ok).toBe(false);
  expect((await new Browser(newClientAddress()).signIn(u.phone, NEW_PASSWORD)).ok).toBe(true);

  const log = await db().auditLog.findMany({
    where: { entityId: u.id, action: { startsWith: "auth.passwordReset" } },
    orderBy: { id: "asc" },
  });
  expect(log.map((e) => e.action)).toEqual(["auth.passwordResetRequested", "auth.passwordReset"]);
  expect(log[1].actorId).toBe(u.id);
  expect(JSON.stringify(log)).not.toContain(token);
  expect(JSON.stringify(log)).not.toContain(NEW_PASSWORD);

  // Told in 消息 and by mail.
  expect(await db().notification.count({ where: { userId: u.id, kind: "security.passwordChanged" } })).toBe(1);
  await deliverDue({ mailer });
  const told = await sink.parse(sink.received[1]);
  expect(told.subject).toBe("【干部选拔任用工作平台】登录密码已修改");
  expect(told.text).toContain("通过找回密码重新设置");
});

test("a reset link used twice is refused the second time", async () => {
  const u = await userWithMail("twice@example.cn");
  await askForLink(u.phone);
  const text = (await db().mailMessage.findFirstOrThrow({ where: { userId: u.id } })).text;
  const token = tokenIn(text)!;
  expect(await useLink(token)).toMatchObject({ ok: true });
  const second = await useLink(token, "Another-Password-77");
  expect(second).toMatchObject({ message: "accountSecurity.errors.invalidLink" });
  expect(second.ok).toBeUndefined();
  expect((await new Browser(newClientAddress()).signIn(u.phone, NEW_PASSWORD)).ok).toBe(true);
  expect((await new Browser(newClientAddress()).signIn(u.phone, "Another-Password-77")).ok).toBe(false);
});

test("an expired link is refused; a newer link replaces the older one", async () => {
  const u = await userWithMail("late@example.cn");
  const issued = new Date(Date.now() - 31 * 60_000);
  await requestResetLink(u.phone, { address: "198.51.100.7" }, issued);
  const old = tokenIn((await db().mailMessage.findFirstOrThrow({ where: { userId: u.id } })).text)!;
  await expect(resetWithLink(old, NEW_PASSWORD, { address: "198.51.100.7" })).rejects.toMatchObject({
    messageKey: "accountSecurity.errors.invalidLink",
  });
  // Still inside its 30 minutes, but a newer link was asked for since: only the newest works.
  const t0 = new Date();
  await requestResetLink(u.phone, { address: "198.51.100.7" }, t0);
  const first = tokenIn((await db().mailMessage.findFirstOrThrow({ where: { userId: u.id }, orderBy: { createdAt: "desc" } })).text)!;
  await requestResetLink(u.phone, { address: "198.51.100.7" }, new Date(t0.getTime() + 1000));
  const newest = tokenIn((await db().mailMessage.findFirstOrThrow({ where: { userId: u.id }, orderBy: { createdAt: "desc" } })).text)!;
  expect(newest).not.toBe(first);
  expect(await useLink(first)).toMatchObject({ message: "accountSecurity.errors.invalidLink" });
  expect(await useLink(newest)).toMatchObject({ ok: true });
});

test("the page answers the same for an unknown account, one without email, and one with; only the last gets mail", async () => {
  const withMail = await userWithMail("known@example.cn");
  const withoutMail = await userWithMail(null);
  const answers: ActionResult[] = [];
  const times: number[] = [];
  for (const identifier of ["13000000123", withoutMail.phone, withMail.phone, "330902198501019999"]) {
    newClientAddress();
    const t0 = Date.now();
    const { values: _typed, ...answer } = await askForLink(identifier);
    times.push(Date.now() - t0);
    answers.push(answer);
  }
  for (const a of answers) expect(a).toEqual(answers[0]);
  expect(answers[0]).toEqual({ ok: true, message: "accountSecurity.forgot.sent", messageValues: { minutes: 30 } });
  // Each answer takes at least the floor, whatever happened behind it.
  for (const ms of times) expect(ms).toBeGreaterThanOrEqual(550);
  expect(await db().mailMessage.count()).toBe(1);
  expect(await db().passwordReset.count({ where: { userId: withoutMail.id } })).toBe(0);
});

test("requests are limited per account (an unknown identifier alike) and per address", async () => {
  const u = await userWithMail("limit@example.cn");
  for (const identifier of [u.phone, "13000000456"]) {
    for (let i = 0; i < 3; i++) {
      newClientAddress();
      expect(await askForLink(identifier)).toMatchObject({ ok: true });
    }
    newClientAddress();
    expect(await askForLink(identifier)).toMatchObject({ message: "accountSecurity.errors.tooMany" });
  }
  newClientAddress();
  for (let i = 0; i < 10; i++) expect(await askForLink(`1300000${String(7000 + i)}`)).toMatchObject({ ok: true });
  expect(await askForLink("13000008000")).toMatchObject({ message: "accountSecurity.errors.tooMany" });
});

test("the link mail goes even when the person turned account mail off", async () => {
  const u = await userWithMail("quiet@example.cn");
  await db().notificationPreference.create({ data: { userId: u.id, group: "account", email: false } });
  await askForLink(u.phone);
  expect(await deliverDue({ mailer })).toMatchObject({ sent: 1 });
  expect(sink.received[0].to).toEqual(["quiet@example.cn"]);
});

describe("a reviewer's reset code for an account without email", () => {
  test("issued after the call, shown once, audited; used once with the phone; the holder's sessions end", async () => {
    const reviewer = await makeUser({ role: "REVIEWER", realName: "李敏" });
    const holder = await userWithMail(null, { realName: "周海波" });
    const phoneSession = await signedIn(holder.phone);

    setCaller(reviewer);
    const issued = await state(issueResetCodeAction, { id: holder.id });
    const code = String(issued.code);
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(issued.until).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    const row = await db().passwordReset.findFirstOrThrow({ where: { userId: holder.id } });
    expect(row).toMatchObject({ kind: "STAFF", createdById: reviewer.id, usedAt: null });
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(24 * 3600_000);
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "account.issueResetCode", entityId: holder.id } });
    expect(audit).toMatchObject({ actorId: reviewer.id, actorName: "李敏" });
    expect(JSON.stringify([row, audit])).not.toContain(code);
    expect(JSON.stringify([row, audit])).not.toContain(code.replaceAll("-", ""));
    // The holder hears of it in 消息.
    expect(await db().notification.count({ where: { userId: holder.id, kind: "security.resetCodeIssued" } })).toBe(1);

    // The holder types it in lower case without dashes, with the phone.
    setCaller(null);
    const form = async (over: Record<string, string> = {}) => ({
      phone: holder.phone,
      code: code.replaceAll("-", "").toLowerCase(),
      password: NEW_PASSWORD,
      confirmPassword: NEW_PASSWORD,
      altcha: await solvedChallenge(),
      ...over,
    });
    // A wrong phone with the right code is refused like a wrong code.
    expect(await state(resetWithCodeAction, await form({ phone: "13000000789" }))).toMatchObject({
      message: "accountSecurity.errors.badCode",
    });
    expect(await state(resetWithCodeAction, await form())).toMatchObject({ ok: true, message: "accountSecurity.reset.done" });
    expect(await phoneSession.session()).toEqual({});
    expect((await new Browser(newClientAddress()).signIn(holder.phone, NEW_PASSWORD)).ok).toBe(true);
    const reset = await db().auditLog.findFirstOrThrow({ where: { action: "auth.passwordReset", entityId: holder.id } });
    expect(JSON.parse(reset.after!)).toMatchObject({ channel: "STAFF" });

    // Once only.
    expect(
      await state(resetWithCodeAction, await form({ password: "Third-Password-55", confirmPassword: "Third-Password-55" })),
    ).toMatchObject({
      message: "accountSecurity.errors.badCode",
    });
  });

  test("never for one's own account, never for a staff account, and by staff only", async () => {
    const reviewer = await makeUser({ role: "REVIEWER" });
    const admin = await makeUser({ role: "ADMIN" });
    const nominator = await makeUser();
    setCaller(reviewer);
    expect(await state(issueResetCodeAction, { id: reviewer.id })).toMatchObject({ message: "errors.account.notSelf" });
    expect(await state(issueResetCodeAction, { id: admin.id })).toMatchObject({ message: "accountSecurity.errors.staffAccount" });
    setCaller(await makeUser());
    expect(await state(issueResetCodeAction, { id: nominator.id })).toMatchObject({ message: "errors.auth.forbidden" });
    expect(await db().passwordReset.count({ where: { userId: { in: [reviewer.id, admin.id, nominator.id] } } })).toBe(0);
  });

  test("an expired code is refused", async () => {
    const reviewer = await makeUser({ role: "REVIEWER" });
    const holder = await makeUser();
    setCaller(reviewer);
    const code = String((await state(issueResetCodeAction, { id: holder.id })).code);
    await db().passwordReset.updateMany({ where: { userId: holder.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    setCaller(null);
    expect(
      await state(resetWithCodeAction, {
        phone: holder.phone,
        code,
        password: NEW_PASSWORD,
        confirmPassword: NEW_PASSWORD,
        altcha: await solvedChallenge(),
      }),
    ).toMatchObject({ message: "accountSecurity.errors.badCode" });
    expect(await actorFromSession({ user: { id: holder.id, ver: 0 } })).not.toBeNull();
  });
});
