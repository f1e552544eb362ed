// The toolbar editor for long bodies (components/editor): toolbar buttons change what the form
// sends, Word's clipboard keeps its headings, lists and tables and loses everything else, an old
// Markdown body opens as formatted text, and a refused form keeps what was typed.
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { Editor } from "@tiptap/core";
import { RichTextField } from "@/components/editor/rich-text-field";
import { cleanPastedHtml } from "@/components/editor/paste-cleanup";
import { PolicyForm } from "@/components/admin-boards/policy-form";
import { renderWithIntl } from "./render";
import { installProseMirrorPolyfills } from "./support/prosemirror-polyfills";

installProseMirrorPolyfills();

/** The editable area, by its label (the way staff and screen readers find it). */
async function textbox(name: RegExp | string = /^正文/) {
  return screen.findByRole("textbox", { name });
}

/** Tiptap hangs its instance on the editable element: used to place the cursor, as a click would. */
function editorOf(el: HTMLElement): Editor {
  return (el as HTMLElement & { editor: Editor }).editor;
}

function hidden(name = "body"): HTMLInputElement {
  return document.querySelector(`input[type="hidden"][name="${name}"]`) as HTMLInputElement;
}

async function click(name: string) {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name }));
  });
}

async function paste(el: HTMLElement, html: string) {
  const event = new Event("paste", { bubbles: true, cancelable: true });
  Object.defineProperty(event, "clipboardData", {
    value: { types: ["text/html", "text/plain"], getData: (type: string) => (type === "text/html" ? html : "") },
  });
  await act(async () => {
    el.dispatchEvent(event);
  });
}

function field(defaultValue = "", extra: Partial<React.ComponentProps<typeof RichTextField>> = {}) {
  return renderWithIntl(<RichTextField name="body" label="正文" defaultValue={defaultValue} maxLength={1000} {...extra} />);
}

