// Bodies are written by staff: HTML from the toolbar editor now, Markdown before it (seed data,
// databases already deployed). Whatever is typed or pasted must render inert in both formats, on
// save and on render. The corpus mixes raw HTML, Markdown links and encodings that browsers
// decode (entities, mixed case, whitespace).
import { markdownExcerpt, renderMarkdown, sanitizeBody } from "@/lib/markdown/render";
import { bodyToEditorHtml } from "@/lib/markdown/body-format";
import { bodyHasText, bodyTextLength, isHtmlBody } from "@/lib/markdown/body-text";
import { readValue } from "@/lib/audit/catalog";

const CORPUS = [
  "<script>alert(1)</script>",
  "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
  "<img src=x onerror=alert(1)>",
  '<img src="javascript:alert(1)">',
  "<svg onload=alert(1)><circle/></svg>",
  "<svg><script>alert(1)</script></svg>",
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
  '<iframe src="https://evil.example"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  "<body onload=alert(1)>",
  '<div onclick="alert(1)">click</div>',
  '<p onmouseover="alert(1)">hover</p>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href=" javascript:alert(1)">x</a>',
  '<a href="java\tscript:alert(1)">x</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
  '<a href="&#x6A;avascript:alert(1)">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<a href="https://ok.example" onclick="alert(1)">ok</a>',
  "[x](javascript:alert(1))",
  "[x](JAVASCRIPT:alert(1))",
  "[x](  javascript:alert(1)  )",
  "[x](data:text/html,<script>alert(1)</script>)",
  "[x](vbscript:alert(1))",
  "[x][r]\n\n[r]: javascript:alert(1)",
  "<javascript:alert(1)>",
  "![x](javascript:alert(1))",
  "![x](https://tracker.example/pixel.png)",
  "<style>body{background:url(javascript:alert(1))}</style>",
  '<div style="background:url(javascript:alert(1))">s</div>',
  "<link rel=stylesheet href=//evil.example/x.css>",
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<form action="javascript:alert(1)"><button>go</button></form>',
  "<input autofocus onfocus=alert(1)>",
  "<details open ontoggle=alert(1)>",
  "<video><source onerror=alert(1)></video>",
  "<marquee onstart=alert(1)>x</marquee>",
  "<template><script>alert(1)</script></template>",
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  "<!--<img src=x onerror=alert(1)>-->",
  "<scr<script>ipt>alert(1)</scr</script>ipt>",
  '"><script>alert(1)</script>',
  "`<script>alert(1)</script>`",
  "```html\n<script>alert(1)</script>\n```",
  '<a href="//evil.example">protocol-relative</a>',
  '<table><tr><td background="javascript:alert(1)">t</td></tr></table>',
];

/** What would run or load something in a browser, in the rendered HTML. */
function dangers(html: string): string[] {
  const found: string[] = [];
  // Live tags that execute or embed (escaped text such as &lt;script&gt; is fine).
  for (const tag of [
    "script",
    "iframe",
    "object",
    "embed",
    "svg",
    "math",
    "style",
    "link",
    "meta",
    "base",
    "form",
    "input",
    "img",
    "video",
    "source",
    "body",
    "template",
    "noscript",
    "details",
    "marquee",
    "button",
  ]) {
    if (new RegExp(`<${tag}[\\s>/]`, "i").test(html)) found.push(`<${tag}>`);
  }
  if (/\son[a-z]+\s*=/i.test(html)) found.push("event handler");
  if (/\sstyle\s*=/i.test(html)) found.push("style attribute");
  if (/\s(src|background|action|data|srcdoc)\s*=/i.test(html)) found.push("loading attribute");
  for (const m of html.matchAll(/href\s*=\s*"([^"]*)"/gi)) {
    if (!/^(https?:\/\/|mailto:|tel:)/i.test(m[1])) found.push(`href ${m[1]}`);
  }
  return found;
}

