// Issue 10: case numbers (kind prefix + Beijing date + a per-kind daily sequence) and the 查询码
// an anonymous writer follows a case with (16 Crockford base32 symbols, 80 bits from the CSPRNG).
import { caseCounterKey, formatCaseNumber, looksLikeCaseNumber } from "@/lib/cases/case-number";
import { QUERY_CODE_BITS, newQueryCode, normalizeQueryCode } from "@/lib/cases/query-code";

const bj = (local: string) => new Date(`${local}+08:00`);

describe("case numbers", () => {
  it("XL / FY / JB, the Beijing date and four digits", () => {
    const at = bj("2026-12-02T10:00:00");
    expect(formatCaseNumber(caseCounterKey("TALK", at), 7)).toBe("XL20261202-0007");
    expect(formatCaseNumber(caseCounterKey("OBJECTION", at), 12)).toBe("FY20261202-0012");
    expect(formatCaseNumber(caseCounterKey("REPORT", at), 1)).toBe("JB20261202-0001");
  });

  it("uses the Beijing date: 23:59:59 is still the day, 00:00 is the next (16:00 UTC)", () => {
    expect(caseCounterKey("REPORT", bj("2026-12-02T23:59:59"))).toBe("JB20261202");
    expect(caseCounterKey("REPORT", bj("2026-12-03T00:00:00"))).toBe("JB20261203");
    expect(caseCounterKey("REPORT", new Date("2026-12-02T15:59:59.999Z"))).toBe("JB20261202");
    expect(caseCounterKey("REPORT", new Date("2026-12-02T16:00:00Z"))).toBe("JB20261203");
    // New Year's Eve in Beijing is already 2027 there at 16:00 UTC.
    expect(caseCounterKey("TALK", new Date("2026-12-31T16:00:00Z"))).toBe("XL20270101");
  });

  it("grows past 9999 instead of truncating, and refuses a sequence that is not a positive integer", () => {
    expect(formatCaseNumber("JB20261202", 9999)).toBe("JB20261202-9999");
    expect(formatCaseNumber("JB20261202", 10000)).toBe("JB20261202-10000");
    for (const bad of [0, -1, 1.5, Number.NaN]) expect(() => formatCaseNumber("JB20261202", bad)).toThrow();
  });

  it("recognises the shape of a case number, and nothing else", () => {
    expect(looksLikeCaseNumber("XL20261202-0007")).toBe(true);
    expect(looksLikeCaseNumber("JB20261202-10000")).toBe(true);
    for (const bad of ["XL20261202-007", "xl20261202-0007", "AB20261202-0007", "XL2026120-0007", " XL20261202-0007", "XL20261202-0007x"])
      expect(looksLikeCaseNumber(bad)).toBe(false);
  });
});

describe("查询码", () => {
  const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

  it("is 16 Crockford symbols (80 bits), grouped in fours", () => {
    expect(QUERY_CODE_BITS).toBe(80);
    expect(16 * Math.log2(ALPHABET.length)).toBe(80);
    const code = newQueryCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(normalizeQueryCode(code)).toBe(code.replaceAll("-", ""));
  });

  it("accepts it as people type it: spaces, dashes (also full-width), lower case, O for 0, I and L for 1", () => {
    expect(normalizeQueryCode("7k2m-q9xd-4hfa-wz3p")).toBe("7K2MQ9XD4HFAWZ3P");
    expect(normalizeQueryCode(" 7K2M Q9XD 4HFA WZ3P ")).toBe("7K2MQ9XD4HFAWZ3P");
    expect(normalizeQueryCode("7K2M－Q9XD—4HFA-WZ3P")).toBe("7K2MQ9XD4HFAWZ3P");
    expect(normalizeQueryCode("O0Il-1111-2222-3333")).toBe("0011111122223333");
    expect(normalizeQueryCode("oOiL-1111-2222-3333")).toBe("0011111122223333");
  });

  it("refuses what cannot be a code: wrong length, U, other symbols", () => {
    for (const bad of ["", "7K2M-Q9XD-4HFA", "7K2M-Q9XD-4HFA-WZ3P-0", "7K2M-Q9XD-4HFA-WZ3U", "7K2M-Q9XD-4HFA-WZ3*", "７K2M-Q9XD-4HFA-WZ3P"])
      expect(normalizeQueryCode(bad)).toBeNull();
  });

  it("10,000 codes: no two alike, every symbol in every position used about equally", () => {
    const N = 10_000;
    const codes = Array.from({ length: N }, () => normalizeQueryCode(newQueryCode())!);
    expect(new Set(codes).size).toBe(N);
    // Every symbol overall: 160,000 draws, 5,000 expected each. A chi-square over 31 degrees of
    // freedom stays under 84 with probability 1 − 1e-6 for a uniform source; a symbol never
    // drawn, or a skew such as taking bytes modulo 32 from a non-multiple range, lands far above.
    const counts = new Map<string, number>();
    for (const c of codes) for (const ch of c) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    expect([...counts.keys()].sort().join("")).toBe(ALPHABET);
    const expected = (N * 16) / 32;
    const chi = [...counts.values()].reduce((s, k) => s + (k - expected) ** 2 / expected, 0);
    expect(chi).toBeLessThan(84);
    // Per position (10,000 draws, 312.5 expected): every symbol appears, none wildly off.
    for (let pos = 0; pos < 16; pos++) {
      const at = new Map<string, number>();
      for (const c of codes) at.set(c[pos]!, (at.get(c[pos]!) ?? 0) + 1);
      expect(at.size).toBe(32);
      for (const k of at.values()) expect(Math.abs(k - 312.5)).toBeLessThan(120);
    }
  });
});
