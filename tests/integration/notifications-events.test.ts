// Issue 9, "What is notified": each event a person causes writes exactly one inbox row for each
// person told and — where they have an email address and have not turned the group's mail
// off — exactly one mail in the outbox, in the same transaction as the change. A change that
// fails (midway, or after its notification rows were written) leaves none.
import { db } from "@/lib/db/client";
import * as accounts from "@/lib/data/accounts";
import { submitNomination, withdrawNomination } from "@/lib/data/nominations";
import { decideNominations } from "@/lib/data/nomination-review";
import { cancelVacancy, setVacancyStatus } from "@/lib/data/vacancies";
import * as notices from "@/lib/data/notices";
import * as appointments from "@/lib/data/appointments";
import { recordNoticeResult } from "@/lib/data/notice-results";
import { NotFoundError } from "@/lib/data/errors";
import { registrationSchema } from "@/lib/validation/account";
import { changes, closeSnapshots, describeChanges, snapshot } from "./support/db-snapshot";
import { makeUser as makeAccount, uniquePhone, validId } from "./support/users";
import { makeUser, makeVacancy, targeted, open } from "./nominations-fixtures";
import { appointmentInput, preNoticeInput } from "./boards-fixtures";
import { expectOne, failMailOf, giveEmail, inbox, mailOff, outbox } from "./notifications-fixtures";

// Registration hashes a password (Argon2): slow on a busy machine.
jest.setTimeout(30_000);
afterAll(() => closeSnapshots());

const DAY = 86_400_000;
const SITE = "【干部选拔任用工作平台】";

/** Runs `change`, expecting it to fail, and that it wrote nothing at all (no table changed). */
async function expectNothingWritten(change: () => Promise<unknown>, error: unknown = Error) {
  const before = await snapshot();
  await expect(change()).rejects.toBeInstanceOf(error);
  const after = await snapshot();
  expect(describeChanges(changes(before, after))).toBe("");
}

function registration(over: Record<string, string> = {}) {
  const parsed = registrationSchema.safeParse({
    realName: "陈海波",
    idNumber: validId("19880612"),
    phone: uniquePhone(),
    email: "",
    workUnit: "舟山市普陀区农林水利局",
    position: "科员",
    politicalStatus: "CPC_MEMBER",
    password: "Haidao-2026-xz",
    confirmPassword: "Haidao-2026-xz",
    consent: "on",
    ...over,
  });
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return parsed.data;
}

