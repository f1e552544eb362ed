import { NOTIFICATION_KINDS } from "@/lib/notifications/kinds";
import { renderNotification } from "@/lib/notifications/render";
import { renderMail } from "@/lib/notifications/mail";

const params = {
  days: 3,
  reason: "材料不全",
  receipt: "TJ20261202-0001",
  post: "区发改局副局长",
  date: "2027-12-01",
  number: "XL20261202-0001",
  channel: "TALK",
  // Account security (security.*): when, how long a link lives, how the password was set.
  time: "2026-12-02 16:03",
  minutes: 30,
  how: "RESET",
  // 干部教育培训 (training.*): the class and the session
  title: "全市年轻干部能力提升培训班",
  session: "开班式暨专题辅导",
  // 注销 (account.closed): how many years what was signed is kept
  years: 5,
  // A sentence that appears only when staff gave a reason (training.declined).
  hasReason: "yes",
};

describe("notification words", () => {
  it("every kind has a title and a body in both languages, with its placeholders filled", () => {
    // A placeholder the params lack is not left in braces: the formatter reports it and falls back.
    const reported = jest.spyOn(console, "error").mockImplementation(() => undefined);
    for (const kind of Object.keys(NOTIFICATION_KINDS).filter((k) => k !== "legacy")) {
      for (const locale of ["zh-CN", "en"] as const) {
        const { title, body } = renderNotification(locale, kind, params);
        expect([kind, locale, title.length > 0, body.length > 0, /[{}]/.test(title + body)]).toEqual([kind, locale, true, true, false]);
      }
    }
    expect(reported.mock.calls.map((c) => String(c[0]))).toEqual([]);
    reported.mockRestore();
  });

  it("a message written before kinds existed shows its own title and body", () => {
    expect(renderNotification("zh-CN", "legacy", { title: "旧消息", body: "正文" })).toEqual({ title: "旧消息", body: "正文" });
  });

  it("mail: the subject is the title only (never the reason), the body has the reason, the link and the way out", () => {
    const mail = renderMail("zh-CN", "account.rejected", params, {
      link: "/account",
      unsubscribePath: "/unsubscribe/abc",
      env: { NEXTAUTH_URL: "https://ganbu.example.gov.cn", OPENSELECT_ORG_NAME: "中共示范市委组织部" } as unknown as NodeJS.ProcessEnv,
    });
    expect(mail.subject).toBe("【干部选拔任用工作平台】实名注册未通过审核");
    expect(mail.subject).not.toContain("材料不全");
    expect(mail.text).toContain("原因：材料不全");
    expect(mail.text).toContain("https://ganbu.example.gov.cn/account");
    expect(mail.text).toContain("https://ganbu.example.gov.cn/unsubscribe/abc");
    expect(mail.text).toContain("中共示范市委组织部");
    expect(mail.html).toContain('href="https://ganbu.example.gov.cn/account"');
  });

  it("escapes what a user typed in the HTML part", () => {
    const mail = renderMail("zh-CN", "account.rejected", { reason: '<img src=x onerror="alert(1)">' }, { link: "/account" });
    expect(mail.html).not.toContain("<img");
    expect(mail.html).toContain("&lt;img");
  });
});

describe("a typed reason inside a sentence", () => {
  it("does not double the full stop", () => {
    expect(renderNotification("zh-CN", "nomination.rejected", { receipt: "TJ1", reason: "本次不予采纳。" }).body).toContain(
      "说明：本次不予采纳。感谢",
    );
  });
});