describe("Markdown rendering is inert", () => {
  it.each(CORPUS.map((c) => [c]))("%s", (payload) => {
    const html = renderMarkdown(payload);
    expect(dangers(html)).toEqual([]);
    // Inside a larger body too.
    expect(dangers(renderMarkdown(`# 公告\n\n正文第一段。\n\n${payload}\n\n- 一\n- 二`))).toEqual([]);
  });

  // The editor's HTML takes the HTML path (no Markdown parser in between): the same corpus inside
  // an editor body, on save and on render, and rendered after being saved.
  it.each(CORPUS.map((c) => [c]))("as an editor body: %s", (payload) => {
    const body = `<h2>公告</h2><p>正文第一段。</p>${payload}<ul><li>一</li></ul>`;
    expect(isHtmlBody(body)).toBe(true);
    expect(dangers(sanitizeBody(body))).toEqual([]);
    expect(dangers(renderMarkdown(body))).toEqual([]);
    expect(dangers(renderMarkdown(sanitizeBody(body)))).toEqual([]);
  });

  it("the detector itself sees danger in unsanitized HTML", () => {
    expect(dangers("<img src=x onerror=alert(1)>")).toEqual(expect.arrayContaining(["<img>", "event handler"]));
    expect(dangers('<a href="javascript:alert(1)">x</a>')).toEqual(["href javascript:alert(1)"]);
  });
});

describe("Markdown rendering keeps what staff need", () => {
  it("renders headings one level below the page title, lists, tables, emphasis and safe links", () => {
    const html = renderMarkdown(
      "# 第一章\n\n**加粗** *斜体*\n\n1. 一\n2. 二\n\n| 姓名 | 职务 |\n|---|---|\n| 张三 | 科长 |\n\n[舟山](https://www.zhoushan.gov.cn) <mailto:zzb@example.gov.cn>",
    );
    expect(html).toContain("<h2>第一章</h2>");
    expect(html).toContain("<strong>加粗</strong>");
    expect(html).toContain("<em>斜体</em>");
    expect(html).toContain("<ol>");
    expect(html).toContain("<td>张三</td>");
    expect(html).toContain('<a href="https://www.zhoushan.gov.cn" rel="nofollow noopener noreferrer">舟山</a>');
    expect(html).toContain('href="mailto:zzb@example.gov.cn"');
  });

  it("shows typed angle brackets in code as text", () => {
    expect(renderMarkdown("`<b>`")).toContain("&lt;b&gt;");
  });

  it("keeps line breaks inside a paragraph", () => {
    expect(renderMarkdown("第一行\n第二行")).toContain("<br />");
  });

  it("makes a plain-text excerpt", () => {
    expect(markdownExcerpt("## 标题\n\n正文<script>alert(1)</script>内容 **重点**", 100)).toBe("标题 正文内容 重点");
    expect(markdownExcerpt("一二三四五六", 3)).toBe("一二三…");
  });
});

