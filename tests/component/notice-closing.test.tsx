// A 任职前公示 ends as the official document does: where to report (with 12380), then the
// issuing department and the date, in the site's date style.
import { render, screen } from "@testing-library/react";
import { createFormatter, createTranslator } from "next-intl";
import { NoticeClosing } from "@/components/boards/notice-closing";
import type { T } from "@/components/boards/i18n-types";
import { catalogs } from "@/messages";

test("the department, the date and 12380 close the notice", () => {
  const t = createTranslator({ locale: "zh-CN", messages: catalogs["zh-CN"] }) as unknown as T;
  const format = createFormatter({ locale: "zh-CN", timeZone: "Asia/Shanghai" });
  // Published at 2026-12-10 00:30 Beijing time (the day before in UTC).
  render(<NoticeClosing t={t} format={format} org="中共舟山市委组织部" publishedAt={new Date("2026-12-09T16:30:00Z")} />);
  const closing = screen.getByTestId("notice-closing");
  expect(closing).toHaveTextContent(/^对公示对象如有异议，可在公示期内.*向中共舟山市委组织部反映。/);
  expect(closing).toHaveTextContent("举报电话：12380");
  expect(closing).toHaveTextContent("举报网站：www.12380.gov.cn");
  expect(closing).toHaveTextContent(/中共舟山市委组织部2026年12月10日$/);
});
