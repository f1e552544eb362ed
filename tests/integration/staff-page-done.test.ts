// The administrator's staff page after a move that takes its own form away (重置两步验证, 停用,
// 恢复): the move is made (the reset clears the authenticator, so the next sign-in sets one up),
// and the page says so in its banner — the answer used to be returned into the form, which the
// page no longer shows once the move is made, so the browser never saw "已重置…". Real database,
// real pipeline, the page rendered with the real zh-CN catalog.
import "./support/page-mocks";
import { pageProps, renderPage, setPageCaller } from "./support/page-mocks";
import { db } from "@/lib/db/client";
import { sessionUser } from "@/lib/data/sign-in";
import { secondFactorDue } from "@/lib/auth/second-factor";
import { resetTwoFactorAction } from "@/app/[locale]/(admin)/admin/staff/two-factor-actions";
import { restoreStaffAction, suspendStaffAction } from "@/app/[locale]/(admin)/admin/staff/actions";
import { callAction, formData } from "./support/call-action";
import { makeUser } from "./support/users";
import { enrol } from "./support/two-factor-world";

jest.setTimeout(60_000);

const STAFF_PAGE = "@/app/[locale]/(admin)/admin/staff/page";

describe("the staff page after a move that takes its form away", () => {
  test("重置两步验证: the authenticator is gone (the next sign-in sets one up) and the page says 已重置", async () => {
    const admin = await makeUser({ role: "ADMIN", realName: "陈管理" });
    const reviewer = await makeUser({ role: "REVIEWER", realName: "李审核" });
    await enrol(reviewer.id);
    setPageCaller(admin);

    const resetForms = (r: Awaited<ReturnType<typeof renderPage>>) => r.markers.filter((m) => m.props.submitLabel === "重置两步验证");
    expect(resetForms(await renderPage(STAFF_PAGE, pageProps()))).toHaveLength(1);

    const outcome = await callAction(resetTwoFactorAction as never, [{}, formData({ id: reviewer.id })]);
    expect(outcome).toEqual({ kind: "redirect", to: "/admin/staff?done=twoFactorReset" });
    expect(await db().user.findUniqueOrThrow({ where: { id: reviewer.id } })).toMatchObject({ totpSecret: null, totpEnabledAt: null });
    // The next sign-in asks to set up an authenticator, not for a code.
    const fresh = await sessionUser(reviewer.id);
    expect(secondFactorDue(fresh!, false)).toBe("enrol");

    const after = await renderPage(STAFF_PAGE, pageProps({}, { done: "twoFactorReset" }));
    expect(after.text).toContain("已重置两步验证，该工作人员下次登录时须重新设置");
    // Nothing left to reset: the form (and anything it would have said) is gone.
    expect(after.text).not.toContain("手机丢失或更换时使用");
    expect(resetForms(after)).toHaveLength(0);
  });

  test("停用 and 恢复 answer with the banner too", async () => {
    const admin = await makeUser({ role: "ADMIN", realName: "陈管理" });
    const reviewer = await makeUser({ role: "REVIEWER", realName: "王审核" });
    setPageCaller(admin);
    expect(await callAction(suspendStaffAction as never, [{}, formData({ id: reviewer.id, reason: "调离组织部门。" })])).toEqual({
      kind: "redirect",
      to: "/admin/staff?done=suspended",
    });
    expect((await renderPage(STAFF_PAGE, pageProps({}, { done: "suspended" }))).text).toContain("账户已停用");
    expect(await callAction(restoreStaffAction as never, [{}, formData({ id: reviewer.id })])).toEqual({
      kind: "redirect",
      to: "/admin/staff?done=restored",
    });
    expect((await renderPage(STAFF_PAGE, pageProps({}, { done: "restored" }))).text).toContain("账户已恢复。");
    // An unknown word shows nothing.
    expect((await renderPage(STAFF_PAGE, pageProps({}, { done: "x" }))).text).not.toContain("已恢复");
  });
});
