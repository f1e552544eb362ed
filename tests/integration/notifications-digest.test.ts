// Issue 9, the staff digest: one mail per staff member per Beijing day, from their digest hour
// on (default 08:00), with pending registrations and the oldest one's wait, new nominations per
// vacancy since the last digest, and what is past its time limit — counts and public post names,
// never who nominated whom, never a name or an ID number. Nothing to say, no mail. Once per day
// across instances, also when two run at the same time. Tests in this file run in order: the
// queues the digest reads are the whole database's.
import { db } from "@/lib/db/client";
import { sendDueDigests } from "@/lib/data/digest";
import { submitNomination } from "@/lib/data/nominations";
import { makeUser, makeVacancy, open, targeted } from "./nominations-fixtures";
import { failMailOf, giveEmail, mailOff, outbox } from "./notifications-fixtures";

/** 08:00 Beijing on a day of September 2026. */
const at8 = (day: number) => new Date(Date.UTC(2026, 8, day));
const beijing = (day: number, hour: number, minute = 0) => new Date(Date.UTC(2026, 8, day, hour - 8, minute));

async function staffWithEmail(opts: { locale?: "zh-CN" | "en"; digestHour?: number; role?: string; status?: string } = {}) {
  const s = await makeUser({ role: opts.role ?? "REVIEWER", status: opts.status ?? "APPROVED" });
  await giveEmail(s.id, { locale: opts.locale });
  if (opts.digestHour !== undefined) await db().user.update({ where: { id: s.id }, data: { digestHour: opts.digestHour } });
  return s;
}

const digests = (userId: string) => outbox(userId, "digest");

let quiet: Awaited<ReturnType<typeof staffWithEmail>>;

test("nothing to say: no mail (and the day is done)", async () => {
  quiet = await staffWithEmail();
  expect(await sendDueDigests(beijing(15, 9))).toBe(0);
  expect(await digests(quiet.id)).toEqual([]);
  expect(await db().jobMark.count({ where: { key: `digest:${quiet.id}:2026-09-15` } })).toBe(1);
  expect(await sendDueDigests(beijing(15, 10))).toBe(0);
  expect(await db().mailMessage.count({ where: { kind: "digest" } })).toBe(0);
});

