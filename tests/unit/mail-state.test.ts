// The mail outbox's state machine, its retry schedule and settings, the error text the
// administrator reads, and where mail goes (the environment's SMTP settings, or .eml files).
import path from "node:path";
import {
  afterFailure,
  mailErrorText,
  mailLeaseMs,
  mailMachine,
  mailMaxAttempts,
  MAX_ERROR_CHARS,
  retryDelayMs,
  sendBudgetMs,
  TransitionError,
} from "@/lib/state";
import { describeMailTarget, MailConfigError, mailTarget } from "@/lib/notifications/mail-settings";

const env = (vars: Record<string, string>) => vars as unknown as NodeJS.ProcessEnv;

describe("mail state machine", () => {
  it.each([
    ["PENDING", "SENDING"],
    ["SENDING", "SENT"],
    ["SENDING", "PENDING"], // failed try, or handed back unsent
    ["SENDING", "FAILED"],
    ["SENDING", "SENDING"], // a lease that ran out, taken over
    ["FAILED", "PENDING"], // the administrator sends it again
  ])("allows %s → %s", (from, to) => expect(mailMachine.can(from, to)).toBe(true));

  it.each([
    ["PENDING", "SENT"], // never sent without being claimed
    ["PENDING", "FAILED"],
    ["SENT", "PENDING"], // a sent mail is never sent again
    ["SENT", "SENDING"],
    ["FAILED", "SENDING"],
    ["FAILED", "SENT"],
  ])("refuses %s → %s", (from, to) => {
    expect(mailMachine.can(from, to)).toBe(false);
    expect(() => mailMachine.assertTransition(from, to as "SENT")).toThrow(TransitionError);
  });
});

describe("retries", () => {
  it("waits 30 s, then four times longer each try, at most 2 h", () => {
    expect([1, 2, 3, 4, 5, 6, 20].map(retryDelayMs)).toEqual([30_000, 120_000, 480_000, 1_920_000, 7_200_000, 7_200_000, 7_200_000]);
    expect(retryDelayMs(0)).toBe(30_000);
  });

  it("tries again until the last allowed try, then 发送失败", () => {
    const now = new Date("2026-12-01T00:00:00Z");
    expect(afterFailure(1, 6, now)).toEqual({ status: "PENDING", nextAttemptAt: new Date(now.getTime() + 30_000) });
    expect(afterFailure(5, 6, now)).toEqual({ status: "PENDING", nextAttemptAt: new Date(now.getTime() + 7_200_000) });
    expect(afterFailure(6, 6, now)).toEqual({ status: "FAILED" });
    expect(afterFailure(7, 6, now)).toEqual({ status: "FAILED" });
  });

  it("reads the number of tries and the lease from the environment, defaults for anything else", () => {
    expect(mailMaxAttempts(env({}))).toBe(6);
    expect(mailMaxAttempts(env({ OPENSELECT_MAIL_MAX_ATTEMPTS: "3" }))).toBe(3);
    for (const bad of ["0", "-2", "2.5", "x", ""]) expect(mailMaxAttempts(env({ OPENSELECT_MAIL_MAX_ATTEMPTS: bad }))).toBe(6);
    expect(mailLeaseMs(env({}))).toBe(120_000);
    expect(mailLeaseMs(env({ OPENSELECT_MAIL_LEASE_MS: "500" }))).toBe(3_000); // never shorter than 3 s
    expect(sendBudgetMs(120_000)).toBe(30_000);
    expect(sendBudgetMs(3_000)).toBe(1_000);
  });
});