describe("toolbar → what the form sends", () => {
  it("every button has a Chinese name; the editable area is named by its label", async () => {
    field("<p>正文</p>");
    const box = await textbox();
    expect(box).toHaveAttribute("aria-multiline", "true");
    const toolbar = screen.getByRole("toolbar", { name: "格式工具栏" });
    const names = within(toolbar)
      .getAllByRole("button")
      .map((b) => b.getAttribute("aria-label"));
    expect(names).toEqual(["二级标题", "三级标题", "加粗", "编号列表", "项目符号列表", "插入表格", "链接", "撤销", "重做"]);
  });

  it("headings, bold and lists", async () => {
    field("<p>第一章 总则</p>");
    const box = await textbox();
    const editor = editorOf(box);
    act(() => void editor.commands.setTextSelection(1));
    await click("二级标题");
    expect(hidden().value).toBe("<h2>第一章 总则</h2>");
    await click("二级标题"); // pressed again: back to a paragraph
    expect(hidden().value).toBe("<p>第一章 总则</p>");
    act(() => void editor.commands.setTextSelection({ from: 1, to: 7 }));
    await click("加粗");
    expect(hidden().value).toBe("<p><strong>第一章 总则</strong></p>");
    expect(screen.getByRole("button", { name: "加粗" })).toHaveAttribute("aria-pressed", "true");
    await click("编号列表");
    expect(hidden().value).toBe("<ol><li><strong>第一章 总则</strong></li></ol>");
    await click("项目符号列表");
    expect(hidden().value).toBe("<ul><li><strong>第一章 总则</strong></li></ul>");
    await click("三级标题");
    expect(hidden().value).toContain("<h3>");
  });

  it("tables: insert, add and remove rows and columns, delete", async () => {
    field("<p>名单如下：</p>");
    const box = await textbox();
    act(() => void editorOf(box).commands.setTextSelection(6));
    expect(screen.queryByRole("toolbar", { name: "表格操作" })).toBeNull();
    await click("插入表格");
    const rows = () => (hidden().value.match(/<tr>/g) ?? []).length;
    const headerCells = () => (hidden().value.match(/<th>/g) ?? []).length;
    expect(hidden().value).toContain("<table>");
    expect(rows()).toBe(3);
    expect(headerCells()).toBe(3);
    // Nothing of the editor's own table markup is sent.
    expect(hidden().value).not.toMatch(/colgroup|style=|colspan="1"|<td><p>/);
    const tools = screen.getByRole("toolbar", { name: "表格操作" });
    expect(
      within(tools)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["在下方插入行", "删除所在行", "在右侧插入列", "删除所在列", "删除表格"]);
    await click("在下方插入行");
    expect(rows()).toBe(4);
    await click("在右侧插入列");
    expect(headerCells()).toBe(4);
    await click("删除所在列");
    expect(headerCells()).toBe(3);
    await click("删除所在行");
    expect(rows()).toBe(3);
    await click("删除表格");
    expect(hidden().value).not.toContain("<table>");
  });

  it("links: an address typed in the panel, Enter applies it without sending the form; javascript: is refused", async () => {
    const submitted = jest.fn((e: Event) => e.preventDefault());
    const view = renderWithIntl(
      <form onSubmit={(e) => submitted(e.nativeEvent)}>
        <RichTextField name="body" label="正文" defaultValue="<p>舟山市人民政府</p>" />
      </form>,
    );
    const box = await textbox();
    act(() => void editorOf(box).commands.selectAll());
    await click("链接");
    const address = screen.getByRole("textbox", { name: "链接地址" });
    fireEvent.change(address, { target: { value: "javascript:alert(1)" } });
    fireEvent.keyDown(address, { key: "Enter" });
    expect(screen.getByText(/请输入以 https:\/\/ 或 http:\/\/ 开头的网址/)).toBeInTheDocument();
    expect(hidden().value).not.toContain("<a");
    fireEvent.change(address, { target: { value: "www.zhoushan.gov.cn" } });
    await act(async () => {
      fireEvent.keyDown(address, { key: "Enter" });
    });
    expect(hidden().value).toBe('<p><a href="https://www.zhoushan.gov.cn">舟山市人民政府</a></p>');
    expect(submitted).not.toHaveBeenCalled();
    expect(screen.queryByRole("textbox", { name: "链接地址" })).toBeNull();
    view.unmount();
  });

  it("undo and redo", async () => {
    field("<p>拟任</p>");
    const box = await textbox();
    expect(screen.getByRole("button", { name: "撤销" })).toBeDisabled();
    act(() => void editorOf(box).commands.setTextSelection(1));
    await click("二级标题");
    expect(hidden().value).toBe("<h2>拟任</h2>");
    await click("撤销");
    expect(hidden().value).toBe("<p>拟任</p>");
    await click("重做");
    expect(hidden().value).toBe("<h2>拟任</h2>");
  });

  it("预览 shows the body as the page renders it, and 编辑 brings the toolbar back", async () => {
    field("<h2>一、总则</h2><p>正文<strong>重点</strong></p>");
    await textbox();
    await click("预览");
    expect(screen.getByRole("button", { name: "预览" })).toHaveAttribute("aria-pressed", "true");
    expect(screen.queryByRole("toolbar", { name: "格式工具栏" })).toBeNull();
    expect(screen.getByRole("heading", { level: 2, name: "一、总则" })).toBeInTheDocument();
    expect(screen.getByText("以下是公开页面上显示的样子。")).toBeInTheDocument();
    await click("编辑");
    expect(screen.getByRole("toolbar", { name: "格式工具栏" })).toBeVisible();
  });

  it("counts the text (not the markup) against the limit", async () => {
    field("<table><tbody><tr><th>姓名</th><th>职务</th></tr></tbody></table>", { maxLength: 3 });
    await textbox();
    expect(screen.getByText("已输入 5 字，最多 3 字")).toHaveClass("text-brand-700");
  });
});

