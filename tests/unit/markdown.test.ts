// Bodies are staff-typed Markdown; whatever is typed must render inert. The corpus mixes raw
// HTML, Markdown links and encodings that browsers decode (entities, mixed case, whitespace).
import { markdownExcerpt, renderMarkdown } from "@/lib/markdown/render";

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