describe("the error the administrator reads", () => {
  it("is the server's answer when there is one, one line, trimmed", () => {
    const e = Object.assign(new Error("Can't send mail - all recipients were rejected"), {
      code: "EENVELOPE",
      response: "550 5.1.1 <nobody@example.cn>:\r\n Recipient address rejected",
    });
    expect(mailErrorText(e)).toBe("EENVELOPE: 550 5.1.1 <nobody@example.cn>: Recipient address rejected");
    expect(mailErrorText(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:25"), { code: "ECONNREFUSED" }))).toBe(
      "connect ECONNREFUSED 127.0.0.1:25",
    );
    const long = mailErrorText(new Error("x".repeat(2000)));
    expect(long).toHaveLength(MAX_ERROR_CHARS);
    expect(long.endsWith("…")).toBe(true);
    expect(mailErrorText(null)).toBe("null");
  });
});

describe("where mail goes", () => {
  it("no SMTP server: .eml files under data/mail/, from the platform's name", () => {
    const t = mailTarget(env({}));
    expect(t).toEqual({
      kind: "files",
      dir: path.resolve("data", "mail"),
      from: { name: "干部选拔任用工作平台", address: "noreply@openselect.localhost" },
    });
    expect(describeMailTarget(t)).toContain(`data${path.sep}mail${path.sep}`);
    expect(mailTarget(env({ OPENSELECT_MAIL_DIR: "/tmp/x-mail" }))).toMatchObject({ kind: "files", dir: "/tmp/x-mail" });
  });

  it("SMTP_URL: host, port, TLS and login, the password never shown", () => {
    const t = mailTarget(env({ SMTP_URL: "smtps://zzb%40example.cn:p%40ss%20word@smtp.example.cn", MAIL_FROM: "noreply@example.cn" }));
    expect(t).toEqual({
      kind: "smtp",
      smtp: { host: "smtp.example.cn", port: 465, secure: true, user: "zzb@example.cn", password: "p@ss word" },
      from: { name: "干部选拔任用工作平台", address: "noreply@example.cn" },
    });
    const line = describeMailTarget(t);
    expect(line).toContain("smtp.example.cn:465");
    expect(line).not.toContain("p@ss");
    expect(mailTarget(env({ SMTP_URL: "smtp://relay.local:2525", MAIL_FROM: "a@b.cn" }))).toMatchObject({
      smtp: { host: "relay.local", port: 2525, secure: false },
    });
    expect(mailTarget(env({ SMTP_URL: "smtp://relay.local", MAIL_FROM: "a@b.cn" }))).toMatchObject({ smtp: { port: 587 } });
  });

  it("SMTP_HOST and its companions; MAIL_FROM may carry its own display name", () => {
    const t = mailTarget(
      env({
        SMTP_HOST: "smtp.example.cn",
        SMTP_SECURE: "true",
        SMTP_USER: "zzb",
        SMTP_PASSWORD: " secret ",
        MAIL_FROM: "舟山市委组织部 <zzb@example.cn>",
      }),
    );
    expect(t).toEqual({
      kind: "smtp",
      smtp: { host: "smtp.example.cn", port: 465, secure: true, user: "zzb", password: " secret " },
      from: { name: "舟山市委组织部", address: "zzb@example.cn" },
    });
    expect(mailTarget(env({ SMTP_HOST: "h", SMTP_PORT: "25", MAIL_FROM: "a@b.cn" }))).toMatchObject({ smtp: { port: 25, secure: false } });
  });

  it.each([
    [{ SMTP_URL: "http://x", MAIL_FROM: "a@b.cn" }, /smtp:\/\//],
    [{ SMTP_URL: "not a url", MAIL_FROM: "a@b.cn" }, /not a URL/],
    [{ SMTP_HOST: "h", SMTP_PORT: "99999", MAIL_FROM: "a@b.cn" }, /SMTP_PORT/],
    [{ SMTP_HOST: "h", SMTP_SECURE: "maybe", MAIL_FROM: "a@b.cn" }, /SMTP_SECURE/],
    [{ SMTP_HOST: "h", SMTP_PASSWORD: "x", MAIL_FROM: "a@b.cn" }, /SMTP_USER/],
    [{ SMTP_HOST: "h" }, /MAIL_FROM must be set/],
    [{ SMTP_HOST: "h", MAIL_FROM: "not-an-address" }, /not a mail address/],
    [{ SMTP_HOST: "h", SMTP_URL: "smtp://h", MAIL_FROM: "a@b.cn" }, /not both/],
  ])("refuses a malformed setting %#", (vars, message) => {
    expect(() => mailTarget(env(vars as Record<string, string>))).toThrow(MailConfigError);
    expect(() => mailTarget(env(vars as Record<string, string>))).toThrow(message);
  });
});
