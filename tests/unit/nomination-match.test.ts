import { candidateMatchKey, normalizeName, normalizeUnit } from "@/lib/nominations/match-key";
import { receiptNumber, RECEIPT_PATTERN } from "@/lib/nominations/receipt";

const base = { name: "贺恩盛", birthDate: new Date(Date.UTC(1983, 10, 8)), workUnit: "舟山市普陀区农林水利局" };

describe("candidate matching", () => {
  test("the same person typed differently has one key", () => {
    const k = candidateMatchKey(base);
    expect(candidateMatchKey({ ...base, name: " 贺 恩盛 " })).toBe(k);
    expect(candidateMatchKey({ ...base, name: "贺　恩盛" })).toBe(k); // full-width space
    expect(candidateMatchKey({ ...base, workUnit: "舟山市 普陀区 农林水利局" })).toBe(k);
    expect(candidateMatchKey({ ...base, workUnit: "舟山市普陀区农林水利局。" })).toBe(k);
  });

  test("minority and foreign names: middle dots and letter case do not matter", () => {
    expect(normalizeName("阿依古丽·买买提")).toBe(normalizeName("阿依古丽•买买提"));
    expect(normalizeName("阿依古丽·买买提")).toBe(normalizeName("阿依古丽买买提"));
    expect(normalizeName("ＡＬＩ")).toBe(normalizeName("ali"));
  });

  test("units: full-width brackets and punctuation are ignored", () => {
    expect(normalizeUnit("舟山市港航和口岸管理局（舟山港口管理委员会）")).toBe(normalizeUnit("舟山市港航和口岸管理局(舟山港口管理委员会)"));
  });

  test("different birth date, name or unit are different people", () => {
    const k = candidateMatchKey(base);
    expect(candidateMatchKey({ ...base, birthDate: new Date(Date.UTC(1983, 10, 9)) })).not.toBe(k);
    expect(candidateMatchKey({ ...base, name: "贺恩胜" })).not.toBe(k);
    expect(candidateMatchKey({ ...base, workUnit: "舟山市定海区农林水利局" })).not.toBe(k);
  });
});

describe("receipt numbers", () => {
  test("kind letter, Shanghai date, eight unambiguous characters", () => {
    const at = new Date("2026-03-01T17:00:00Z"); // 01:00 on 2 March in Shanghai
    const r = receiptNumber("TARGETED", at);
    expect(r).toMatch(RECEIPT_PATTERN);
    expect(r.startsWith("D20260302-")).toBe(true);
    expect(receiptNumber("OPEN", at).startsWith("F20260302-")).toBe(true);
    expect(r.slice(10)).not.toMatch(/[01ILO]/);
  });

  test("uses the random source it is given", () => {
    expect(receiptNumber("OPEN", new Date("2026-01-01T00:00:00Z"), () => 0)).toBe("F20260101-22222222");
  });

  test("a thousand numbers do not repeat", () => {
    const at = new Date();
    expect(new Set(Array.from({ length: 1000 }, () => receiptNumber("OPEN", at))).size).toBe(1000);
  });
});
