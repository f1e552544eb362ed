// One date style (issue 11): a birth date reads as year and month everywhere on the site's pages
// (1983年11月; the day is never shown). The reviewer's view of a name/ID correction under
// /admin/registrations/… showed the full day (1979年3月1日) while the same page's own 出生日期 read
// 1979年3月. Rendered with the real zh-CN catalog on a real database. The persons of a 公示 follow
// the same preset in every language (English read 3/1979 there and March 1979 everywhere else).
import "./support/page-mocks";
import { pageProps, renderPage, renderTree, setPageCaller } from "./support/page-mocks";
import { createFormatter, createTranslator } from "next-intl";
import { catalogs } from "@/messages";
import { requestIdentityChange } from "@/lib/data/profile";
import { NoticeEntries } from "@/components/boards/notice-entries";
import type { F, T } from "@/components/boards/i18n-types";
import { makeUser, validId } from "./support/users";

test("the profile-change review on a registration's page shows birth dates as year and month, like the rest of the page", async () => {
  const reviewer = await makeUser({ role: "REVIEWER", realName: "审核员年月" });
  const u = await makeUser({ realName: "钱海东", idNumber: validId("19830517") });
  await requestIdentityChange(u, { realName: "钱海冬", idNumber: validId("19790301") });
  setPageCaller(reviewer);
  const { text } = await renderPage("@/app/[locale]/(admin)/admin/registrations/[id]/page", pageProps({ id: u.id }));
  expect(text).toContain("钱海冬"); // the review is on the page
  expect(text).toContain("1983年5月");
  expect(text).toContain("1979年3月");
  expect(text).not.toMatch(/1983年5月17日|1979年3月1日/);
});

test.each(["zh-CN", "en"] as const)("a 公示's persons give the birth year-month with the site's one preset (%s)", async (locale) => {
  const t = createTranslator({ locale, messages: catalogs[locale] }) as unknown as T;
  const format = createFormatter({ locale, timeZone: "Asia/Shanghai" }) as unknown as F;
  const entry = { name: "林晓东", gender: "M", birthYearMonth: "1983-11", education: "大学", currentPost: "科长", proposedPost: "副局长" };
  const text = await renderTree(NoticeEntries({ t, format, entries: [entry] }), []);
  expect(text).toContain(locale === "zh-CN" ? "1983年11月" : "November 1983");
});
