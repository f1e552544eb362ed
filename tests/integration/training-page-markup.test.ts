// 干部教育培训 pages, looked at as markup on real rows (jsdom has no layout, so this checks what
// the markup asks of a browser):
// - 我的培训档案 and its printable record fit a 390 px phone: no table demands more width than the
//   screen has, and the session time is not one unbreakable line (it was cut off at 390 px);
//   the time shows the session's own hours (09:00 至 11:00);
// - 培训统计 with nothing to count offers no 导出 Excel, and says there is nothing to export; every
//   sentence with hours carries its unit (认定学时合计 0 学时。).
import "./support/page-mocks";
import { pageProps, setPageCaller } from "./support/page-mocks";
import { minWidthPx, renderPageMarkup } from "./support/page-markup";
import { db } from "@/lib/db/client";
import { makeUser } from "./support/users";
import { enrol, makeClass } from "./support/training-world";

jest.setTimeout(120_000);

// The width a phone leaves for content: 390 px less the page's side padding (px-4) …
const PAGE = 390 - 2 * 16;
// … and inside a card (p-5 and its border).
const IN_CARD = PAGE - 2 * 20 - 2;
// Longest piece of a cell that may stay on one line (a day, 2025年12月31日, or a clock range).
const ONE_LINE = 13;

const text = (el: Element | null) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();

test("培训统计 with no data: no export offered, a sentence instead, and hours with their unit", async () => {
  setPageCaller(await makeUser({ role: "REVIEWER" }));
  const doc = await renderPageMarkup("@/app/[locale]/(admin)/admin/training/reports/page", pageProps({}, { year: "all" }));
  expect([...doc.querySelectorAll("a")].filter((a) => /导出/.test(a.textContent ?? ""))).toEqual([]);
  expect(doc.querySelectorAll("[href*='/reports/export']")).toHaveLength(0);
  // Each of the three tables says why there is nothing to export.
  expect(text(doc.body).split("没有可导出的内容").length - 1).toBe(3);
  expect(text(doc.querySelector("[data-testid=training-total]"))).toBe("全部年度：参训 0 人，出勤 0 人次，认定学时合计 0 学时。");
});

test("我的培训档案 and the printable record fit a phone", async () => {
  const user = await makeUser({ realName: "张伟" });
  const c = await makeClass({
    title: "干部选拔任用工作业务培训班",
    sessions: [
      // 09:00–11:00 and 14:00–16:30, 北京时间.
      { startsAt: new Date("2025-12-30T01:00:00Z"), hoursTenths: 20, title: "条例解读" },
      { startsAt: new Date("2025-12-31T06:00:00Z"), minutes: 150, hoursTenths: 25, title: "干部选任信息公开与初始提名实务案例研讨" },
    ],
  });
  const e = await enrol(c.id, user.id, "APPROVED");
  for (const s of c.sessions) await db().trainingAttendance.create({ data: { sessionId: s.id, enrolmentId: e.id, method: "CODE" } });
  setPageCaller(user);

  const record = await renderPageMarkup("@/app/[locale]/(account)/account/training/page", pageProps());
  const table = record.querySelector("table")!;
  expect(table).not.toBeNull();
  expect(minWidthPx(table)).toBeLessThanOrEqual(IN_CARD);
  for (const el of table.querySelectorAll(".whitespace-nowrap")) expect(text(el).length).toBeLessThanOrEqual(ONE_LINE);
  // A cell's lines (block spans) read with a space between them.
  const cellText = (td: Element) => (td.children.length ? [...td.children].map(text).join(" ") : text(td));
  const rows = [...table.querySelectorAll("tbody tr")].map((tr) => [...tr.querySelectorAll("td, th")].map(cellText));
  expect(rows[0]).toEqual(["条例解读", "2025年12月30日 09:00 至 11:00", "2", "已出勤"]);
  expect(rows[1]?.[1]).toBe("2025年12月31日 14:00 至 16:30");

  // Then the whole class on the sheet: its dates (two days) wrap rather than widen the table.
  const print = await renderPageMarkup("@/app/[locale]/(account)/account/training/print/page", pageProps());
  const sheet = print.querySelector("table")!;
  expect(minWidthPx(sheet)).toBeLessThanOrEqual(PAGE);
  for (const el of sheet.querySelectorAll(".whitespace-nowrap")) expect(text(el).length).toBeLessThanOrEqual(ONE_LINE);
  expect(text(sheet)).toContain("2025年12月30日 至 2025年12月31日");
  expect(text(sheet)).toContain("4.5");
});