describe("pasting from Word", () => {
  // What Word puts on the clipboard, trimmed: Office namespaces, conditional comments, classes,
  // inline styles and fonts, lists as styled paragraphs with typed markers, a table with widths.
  const WORD = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta charset="utf-8"><style>p.MsoNormal{font-family:宋体}</style></head>
<body lang=ZH-CN style='tab-interval:21.0pt'>
<!--StartFragment-->
<div class=WordSection1>
<h1 style='margin:0'><span style='font-family:黑体'>一、总则<o:p></o:p></span></h1>
<h2><span lang=EN-US>（一）适用范围</span></h2>
<p class=MsoNormal><span style='font-size:16.0pt;font-family:仿宋_GB2312;color:red'>为规范<b>选拔任用</b>工作，制定本办法。</span><img src="file:///C:/x.png" width=10></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=EN-US><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]><span>信念坚定</span></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=EN-US><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]><span>为民服务</span></p>
<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span>&nbsp;</span></span></span><![endif]>勤政务实</p>
<p class=MsoListParagraph style='mso-list:l1 level2 lfo2'><![if !supportLists]><span style='font-family:"Courier New"'><span style='mso-list:Ignore'>o<span>&nbsp;</span></span></span><![endif]>敢于担当</p>
<ul style='margin-top:0'><li class=MsoNormal style='color:blue'><font face="楷体">清正廉洁</font></li></ul>
<table class=MsoTableGrid border=1 cellspacing=0 style='border-collapse:collapse'>
<tr><td width=100 valign=top style='border:solid windowtext 1.0pt'><p class=MsoNormal><b>姓名</b></p></td><td colspan=2 style='width:50pt'><p class=MsoNormal>拟任职务</p></td></tr>
<tr><td class=x><p class=MsoNormal>林晓东</p></td><td><span style='font-family:宋体'>副局长</span></td><td>舟山</td></tr>
</table>
<p class=MsoNormal><a href="#_Toc123">目录</a> <a href="https://www.12380.gov.cn" style="color:blue" class=MsoHyperlink>12380</a></p>
</div>
<!--EndFragment-->
</body></html>`;

  it("keeps headings (one level down), lists (Word's too) and tables; drops styles, classes, spans, fonts and images", () => {
    const html = cleanPastedHtml(WORD);
    expect(html).toContain("<h2>一、总则</h2>");
    expect(html).toContain("<h3>（一）适用范围</h3>");
    expect(html).toContain("<p>为规范<strong>选拔任用</strong>工作，制定本办法。</p>");
    expect(html).toMatch(/<ol><li><p>信念坚定<\/p><\/li><li><p>为民服务<\/p><\/li><\/ol>/);
    expect(html).toMatch(/<ul><li><p>勤政务实<\/p><ul><li><p>敢于担当<\/p><\/li><\/ul><\/li><\/ul>/);
    expect(html).toContain("<ul><li>清正廉洁</li></ul>");
    expect(html).toMatch(/<table>\s*<tbody>\s*<tr>\s*<td>\s*<p><strong>姓名<\/strong><\/p>\s*<\/td>\s*<td colspan="2">/);
    expect(html).toContain('<a href="https://www.12380.gov.cn">12380</a>');
    expect(html).toContain("目录"); // a bookmark link keeps its text only
    expect(html).not.toMatch(/style=|class=|<span|<font|<img|<o:p|mso-|<meta|<!--|href="#|1\.\u00a0/i);
    expect(html).not.toMatch(/<p>\s*(&nbsp;|\u00a0)?\s*<\/p>/); // Word's empty spacing paragraphs
  });

  it("Google Docs' outer <b style=font-weight:normal> is not bold", () => {
    expect(cleanPastedHtml('<b style="font-weight:normal;" id="docs-internal-guid-1"><p dir="ltr"><span>正文</span></p></b>')).toBe(
      "<p>正文</p>",
    );
  });

  it("a paste into the editor arrives cleaned in the form's value", async () => {
    field("");
    const box = await textbox();
    await paste(box, WORD);
    const value = hidden().value;
    expect(value).toContain("<h2>一、总则</h2>");
    expect(value).toContain("<h3>（一）适用范围</h3>");
    expect(value).toContain("<ol><li>信念坚定</li><li>为民服务</li></ol>");
    expect(value).toMatch(/<ul><li><p>勤政务实<\/p><ul><li>敢于担当<\/li><\/ul><\/li>/);
    expect(value).toContain('<td colspan="2">拟任职务</td>');
    expect(value).toContain("<td>副局长</td>");
    expect(value).not.toMatch(/style=|class=|<span|<font|<img|mso-/i);
  });
});

describe("old bodies and the form's round trip", () => {
  it("an old Markdown body opens formatted, and the form sends it as HTML", async () => {
    field("# 第一章\n\n正文第一段。\n\n- 一\n- 二\n\n| 姓名 | 职务 |\n|---|---|\n| 张三 | 科长 |");
    const box = await textbox();
    expect(within(box).getByRole("heading", { level: 2, name: "第一章" })).toBeInTheDocument();
    await waitFor(() => expect(hidden().value).toMatch(/^<h2>第一章<\/h2><p>正文第一段。<\/p><ul><li>一<\/li><li>二<\/li><\/ul><table>/));
    expect(hidden().value).toContain("<td>张三</td>");
  });

  it("an empty editor sends nothing (the server then says the field is required)", async () => {
    field("");
    await textbox();
    expect(hidden().value).toBe("");
  });

  it("a refused form keeps what was typed, marks the field and names the error", async () => {
    const seen: string[] = [];
    const action = jest.fn(async (_s: unknown, form: FormData) => {
      seen.push(String(form.get("body")));
      return {
        errors: { title: ["errors.required"], body: ["errors.tooLong"] },
        values: Object.fromEntries(form) as Record<string, string>,
      };
    });
    renderWithIntl(<PolicyForm action={action} initial={{ body: "<p>征求意见稿</p>" }} />);
    const box = await textbox();
    act(() => void editorOf(box).commands.setTextSelection(1));
    await click("二级标题");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "保存" }));
    });
    expect(action).toHaveBeenCalledTimes(1);
    expect(seen).toEqual(["<h2>征求意见稿</h2>"]);
    const again = await textbox();
    expect(within(again).getByRole("heading", { level: 2, name: "征求意见稿" })).toBeInTheDocument();
    expect(hidden().value).toBe("<h2>征求意见稿</h2>");
    expect(again).toHaveAttribute("aria-invalid", "true");
    const described = (again.getAttribute("aria-describedby") ?? "").split(" ").map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain("内容过长");
  });
});
