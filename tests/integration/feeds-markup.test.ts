// Hole 8 (issue 8): staff-entered HTML must not reach a feed reader as live markup. Published
// rows in a real database carry <img onerror>, <script> and escaped forms of them in their
// titles and bodies; in the RSS and Atom documents, titles are plain text (no element at all)
// and bodies went through the pages' sanitizer (no script, no image, no event handler).
import { parseDocument, DomUtils } from "htmlparser2";
import type { Element } from "domhandler";
import { db } from "@/lib/db/client";
import { feedEntries } from "@/lib/data/feeds";
import { feedDocument } from "@/lib/feeds/document";
import { FEED_BOARDS } from "@/lib/feeds/entries";

const TITLE = "关于<img src=x onerror=alert(1)>的通知";
const BODY = [
  "**加粗**的正文。",
  "",
  "<img src=x onerror=alert(1)>",
  "",
  "<script>alert(2)</script>",
  "",
  "&lt;img src=x onerror=alert(3)&gt;",
  "",
  "`<svg onload=alert(4)>`",
  "",
  "\\<iframe src=javascript:alert(5)>",
].join("\n");

async function poisonedBoards() {
  const now = new Date();
  await db().notice.create({ data: { kind: "GENERAL", title: TITLE, body: BODY, status: "PUBLISHED", publishedAt: now } });
  await db().appointment.create({
    data: {
      kind: "APPOINT",
      personName: "<b onmouseover=alert(6)>林晓东</b>",
      post: "处长<script>alert(7)</script>",
      unit: "舟山市海洋经济发展局",
      docNumber: "舟委干〔2026〕41号",
      decidedOn: now,
      body: BODY,
      status: "PUBLISHED",
      publishedAt: now,
    },
  });
  await db().vacancy.create({
    data: {
      post: "副局长<img src=x onerror=alert(8)>",
      unit: "舟山市<svg onload=alert(9)>",
      level: "DEPUTY_DIVISION",
      headcount: 1,
      duties: BODY,
      qualifications: "大学本科以上学历。",
      opensAt: new Date(now.getTime() - 3_600_000),
      closesAt: new Date(now.getTime() + 86_400_000),
      maxPerNominator: 1,
      status: "PUBLISHED",
      publishedAt: now,
    },
  });
}

/** The text of each <item>/<entry> child named `field`, as the XML parser decodes it. */
function fieldTexts(xml: string, field: string): string[] {
  const doc = parseDocument(xml, { xmlMode: true, recognizeCDATA: true });
  const items = DomUtils.getElementsByTagName((n) => n === "item" || n === "entry", doc.children, true);
  return items.flatMap((item) =>
    DomUtils.getElementsByTagName(field, item.children, false).map((el) => DomUtils.textContent(el as Element)),
  );
}

/** Elements a browser would build from `html`. */
const elementsOf = (html: string) => DomUtils.getElementsByTagName(() => true, parseDocument(html).children, true);
const live = (html: string) =>
  elementsOf(html).filter(
    (el) => ["script", "img", "svg", "iframe", "b"].includes(el.name) || Object.keys(el.attribs).some((a) => a.startsWith("on")),
  );

describe("feeds carry no live markup (hole 8)", () => {
  beforeAll(poisonedBoards);

  test.each(FEED_BOARDS.flatMap((b) => (["rss", "atom"] as const).map((f) => [b, f] as const)))("%s %s", async (board, format) => {
    const entries = await feedEntries(board);
    expect(entries.length).toBeGreaterThan(0);
    const xml = await feedDocument(board, format, entries, "https://rsxt.example.gov.cn");
    const titles = fieldTexts(xml, "title");
    expect(titles.length).toBeGreaterThan(0);
    // Titles: plain text, shown as typed, no element at all.
    for (const t of titles) expect(elementsOf(t)).toEqual([]);
    expect(titles.map((t) => DomUtils.textContent(parseDocument(t))).join("\n")).toMatch(/<(img|b|svg|script)/);
    const bodies = [
      ...fieldTexts(xml, "description"),
      ...fieldTexts(xml, "summary"),
      ...fieldTexts(xml, "content"),
      ...fieldTexts(xml, "content:encoded"),
    ];
    expect(bodies.length).toBeGreaterThan(0);
    for (const b of bodies) expect(live(b).map((el) => el.name)).toEqual([]);
    // The body's own formatting survives the sanitizer.
    expect(bodies.join("\n")).toContain("<strong>加粗</strong>");
  });
});
