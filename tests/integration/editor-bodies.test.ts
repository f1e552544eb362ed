// Bodies written in the toolbar editor (HTML) through the real data layer and database: the
// sanitizer runs on save, pages and feeds render them, the search index and its snippets hold
// their text (not their tags), and older Markdown bodies are stored and shown as before.
import { db } from "@/lib/db/client";
import * as policies from "@/lib/data/policies";
import * as notices from "@/lib/data/notices";
import { searchPublished } from "@/lib/data/search";
import { feedEntries } from "@/lib/data/feeds";
import { renderMarkdown } from "@/lib/markdown/render";
import { makeUser } from "./support/users";
import { generalNoticeInput, policyInput } from "./boards-fixtures";

// Two boards written and published per test, and the search index kept in step: more than the
// default five seconds on a loaded machine.
jest.setTimeout(30_000);

const NOW = new Date("2026-09-17T02:00:00Z");

// What a hostile or careless client could send instead of the editor's output.
const DIRTY =
  '<h1 class="MsoTitle" style="color:red">一、总则</h1><p><span style="font-family:宋体">鲲鹏编辑器测试</span>正文<img src="x.png" onerror="alert(1)"><script>alert(1)</script></p>' +
  '<table style="width:100%"><colgroup><col style="width:50px"></colgroup><tbody><tr><th colspan="2">拟任人选</th></tr><tr><td>林晓东</td><td>副局长</td></tr></tbody></table>' +
  '<p><a href="javascript:alert(1)">坏链接</a> <a href="https://www.12380.gov.cn" target="_blank">12380</a></p>';

test("an editor body is sanitized on save, rendered on the page, and its text (not its tags) is what search finds and shows", async () => {
  const staff = await makeUser({ role: "REVIEWER" });
  const { id } = await policies.createPolicy(staff, policyInput({ title: "编辑器正文测试办法", body: DIRTY }));
  const stored = (await db().policy.findUniqueOrThrow({ where: { id }, select: { body: true } })).body;
  expect(stored).toBe(
    "<h2>一、总则</h2><p>鲲鹏编辑器测试正文</p>" +
      '<table><tbody><tr><th colspan="2">拟任人选</th></tr><tr><td>林晓东</td><td>副局长</td></tr></tbody></table>' +
      '<p><a rel="nofollow noopener noreferrer">坏链接</a> <a href="https://www.12380.gov.cn" rel="nofollow noopener noreferrer">12380</a></p>',
  );

  await policies.publishPolicy(staff, id, NOW);
  const shown = await policies.getPublishedPolicy(id);
  expect(renderMarkdown(shown!.body)).toBe(stored);

  const hit = (await searchPublished({ q: "鲲鹏编辑器" }))!.rows.find((r) => r.id === id)!;
  const snippet = hit.snippet.map((s) => s.text).join("");
  expect(snippet).toContain("鲲鹏编辑器测试正文");
  expect(snippet).not.toMatch(/<|>/);
  // A tag's name is not a word of the body.
  expect((await searchPublished({ q: "colspan" }))!.rows.map((r) => r.id)).not.toContain(id);
});

test("an older Markdown body is kept as typed and rendered as before", async () => {
  const staff = await makeUser({ role: "REVIEWER" });
  const body = "## 总则\n\n实名推荐，**谁推荐谁负责**。\n\n- 一\n- 二";
  const { id } = await policies.createPolicy(staff, policyInput({ title: "旧格式正文测试办法", body }));
  expect((await db().policy.findUniqueOrThrow({ where: { id }, select: { body: true } })).body).toBe(body);
  expect(renderMarkdown(body)).toContain("<h2>总则</h2>");
  expect(renderMarkdown(body)).toContain("<strong>谁推荐谁负责</strong>");
});

test("a notice written in the editor goes to the feed as sanitized HTML with a plain-text excerpt", async () => {
  const staff = await makeUser({ role: "REVIEWER" });
  const { id } = await notices.createNotice(
    staff,
    generalNoticeInput({ title: "编辑器公告测试", body: '<h2>说明</h2><ul><li style="color:red">三个工作日内完成审核</li></ul>' }),
  );
  await notices.publishNotice(staff, id, NOW);
  const entry = (await feedEntries("notices")).find((e) => e.id === id)!;
  expect(entry.contentHtml).toBe("<h2>说明</h2><ul><li>三个工作日内完成审核</li></ul>");
  expect(entry.excerpt).toBe("说明 三个工作日内完成审核");
});