describe("accounts", () => {
  test("registration received: one message saying the review target, one mail when the registrant gave an email, none without", async () => {
    const input = registration({ email: "chenhb@example.cn" });
    const { id } = await accounts.registerUser(input);
    const { params, note, mail } = await expectOne(id, "account.received", 1);
    expect(params).toEqual({ days: 3 });
    expect(note.link).toBe("/account");
    expect(mail).toMatchObject({ toAddress: "chenhb@example.cn", subject: `${SITE}实名注册申请已收到`, status: "PENDING" });
    expect(mail.text).toContain("3 个工作日内完成审核");
    expect(mail.text).toContain("/account");
    // No ID number, masked or not, and no password in the mail.
    expect(mail.text + mail.html).not.toContain(input.idNumber);
    expect(mail.text + mail.html).not.toContain(input.idNumber.slice(0, 6));

    const { id: quiet } = await accounts.registerUser(registration());
    await expectOne(quiet, "account.received", 0);
  });

  test("the review target is the OPENSELECT_REVIEW_DAYS setting", async () => {
    process.env.OPENSELECT_REVIEW_DAYS = "5";
    try {
      const { id } = await accounts.registerUser(registration({ email: "five@example.cn" }));
      const { params, mail } = await expectOne(id, "account.received", 1);
      expect(params).toEqual({ days: 5 });
      expect(mail.text).toContain("5 个工作日");
    } finally {
      delete process.env.OPENSELECT_REVIEW_DAYS;
    }
  });

  test("rejected with the reason (in the body, never the subject), resubmitted (received again), approved, suspended with the reason, restored: one message and one mail each", async () => {
    const reviewer = await makeAccount({ role: "REVIEWER" });
    const input = registration({ email: "lin@example.cn" });
    const { id } = await accounts.registerUser(input);

    await accounts.rejectUser(reviewer, id, "工作单位填写不完整");
    const rejected = await expectOne(id, "account.rejected", 1);
    expect(rejected.params).toEqual({ reason: "工作单位填写不完整" });
    expect(rejected.mail.subject).toBe(`${SITE}实名注册未通过审核`);
    expect(rejected.mail.text).toContain("原因：工作单位填写不完整");

    await accounts.resubmitProfile(
      { id, realName: "陈海波", role: "NOMINATOR", status: "REJECTED" },
      { ...input, workUnit: "舟山市普陀区农林水利局办公室", email: "lin@example.cn" },
    );
    expect((await inbox(id, "account.received")).length).toBe(2);
    expect((await outbox(id, "account.received")).length).toBe(2);

    await accounts.approveUser(reviewer, id);
    expect((await expectOne(id, "account.approved", 1)).params).toEqual({});

    await accounts.suspendUser(reviewer, id, "核查中");
    const suspended = await expectOne(id, "account.suspended", 1);
    expect(suspended.params).toEqual({ reason: "核查中" });
    expect(suspended.mail.subject).not.toContain("核查中");

    await accounts.restoreUser(reviewer, id);
    await expectOne(id, "account.restored", 1);
    expect((await inbox(id)).length).toBe(6);
  });

  test("an ID number typed into a reason is masked in the mail (the inbox, behind sign-in, keeps the reason)", async () => {
    const reviewer = await makeAccount({ role: "REVIEWER" });
    const input = registration({ email: "id@example.cn" });
    const { id } = await accounts.registerUser(input);
    await accounts.rejectUser(reviewer, id, `身份证号${input.idNumber}与姓名不符`);
    const { mail } = await expectOne(id, "account.rejected", 1);
    expect(mail.text + mail.html).not.toContain(input.idNumber);
    expect(mail.text).toContain(`身份证号${input.idNumber.slice(0, 6)}**********${input.idNumber.slice(-2)}与姓名不符`);
  });

  test("with the account group's mail turned off: the message, no mail", async () => {
    const reviewer = await makeAccount({ role: "REVIEWER" });
    const u = await makeAccount({ status: "PENDING" });
    await giveEmail(u.id);
    await mailOff(u.id, "account");
    await accounts.approveUser(reviewer, u.id);
    await expectOne(u.id, "account.approved", 0);
  });

  test("a decision whose transaction fails after its message was written leaves nothing: no status, no message, no mail", async () => {
    const reviewer = await makeAccount({ role: "REVIEWER" });
    const u = await makeAccount({ status: "PENDING" });
    await giveEmail(u.id);
    const drop = await failMailOf("account.approved");
    try {
      await expectNothingWritten(() => accounts.approveUser(reviewer, u.id));
    } finally {
      await drop();
    }
    expect((await db().user.findUniqueOrThrow({ where: { id: u.id } })).status).toBe("PENDING");
    expect(await inbox(u.id)).toEqual([]);
    // The same decision, now allowed to finish, writes its one message and mail.
    await accounts.approveUser(reviewer, u.id);
    await expectOne(u.id, "account.approved", 1);
  });

  test("registration: a failure after the message leaves no account and no message", async () => {
    const drop = await failMailOf("account.received");
    try {
      await expectNothingWritten(() => accounts.registerUser(registration({ email: "gone@example.cn" })));
    } finally {
      await drop();
    }
    expect(await db().mailMessage.count({ where: { toAddress: "gone@example.cn" } })).toBe(0);
  });
});

