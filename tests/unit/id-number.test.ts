import { checkCharacter, maskIdNumber, parseIdNumber } from "@/lib/security/id-number";

const NOW = new Date("2026-11-28T00:00:00Z");
const withCheck = (first17: string) => first17 + checkCharacter(first17);

describe("GB 11643 ID numbers", () => {
  it("accepts a valid number and derives birth date and gender", () => {
    const id = withCheck("33090219831108003"); // sequence 003: odd → male
    const r = parseIdNumber(id, NOW);
    expect(r).toEqual({ ok: true, value: id, birthDate: new Date(Date.UTC(1983, 10, 8)), gender: "M" });
  });

  it("knows the published example 11010519491231002X (female, check X)", () => {
    const r = parseIdNumber("11010519491231002X", NOW);
    expect(r.ok && r.gender).toBe("F");
    expect(checkCharacter("11010519491231002")).toBe("X");
  });

  it("accepts a lowercase x and full-width digits, normalizing them", () => {
    const r = parseIdNumber("11010519491231002x", NOW);
    expect(r.ok && r.value).toBe("11010519491231002X");
    const fw = parseIdNumber("１１０１０５１９４９１２３１００２Ｘ", NOW);
    expect(fw.ok && fw.value).toBe("11010519491231002X");
  });

  it("rejects a wrong check digit", () => {
    const good = withCheck("33090219831108003");
    const bad = good.slice(0, 17) + (good[17] === "1" ? "2" : "1");
    expect(parseIdNumber(bad, NOW)).toEqual({ ok: false, error: "checksum" });
  });

  it.each([
    ["33090219830230003", "birthDate"], // 30 February
    ["33090219831301003", "birthDate"], // month 13
    ["33090218991231003", "birthDate"], // before 1900
    ["33090220301108003", "future"],
  ])("rejects impossible or future dates (%s → %s)", (first17, error) => {
    expect(parseIdNumber(withCheck(first17), NOW)).toEqual({ ok: false, error });
  });

  it("accepts 29 February in a leap year only", () => {
    expect(parseIdNumber(withCheck("33090219840229003"), NOW).ok).toBe(true);
    expect(parseIdNumber(withCheck("33090219850229003"), NOW)).toEqual({ ok: false, error: "birthDate" });
  });

  it("refuses 15-digit legacy numbers with their own message", () => {
    expect(parseIdNumber("330902831108003", NOW)).toEqual({ ok: false, error: "legacy15" });
  });

  it("refuses wrong lengths and letters", () => {
    expect(parseIdNumber("3309021983", NOW)).toEqual({ ok: false, error: "length" });
    expect(parseIdNumber("33090219831108A03X", NOW)).toEqual({ ok: false, error: "format" });
  });

  it("masks all but the region code and the last two characters", () => {
    expect(maskIdNumber("33090219831108001X")).toBe("330902**********1X");
  });
});