describe("editor bodies (HTML) and older bodies (Markdown) side by side", () => {
  it("tells the two apart by how they start", () => {
    expect(isHtmlBody("<p>正文</p>")).toBe(true);
    expect(isHtmlBody("  <h2>一、总则</h2><p>…</p>")).toBe(true);
    expect(isHtmlBody("<table><tbody><tr><td>张三</td></tr></tbody></table>")).toBe(true);
    expect(isHtmlBody("<hr />")).toBe(true);
    expect(isHtmlBody("## 一、总则\n\n正文")).toBe(false);
    expect(isHtmlBody("经研究，拟任用下列同志。")).toBe(false);
    expect(isHtmlBody("<b>重要</b>通知")).toBe(false); // inline HTML in Markdown: marked handles it
    expect(isHtmlBody("<pre>x</pre>")).toBe(true);
    expect(isHtmlBody("<paragraph>")).toBe(false);
    expect(isHtmlBody("")).toBe(false);
  });

  it("renders an editor body as it is, sanitized: headings, lists, tables with merged cells, bold, links", () => {
    const html = renderMarkdown(
      "<h2>一、总则</h2><p>为规范<strong>选拔任用</strong>工作。</p><ol><li>信念坚定</li><li><p>为民服务</p><ul><li>勤政务实</li></ul></li></ol>" +
        '<table><tbody><tr><th colspan="2">拟任人选</th></tr><tr><td>林晓东</td><td rowspan="2">副局长</td></tr></tbody></table>' +
        '<p>反映电话 <a href="https://www.12380.gov.cn">12380</a></p>',
    );
    expect(html).toContain("<h2>一、总则</h2>");
    expect(html).toContain("<strong>选拔任用</strong>");
    expect(html).toContain("<ol><li>信念坚定</li><li><p>为民服务</p><ul><li>勤政务实</li></ul></li></ol>");
    expect(html).toContain('<th colspan="2">拟任人选</th>');
    expect(html).toContain('<td rowspan="2">副局长</td>');
    expect(html).toContain('<a href="https://www.12380.gov.cn" rel="nofollow noopener noreferrer">12380</a>');
  });

  it("keeps cell spans only as small whole numbers", () => {
    const html = sanitizeBody(
      '<table><tbody><tr><td colspan="x">a</td><td rowspan="1">b</td><td colspan="1000">c</td><td colspan="3" onclick="x()">d</td></tr></tbody></table>',
    );
    expect(html).toBe('<table><tbody><tr><td>a</td><td>b</td><td>c</td><td colspan="3">d</td></tr></tbody></table>');
  });

  it("on save: an editor body is sanitized (styles, classes, spans, images, scripts gone), a Markdown body is kept as typed", () => {
    expect(
      sanitizeBody(
        '<h1 class="x" style="color:red">标题</h1><p><span style="font-family:宋体">正文</span><img src="x.png"><script>alert(1)</script></p>',
      ),
    ).toBe("<h2>标题</h2><p>正文</p>");
    const markdown = "## 标题\n\n- 一\n- 二";
    expect(sanitizeBody(markdown)).toBe(markdown);
  });

  it("every Markdown body of the seed data renders as before (headings, lists, tables, line breaks)", () => {
    expect(renderMarkdown("## 一、总则\n\n第一行\n第二行\n\n- 一\n- 二")).toBe(
      "<h2>一、总则</h2>\n<p>第一行<br />第二行</p>\n<ul>\n<li>一</li>\n<li>二</li>\n</ul>\n",
    );
  });

  it("opens an old Markdown body in the editor as HTML, headings mapped as the pages map them", () => {
    expect(bodyToEditorHtml("# 第一章\n\n##### 细则\n\n正文")).toBe("<h2>第一章</h2>\n<h4>细则</h4>\n<p>正文</p>\n");
    expect(bodyToEditorHtml("<h2>一、总则</h2><p>正文</p>")).toBe("<h2>一、总则</h2><p>正文</p>");
    expect(bodyToEditorHtml("   ")).toBe("");
  });

  it("excerpts an editor body as plain text, blocks and cells apart", () => {
    expect(
      markdownExcerpt(
        "<h2>一、总则</h2><p>为规范<strong>选拔任用</strong>工作。</p><table><tbody><tr><td>林晓东</td><td>副局长</td></tr></tbody></table>",
        100,
      ),
    ).toBe("一、总则 为规范选拔任用工作。 林晓东 副局长");
    expect(markdownExcerpt("<p>第一行<br />第二行 &amp; 附件</p>", 100)).toBe("第一行 第二行 & 附件");
  });

  it("counts the text a reader sees, for the forms' required and length checks", () => {
    expect(bodyHasText("<p></p>")).toBe(false);
    expect(bodyHasText("<p>&nbsp;</p><table><tbody><tr><td></td></tr></tbody></table>")).toBe(false);
    expect(bodyHasText("<p>正文</p>")).toBe(true);
    expect(bodyTextLength("<table><tbody><tr><th>姓名</th><th>职务</th></tr></tbody></table>")).toBe(5);
    expect(bodyTextLength("<p>a &amp; b</p>")).toBe(5);
    expect(bodyTextLength("## 标题")).toBe(5); // Markdown counted as typed
  });
});

describe("the audit log reads an editor body as text", () => {
  it("shows the words of an HTML body, not its tags; plain text (a letter with < and >) is left alone", () => {
    expect(readValue("body", "<h2>一、总则</h2><p>为规范<strong>选拔任用</strong>工作。</p>", "Policy")).toEqual({
      t: "text",
      v: "一、总则 为规范选拔任用工作。",
    });
    expect(readValue("body", "甲 < 乙，丙 > 丁", "Policy")).toEqual({ t: "text", v: "甲 < 乙，丙 > 丁" });
  });
});