describe("with work in the queues", () => {
  let a: Awaited<ReturnType<typeof staffWithEmail>>;
  let evening: Awaited<ReturnType<typeof staffWithEmail>>;
  let others: { id: string }[];
  let vacancy: Awaited<ReturnType<typeof makeVacancy>>;
  let stale: Awaited<ReturnType<typeof makeVacancy>>;
  const names: string[] = [];

  beforeAll(async () => {
    a = await staffWithEmail();
    evening = await staffWithEmail({ locale: "en", digestHour: 18 });
    const noEmail = await makeUser({ role: "ADMIN" });
    const off = await staffWithEmail({ role: "ADMIN" });
    await mailOff(off.id, "digest");
    const suspended = await staffWithEmail({ status: "SUSPENDED" });
    const nominator = await makeUser();
    await giveEmail(nominator.id);
    others = [noEmail, off, suspended, nominator];

    // Three registrations waiting: two since 2026-09-08 (past the 3 working days), one since yesterday.
    for (const [day, name] of [
      [8, "待审甲"],
      [8, "待审乙"],
      [15, "待审丙"],
    ] as const) {
      const u = await makeUser({ status: "PENDING", realName: name });
      await db().user.update({ where: { id: u.id }, data: { createdAt: at8(day) } });
      names.push(name);
    }

    // New nominations yesterday: two for one vacancy, one non-targeted.
    vacancy = await makeVacancy({ post: "海洋局副局长", opensAt: at8(10), closesAt: at8(25) });
    const yesterday = beijing(15, 20);
    for (const [nominatorName, nominee] of [
      ["推荐人甲", "候选人甲"],
      ["推荐人乙", "候选人乙"],
    ]) {
      const u = await makeUser({ realName: nominatorName });
      await submitNomination(u, targeted(u, vacancy.id, { name: nominee }), { now: yesterday });
      names.push(nominatorName, nominee);
    }
    const p = await makeUser({ realName: "推荐人丙" });
    await submitNomination(p, open(p, { name: "候选人丙" }), { now: yesterday });
    names.push("推荐人丙", "候选人丙");

    // A vacancy closed on 2026-09-08 whose nomination is still undecided.
    stale = await makeVacancy({ post: "港航局副局长", opensAt: at8(1), closesAt: at8(8) });
    const q = await makeUser({ realName: "推荐人丁" });
    await submitNomination(q, targeted(q, stale.id, { name: "候选人丁" }), { now: at8(7) });
    names.push("推荐人丁", "候选人丁");
  });

  test("not before the hour; at the hour one mail, in the staff member's language, saying the queues with links to the console and no names", async () => {
    await sendDueDigests(beijing(16, 7, 59));
    expect(await digests(a.id)).toEqual([]);

    await sendDueDigests(beijing(16, 8));
    const [mail] = await digests(a.id);
    expect(await digests(a.id)).toHaveLength(1);
    expect(mail).toMatchObject({
      subject: "【干部选拔任用工作平台】每日工作提示（2026年9月16日）",
      status: "PENDING",
      notificationId: null,
    });
    const text = mail.text;
    expect(text).toContain("共 3 份，等待最久的一份已等待 8 天");
    expect(text).toContain("/admin/registrations?status=PENDING");
    expect(text).toContain(`“海洋局副局长（${vacancy.unit}）”：2 份`);
    expect(text).toContain(`/admin/nominations/${vacancy.id}`);
    expect(text).toContain("非定向推荐：1 份");
    expect(text).toContain("/admin/talent-pool");
    expect(text).toContain("2 份实名注册已超过 3 个工作日的审核时限");
    expect(text).toContain(`“港航局副局长（${stale.unit}）”推荐已截止超过 3 个工作日，尚有 1 份推荐未审核`);
    expect(text).toContain(`/admin/nominations/${stale.id}`);
    expect(mail.html).toContain(`/admin/nominations/${vacancy.id}"`);
    expect(text).toMatch(/\/unsubscribe\/\S+/);
    for (const name of names) expect(text + mail.html).not.toContain(name);
    expect(text + mail.html).not.toContain("3309**");
    // The quiet one of yesterday hears today: there is something to say now.
    expect(await digests(quiet.id)).toHaveLength(1);
    // No mail for staff without email, with the digest turned off, suspended; none for a nominator.
    for (const o of others) expect(await digests(o.id)).toEqual([]);
    // The evening one's hour has not come.
    expect(await digests(evening.id)).toEqual([]);
  });

  test("once a day: again later that day, nothing; their own hour for those who chose one", async () => {
    await sendDueDigests(beijing(16, 12));
    expect(await digests(a.id)).toHaveLength(1);
    await sendDueDigests(beijing(16, 17, 59));
    expect(await digests(evening.id)).toEqual([]);
    await sendDueDigests(beijing(16, 18));
    const [mail] = await digests(evening.id);
    expect(mail.subject).toBe("【Cadre Selection and Appointment Platform】Daily work summary (September 16, 2026)");
    expect(mail.text).toContain("3 registrations; the longest has waited 8 days.");
    expect(mail.text).toContain("2 nominations");
  });

  test("the next day, two instances at the same time write one digest each; new nominations count from the last digest", async () => {
    const [n1, n2] = await Promise.all([sendDueDigests(beijing(17, 8, 5)), sendDueDigests(beijing(17, 8, 5))]);
    expect(n1 + n2).toBe(2); // a and quiet
    const mails = await digests(a.id);
    expect(mails).toHaveLength(2);
    expect(mails[1].subject).toContain("2026年9月17日");
    // Nothing new since yesterday's digest: the registrations still wait, the nominations are not repeated.
    expect(mails[1].text).toContain("共 3 份");
    expect(mails[1].text).not.toContain("新收到的推荐");
  });

  test("a digest whose transaction fails leaves no mail and no mark; the next run writes it", async () => {
    const late = await staffWithEmail({ digestHour: 20 });
    const drop = await failMailOf("digest");
    try {
      await expect(sendDueDigests(beijing(17, 20))).rejects.toThrow();
    } finally {
      await drop();
    }
    expect(await db().jobMark.count({ where: { key: `digest:${late.id}:2026-09-17` } })).toBe(0);
    // The next run writes it (and the evening one's of today, which the failed run held up too).
    expect(await sendDueDigests(beijing(17, 20, 5))).toBe(2);
    expect(await digests(late.id)).toHaveLength(1);
    expect(await digests(evening.id)).toHaveLength(2);
  });
});

test("the oldest wait counts from a resubmission, not the first registration", async () => {
  // A registration of 2026-08-01, rejected and resubmitted (its 已收到 message) on 2026-09-16.
  const u = await makeUser({ status: "PENDING", realName: "重交" });
  await db().user.update({ where: { id: u.id }, data: { createdAt: new Date("2026-08-01T00:00:00Z") } });
  await db().notification.create({ data: { userId: u.id, kind: "account.received", params: "{}", createdAt: at8(16) } });
  const s = await staffWithEmail();
  await sendDueDigests(beijing(18, 9));
  const [mail] = await digests(s.id);
  // The three of 09-08 and 09-15 are older: the oldest is still 10 days (09-08 → 09-18), not 48.
  expect(mail.text).toContain("共 4 份，等待最久的一份已等待 10 天");
  expect(mail.text).toContain("2 份实名注册已超过");
});
