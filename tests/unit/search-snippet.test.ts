import { highlight, snippet } from "@/lib/search/snippet";
import { charPhrase, documentGrams, isShortWord, trigramPhrase } from "@/lib/search/grams";

describe("search snippets", () => {
  test("marks every occurrence of every word, ASCII case ignored, overlaps merged", () => {
    expect(highlight("舟组通〔2026〕12号", ["〔2026〕", "12"])).toEqual([
      { text: "舟组通", hit: false },
      { text: "〔2026〕12", hit: true },
      { text: "号", hit: false },
    ]);
    expect(
      highlight("Kunpeng kunpeng", ["KUN"])
        .filter((s) => s.hit)
        .map((s) => s.text),
    ).toEqual(["Kun", "kun"]);
  });

  test("cuts a long body around the first hit, whitespace collapsed, with ellipses", () => {
    const body = `${"甲".repeat(200)}\n\n- 目标词 在此\n${"乙".repeat(200)}`;
    const s = snippet(body, ["目标词"], 40);
    expect(s[0]).toEqual({ text: "…", hit: false });
    expect(s[s.length - 1]).toEqual({ text: "…", hit: false });
    expect(s.find((x) => x.hit)!.text).toBe("目标词");
    // The list bullet is a Markdown marker, not text: left out of the snippet.
    expect(s.map((x) => x.text).join("")).toContain("甲 目标词 在此 乙");
    // Nothing hits in the body (a title hit): its start.
    expect(snippet("正文开头。", ["无关"])).toEqual([{ text: "正文开头。", hit: false }]);
  });

  test("Markdown line markers, emphasis stars and link syntax are left out; the hits land on the same characters", () => {
    const body = [
      "## 一、总则",
      "",
      '- 第一条 **目标词**在此，详见[实施办法](https://example.gov.cn/a "办法")。',
      "* 第二条 *重点*工作",
      "> 1. 按 3 * 4 计算，文件名 file_name 不变",
      "",
      "---",
      "![附图说明](/img/a.png)",
    ].join("\n");
    const text = (segs: { text: string }[]) => segs.map((x) => x.text).join("");
    const hits = (segs: { text: string; hit: boolean }[]) => segs.filter((x) => x.hit).map((x) => x.text);
    const s = snippet(body, ["目标词", "实施"], 200);
    expect(text(s)).toBe("一、总则 第一条 目标词在此，详见实施办法。 第二条 重点工作 1. 按 3 * 4 计算，文件名 file_name 不变 附图说明");
    expect(hits(s)).toEqual(["目标词", "实施"]);
    // A word right after a removed marker, and one that (in the indexed text) runs across stars:
    // marked on exactly the characters a reader sees.
    expect(hits(snippet(body, ["一、总"]))).toEqual(["一、总"]);
    expect(hits(snippet(body, ["点*工"]))).toEqual(["点工"]);
    // A word only inside the link's address matches the indexed text but shows nothing.
    expect(hits(snippet(body, ["example"]))).toEqual([]);
    // Cut around the first hit as before, with the ellipsis.
    const long = `## 标题\n\n${"甲".repeat(200)}\n\n- **目标词** 在此\n${"乙".repeat(200)}`;
    const cut = snippet(long, ["目标词"], 40);
    expect(cut[0]).toEqual({ text: "…", hit: false });
    expect(hits(cut)).toEqual(["目标词"]);
    expect(text(cut)).not.toMatch(/[#*-]/);
  });

  test("markup in a document is a text segment (React escapes it)", () => {
    expect(highlight("<b>局</b>", ["局"])).toEqual([
      { text: "<b>", hit: false },
      { text: "局", hit: true },
      { text: "</b>", hit: false },
    ]);
  });
});

describe("index tokens", () => {
  test("one hex token per character, punctuation and newlines included, ASCII lowered", () => {
    expect(documentGrams("局A", "〔1")).toBe("5c40 61 a 3014 31");
    expect(charPhrase("副局")).toBe('"526f 5c40"');
    expect(trigramPhrase('a"b')).toBe('"a""b"');
    expect([isShortWord("局"), isShortWord("副局"), isShortWord("副局长"), isShortWord("𠀀𠀀")]).toEqual([true, true, false, true]);
  });
});
