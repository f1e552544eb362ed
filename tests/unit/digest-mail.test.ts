import { digestHasNews, maskIdNumbers, renderDigestMail, type DigestContent } from "@/lib/notifications/mail";
import { reviewDueDay, isReviewOverdue } from "@/lib/calendar/review-target";
import { createWorkCalendar } from "@/lib/calendar/working-days";
import { reviewTargetDays } from "@/lib/env/settings";

const env = { NEXTAUTH_URL: "https://ganbu.example.gov.cn" } as unknown as NodeJS.ProcessEnv;

const empty: DigestContent = {
  day: "2026-09-16",
  at: new Date("2026-09-16T00:00:00Z"),
  since: new Date("2026-09-15T00:00:00Z"),
  reviewDays: 3,
  pendingRegistrations: 0,
  oldestWaitingDays: 0,
  overdueRegistrations: 0,
  newNominations: [],
  moreVacancies: 0,
  newOpenNominations: 0,
  overdueVacancies: [],
};

describe("the staff digest's mail", () => {
  test("nothing in the queues is nothing to say", () => {
    expect(digestHasNews(empty)).toBe(false);
    expect(digestHasNews({ ...empty, pendingRegistrations: 1 })).toBe(true);
    expect(digestHasNews({ ...empty, newOpenNominations: 1 })).toBe(true);
  });

  test("only the sections with something in them; links are the console's, on this site", () => {
    const mail = renderDigestMail(
      "zh-CN",
      { ...empty, newNominations: [{ vacancyId: "v1", name: "副局长（海洋局）", count: 2 }] },
      { env },
    );
    expect(mail.subject).toBe("【干部选拔任用工作平台】每日工作提示（2026年9月16日）");
    expect(mail.text).toContain("【新收到的推荐（2026年9月15日 08:00 以来）】");
    expect(mail.text).toContain("“副局长（海洋局）”：2 份\n  https://ganbu.example.gov.cn/admin/nominations/v1");
    expect(mail.text).not.toContain("待审核的实名注册");
    expect(mail.text).not.toContain("已超过办理时限");
    expect(mail.text).toContain("进入管理后台：https://ganbu.example.gov.cn/admin");
  });

  test("English, with plurals", () => {
    const mail = renderDigestMail("en", { ...empty, pendingRegistrations: 1, oldestWaitingDays: 1, overdueRegistrations: 1 }, { env });
    expect(mail.text).toContain("1 registration; the longest has waited 1 day.");
    expect(mail.text).toContain("1 registration has waited more than 3 working days");
    expect(mail.text).toContain("Review registrations: https://ganbu.example.gov.cn/admin/registrations?status=PENDING");
  });

  test("a post's name is escaped in the HTML part", () => {
    const mail = renderDigestMail("zh-CN", { ...empty, overdueVacancies: [{ vacancyId: "v", name: "<img src=x>", count: 1 }] }, { env });
    expect(mail.html).not.toContain("<img");
    expect(mail.html).toContain("&lt;img src=x&gt;");
  });
});

test("ID numbers are masked in mail text; other numbers are not", () => {
  expect(maskIdNumbers("身份证号33090219880612123X与姓名不符")).toBe("身份证号330902**********3X与姓名不符");
  expect(maskIdNumbers("回执编号 D20261202-ABCDEFGH，电话 13800000000")).toBe("回执编号 D20261202-ABCDEFGH，电话 13800000000");
});

describe("the review target", () => {
  const cal = createWorkCalendar();

  test("due on the n-th working day after the submission; overdue the day after", () => {
    expect(reviewDueDay(cal, "2026-09-08", 3)).toBe("2026-09-11");
    expect(isReviewOverdue(cal, "2026-09-08", 3, "2026-09-11")).toBe(false);
    expect(isReviewOverdue(cal, "2026-09-08", 3, "2026-09-14")).toBe(true);
    // Over the 2026 National Day holiday (10-01 to 10-07), working days only.
    expect(reviewDueDay(cal, "2026-09-30", 1) > "2026-10-07").toBe(true);
  });

  test("past the calendar's known years it counts weekdays rather than refusing", () => {
    expect(reviewDueDay(cal, "2040-01-03", 3)).toBe("2040-01-06");
  });

  test("OPENSELECT_REVIEW_DAYS: a whole number of working days, else 3", () => {
    const days = (v?: string) => reviewTargetDays({ OPENSELECT_REVIEW_DAYS: v } as unknown as NodeJS.ProcessEnv);
    expect([days(), days("5"), days(" 10 "), days("0"), days("abc"), days("2.5"), days("999")]).toEqual([3, 5, 10, 3, 3, 3, 3]);
  });
});
