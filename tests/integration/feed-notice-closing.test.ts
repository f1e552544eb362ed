// A 任职前公示 in the 公示公告 feed ends as its page does (issue 11: "a 公示 ends with the issuing
// department and date, and the 12380 phone for feedback"): the feedback sentence naming the
// department, the 12380 phone and website, the issuing department and the date, in the same
// words (one function builds both) and as escaped, sanitized markup like every feed body. A
// general notice has no such ending. Real SQLite, real zh-CN catalog.
import { parseDocument, DomUtils } from "htmlparser2";
import type { Element } from "domhandler";
import { db } from "@/lib/db/client";
import { feedEntries } from "@/lib/data/feeds";
import { feedDocument } from "@/lib/feeds/document";

// Published 2026-12-10 00:30 Beijing time (the day before in UTC): the date is the Beijing day.
const PUBLISHED = new Date("2026-12-09T16:30:00Z");
const ORG = "中共舟山市委组织部<script>alert(1)</script>";

/** Each item's body (RSS content:encoded, Atom content) as a browser would read its text, by title. */
function bodies(xml: string): Map<string, { html: string; text: string }> {
  const doc = parseDocument(xml, { xmlMode: true, recognizeCDATA: true });
  const items = DomUtils.getElementsByTagName((n) => n === "item" || n === "entry", doc.children, true);
  const out = new Map<string, { html: string; text: string }>();
  for (const item of items) {
    const field = (name: string) => DomUtils.getElementsByTagName(name, item.children, false)[0] as Element | undefined;
    const title = DomUtils.textContent(field("title")!);
    const html = DomUtils.textContent((field("content:encoded") ?? field("content"))!);
    out.set(DomUtils.textContent(parseDocument(title)), { html, text: DomUtils.textContent(parseDocument(html)) });
  }
  return out;
}

let saved: string | undefined;
beforeAll(async () => {
  saved = process.env.OPENSELECT_ORG_NAME;
  process.env.OPENSELECT_ORG_NAME = ORG;
  const common = { status: "PUBLISHED", publishedAt: PUBLISHED, body: "<p>经研究，拟任用以下同志。</p>" };
  await db().notice.create({
    data: {
      ...common,
      kind: "PRE_APPOINTMENT",
      title: "任职前公示（结尾）",
      startsOn: new Date("2026-12-10T00:00:00Z"),
      endsOn: new Date("2026-12-16T00:00:00Z"),
      contact: "联系电话：0580-2022222",
      // Stored out of order: the table follows position, as the page does.
      entries: {
        create: [
          {
            position: 1,
            name: "李<b>四</b>",
            gender: "F",
            birthYearMonth: "1985-03",
            education: "大学，管理学学士",
            currentPost: "定海区某局副局长",
            proposedPost: "某局局长",
          },
          {
            position: 0,
            name: "王五",
            gender: "M",
            birthYearMonth: "1980-11",
            education: "研究生，法学硕士",
            currentPost: "市某局科长",
            proposedPost: "市某局副局长",
          },
        ],
      },
    },
  });
  await db().notice.create({ data: { ...common, kind: "GENERAL", title: "一般公告（无结尾）" } });
});
afterAll(() => {
  if (saved === undefined) delete process.env.OPENSELECT_ORG_NAME;
  else process.env.OPENSELECT_ORG_NAME = saved;
});

test.each(["rss", "atom"] as const)("%s: the 任职前公示 ends with the page's closing lines; a general notice does not", async (format) => {
  const xml = await feedDocument("notices", format, await feedEntries("notices"), "https://rsxt.example.gov.cn");
  const items = bodies(xml);
  const pre = items.get("任职前公示（结尾）")!;
  expect(pre.text).toContain("经研究，拟任用以下同志。");
  expect(pre.text).toMatch(/对公示对象如有异议，可在公示期内.*向中共舟山市委组织部<script>alert\(1\)<\/script>反映。/);
  expect(pre.text).toContain("举报电话：12380");
  expect(pre.text).toContain("举报网站：www.12380.gov.cn");
  // Signed and dated; on the page only the card of where to send concerns (the notice's contact) follows.
  expect(pre.text).toMatch(/中共舟山市委组织部<script>alert\(1\)<\/script>\s*2026年12月10日公示期间，对公示对象有意见/);
  // The department's name is text, never markup.
  expect(DomUtils.getElementsByTagName("script", parseDocument(pre.html).children, true)).toEqual([]);
  const general = items.get("一般公告（无结尾）")!;
  expect(general.text).toContain("经研究，拟任用以下同志。");
  expect(general.text).not.toContain("12380");
});

test.each(["rss", "atom"] as const)(
  "%s: the 任职前公示 carries its page's 公示期, persons' table and contact, in the page's order",
  async (format) => {
    const xml = await feedDocument("notices", format, await feedEntries("notices"), "https://rsxt.example.gov.cn");
    const pre = bodies(xml).get("任职前公示（结尾）")!;
    const doc = parseDocument(pre.html);
    const rows = DomUtils.getElementsByTagName("tr", doc.children, true).map((tr) =>
      DomUtils.getElementsByTagName((n) => n === "th" || n === "td", tr.children, false).map((c) => DomUtils.textContent(c)),
    );
    expect(rows).toEqual([
      ["姓名", "性别", "出生年月", "学历学位", "现任职务", "拟任职务"],
      ["王五", "男", "1980年11月", "研究生，法学硕士", "市某局科长", "市某局副局长"],
      ["李<b>四</b>", "女", "1985年3月", "大学，管理学学士", "定海区某局副局长", "某局局长"],
    ]);
    // A typed "<b>" is text in its cell, never markup.
    expect(DomUtils.getElementsByTagName("b", doc.children, true)).toEqual([]);
    const order = [
      "公示期：2026年12月10日 至 2026年12月16日（5 个工作日）",
      "经研究，拟任用以下同志。",
      "公示对象（2 人）",
      "王五",
      "举报电话：12380",
      "联系电话：0580-2022222",
    ].map((s) => pre.text.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const general = bodies(xml).get("一般公告（无结尾）")!;
    expect(general.text).not.toMatch(/公示期|公示对象/);
  },
);

test.each(["rss", "atom"] as const)(
  "%s: the feed's rights name the department the deployment names (OPENSELECT_ORG_NAME)",
  async (format) => {
    const xml = await feedDocument("notices", format, await feedEntries("notices"), "https://rsxt.example.gov.cn");
    const doc = parseDocument(xml, { xmlMode: true, recognizeCDATA: true });
    const [rights] = DomUtils.getElementsByTagName(format === "rss" ? "copyright" : "rights", doc.children, true);
    expect(DomUtils.textContent(rights)).toBe(ORG);
  },
);
