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
    expect(s.map((x) => x.text).join("")).toContain("- 目标词 在此");
    // Nothing hits in the body (a title hit): its start.
    expect(snippet("正文开头。", ["无关"])).toEqual([{ text: "正文开头。", hit: false }]);
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