describe("nominations", () => {
  test("received: one message with the receipt number and a link to the nomination; never the nominee's or the nominator's name", async () => {
    const u = await makeUser({ realName: "王立群" });
    await giveEmail(u.id);
    const v = await makeVacancy();
    const r = await submitNomination(u, targeted(u, v.id, { name: "贺恩盛" }));
    const { params, note, mail } = await expectOne(u.id, "nomination.received", 1);
    expect(params).toEqual({ receipt: r.receiptNo });
    expect(note.link).toBe(`/account/nominations/${r.id}`);
    expect(mail.subject).toBe(`${SITE}推荐已收到`);
    expect(mail.text).toContain(r.receiptNo);
    expect(mail.text).toContain(`/account/nominations/${r.id}`);
    for (const secret of ["贺恩盛", "王立群"]) expect(mail.text + mail.html + note.params).not.toContain(secret);

    // A non-targeted one likewise; a user without email gets the message only.
    const quiet = await makeUser();
    const r2 = await submitNomination(quiet, open(quiet));
    expect((await expectOne(quiet.id, "nomination.received", 0)).params).toEqual({ receipt: r2.receiptNo });
  });

  test("accepted and rejected (with the reason): one message and mail per nomination decided; a decision that changes nothing writes none", async () => {
    const reviewer = await makeUser({ role: "REVIEWER" });
    const v = await makeVacancy();
    const [a, b] = [await makeUser(), await makeUser()];
    await Promise.all([giveEmail(a.id), giveEmail(b.id, { locale: "en" })]);
    const ra = await submitNomination(a, targeted(a, v.id));
    const rb = await submitNomination(b, targeted(b, v.id));

    expect(await decideNominations(reviewer, [ra.id], "ACCEPTED")).toEqual({ changed: 1, skipped: 0 });
    const accepted = await expectOne(a.id, "nomination.accepted", 1);
    expect(accepted.params).toEqual({ receipt: ra.receiptNo });
    expect(accepted.note.link).toBe(`/account/nominations/${ra.id}`);

    expect(await decideNominations(reviewer, [ra.id, rb.id], "REJECTED", "不符合任职资格条件")).toEqual({ changed: 2, skipped: 0 });
    const ja = await expectOne(a.id, "nomination.rejected", 1);
    const jb = await expectOne(b.id, "nomination.rejected", 1);
    expect(ja.params).toEqual({ receipt: ra.receiptNo, reason: "不符合任职资格条件" });
    expect(ja.mail.subject).toBe(`${SITE}推荐未被采纳`);
    expect(ja.mail.text).toContain("说明：不符合任职资格条件");
    // In the reader's language: b chose English.
    expect(jb.mail.subject).toBe("【Cadre Selection and Appointment Platform】Nomination not adopted");
    expect(jb.mail.text).toContain("Note: 不符合任职资格条件");

    // Deciding again the same way changes nothing and tells no one again.
    expect(await decideNominations(reviewer, [ra.id, rb.id], "REJECTED", "again")).toEqual({ changed: 0, skipped: 2 });
    expect((await inbox(a.id, "nomination.rejected")).length).toBe(1);
    expect((await inbox(b.id, "nomination.rejected")).length).toBe(1);
  });

  test("a bulk decision that fails midway leaves no decision and no message", async () => {
    const reviewer = await makeUser({ role: "REVIEWER" });
    const v = await makeVacancy();
    const u = await makeUser();
    await giveEmail(u.id);
    const r = await submitNomination(u, targeted(u, v.id));
    await expectNothingWritten(() => decideNominations(reviewer, [r.id, "no-such-nomination"], "ACCEPTED"), NotFoundError);
    expect(await inbox(u.id, "nomination.accepted")).toEqual([]);
    expect((await db().nomination.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("SUBMITTED");
  });

  test("a decision or a submission whose transaction fails after its message was written leaves nothing", async () => {
    const reviewer = await makeUser({ role: "REVIEWER" });
    const v = await makeVacancy({ maxPerNominator: 2 });
    const u = await makeUser();
    await giveEmail(u.id);
    const r = await submitNomination(u, targeted(u, v.id));

    let drop = await failMailOf("nomination.accepted");
    try {
      await expectNothingWritten(() => decideNominations(reviewer, [r.id], "ACCEPTED"));
    } finally {
      await drop();
    }
    expect((await db().nomination.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("SUBMITTED");

    drop = await failMailOf("nomination.received");
    try {
      await expectNothingWritten(() => submitNomination(u, targeted(u, v.id, { name: "周海波" })));
    } finally {
      await drop();
    }
    expect((await inbox(u.id, "nomination.received")).length).toBe(1);
  });

  test("with the nomination group's mail turned off: messages, no mail", async () => {
    const reviewer = await makeUser({ role: "REVIEWER" });
    const u = await makeUser();
    await giveEmail(u.id);
    await mailOff(u.id, "nomination");
    const r = await submitNomination(u, open(u));
    await decideNominations(reviewer, [r.id], "ACCEPTED");
    await expectOne(u.id, "nomination.received", 0);
    await expectOne(u.id, "nomination.accepted", 0);
  });

  test("void: cancelling a vacancy tells each nominator once, however many of their nominations it voids", async () => {
    const staff = await makeUser({ role: "REVIEWER" });
    const v = await makeVacancy({ maxPerNominator: 2, post: "港航局副局长" });
    const [a, b] = [await makeUser(), await makeUser()];
    await Promise.all([giveEmail(a.id), giveEmail(b.id)]);
    await submitNomination(a, targeted(a, v.id, { name: "贺恩盛" }));
    await submitNomination(a, targeted(a, v.id, { name: "周海波" }));
    await submitNomination(b, targeted(b, v.id));
    await cancelVacancy(staff, v.id, "机构调整");
    for (const u of [a, b]) {
      const { params, mail } = await expectOne(u.id, "nomination.void", 1);
      expect(params).toEqual({ post: `港航局副局长（${v.unit}）` });
      expect(mail.text).not.toContain("贺恩盛");
    }
  });
});

describe("vacancies", () => {
  // Thursday 2026-09-17, 10:00 in Beijing (working days known to the calendar).
  const NOW = new Date("2026-09-17T02:00:00Z");

  async function vacancyWithNominators() {
    // The window closed yesterday; they nominated the day before.
    const v = await makeVacancy({
      opensAt: new Date(NOW.getTime() - 5 * DAY),
      closesAt: new Date(NOW.getTime() - DAY),
      maxPerNominator: 2,
    });
    const during = new Date(NOW.getTime() - 2 * DAY);
    const [a, b, c] = [await makeUser(), await makeUser(), await makeUser()];
    await Promise.all([giveEmail(a.id), giveEmail(b.id)]);
    await submitNomination(a, targeted(a, v.id, { name: "贺恩盛" }), { now: during });
    await submitNomination(a, targeted(a, v.id, { name: "周海波" }), { now: during });
    await submitNomination(b, targeted(b, v.id), { now: during });
    // c withdraws: a nominator no more, told nothing.
    const rc = await submitNomination(c, targeted(c, v.id), { now: during });
    await withdrawNomination(c, rc.id, { now: during });
    return { v, a, b, c };
  }

  test("公示中 and 已任命 through a published 任职前公示 and appointment: each nominator told once each, with a link to the vacancy", async () => {
    const staff = await makeUser({ role: "REVIEWER" });
    const { v, a, b, c } = await vacancyWithNominators();
    const n = await notices.createNotice(staff, { ...preNoticeInput("2026-09-18"), vacancyId: v.id });
    expect(await notices.publishNotice(staff, n.id, NOW)).toEqual({ vacancyAdvanced: true });
    for (const u of [a, b]) {
      const { params, note, mail } = await expectOne(u.id, "vacancy.notice", 1);
      expect(params).toEqual({ post: `${v.post}（${v.unit}）` });
      expect(note.link).toBe(`/vacancies/${v.id}`);
      expect(mail.subject).toBe(`${SITE}您推荐的岗位已进入任职前公示`);
      // The 公示's person is public on the board, but the mail names no one.
      expect(mail.text).not.toContain("周海波");
    }
    expect(await inbox(c.id, "vacancy.notice")).toEqual([]);

    // After the 公示's period, with its result recorded (the 任免 gate).
    const [entry] = await db().noticeEntry.findMany({ where: { noticeId: n.id } });
    const ended = new Date("2026-09-30T02:00:00Z");
    await recordNoticeResult(staff, entry.id, "NO_OBJECTION", ended);
    const ap = await appointments.createAppointment(staff, appointmentInput({ vacancyId: v.id, noticeId: n.id, noticeEntryId: entry.id }));
    expect(await appointments.publishAppointment(staff, ap.id, ended)).toEqual({ vacancyFilled: true });
    for (const u of [a, b]) await expectOne(u.id, "vacancy.filled", 1);
    expect(await inbox(c.id)).toHaveLength(1); // only its own 推荐已收到
  });

  test("the console's own move to 公示中 (setVacancyStatus) tells them the same way; 已任命 is never a hand move", async () => {
    const staff = await makeUser({ role: "REVIEWER" });
    const { v, a, b } = await vacancyWithNominators();
    // The hand move repairs a vacancy left 已发布 while its 任职前公示 stands (written directly here,
    // so its publishing told nobody); without one it is refused (loop-airtight.test.ts).
    await db().notice.create({
      data: {
        kind: "PRE_APPOINTMENT",
        title: "任职前公示",
        body: "经研究，拟任用。",
        status: "PUBLISHED",
        publishedAt: NOW,
        vacancyId: v.id,
      },
    });
    await setVacancyStatus(staff, v.id, "NOTICE", NOW);
    await expect(setVacancyStatus(staff, v.id, "FILLED" as never, NOW)).rejects.toMatchObject({
      messageKey: "boardErrors.fillByAppointment",
    });
    for (const u of [a, b]) {
      await expectOne(u.id, "vacancy.notice", 1);
      expect(await inbox(u.id, "vacancy.filled")).toEqual([]);
    }
  });

  test("a 公示 whose transaction fails after the messages were written publishes nothing and tells no one", async () => {
    const staff = await makeUser({ role: "REVIEWER" });
    const { v, a } = await vacancyWithNominators();
    const n = await notices.createNotice(staff, { ...preNoticeInput("2026-09-18"), vacancyId: v.id });
    const drop = await failMailOf("vacancy.notice");
    try {
      await expectNothingWritten(() => notices.publishNotice(staff, n.id, NOW));
    } finally {
      await drop();
    }
    expect((await db().vacancy.findUniqueOrThrow({ where: { id: v.id } })).status).toBe("PUBLISHED");
    expect(await inbox(a.id, "vacancy.notice")).toEqual([]);
  });
});
