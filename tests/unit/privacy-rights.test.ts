// The pure parts of the privacy rights: the retention setting, the statement version check, and
// the download file's shape (sheets, names) — the data itself is tested on a real database in
// tests/integration/account-rights.test.ts.
import { retentionYears, privacyContact, orgName } from "@/lib/privacy/settings";
import { consentIsCurrent, PRIVACY_VERSION } from "@/lib/privacy/version";
import { personalDataDisposition, personalDataFormat, personalDataSheets } from "@/lib/privacy/export-file";
import type { PersonalData } from "@/lib/data/personal-data";

// process.env with only the given settings (NODE_ENV is required by the type, not read here).
const env = (vars: Record<string, string | undefined>) => vars as unknown as NodeJS.ProcessEnv;

describe("OPENSELECT_RETENTION_YEARS", () => {
  it.each([
    [undefined, 5],
    ["", 5],
    ["10", 10],
    ["1", 1],
    ["30", 30],
    ["0", 5],
    ["31", 5],
    ["3.5", 5],
    [" 7 ", 7],
    ["abc", 5],
  ])("%p reads as %p years", (raw, years) => expect(retentionYears(env({ OPENSELECT_RETENTION_YEARS: raw }))).toBe(years));

  it("the contact and organization fall back to the catalog's (null) when unset or blank", () => {
    expect(privacyContact(env({}))).toBeNull();
    expect(privacyContact(env({ OPENSELECT_PRIVACY_CONTACT: "  " }))).toBeNull();
    expect(privacyContact(env({ OPENSELECT_PRIVACY_CONTACT: "电话 0580-2280000" }))).toBe("电话 0580-2280000");
    expect(orgName(env({ OPENSELECT_ORG_NAME: "中共嵊泗县委组织部" }))).toBe("中共嵊泗县委组织部");
  });
});

describe("privacy statement version", () => {
  it("only the version in force counts as consent", () => {
    expect(consentIsCurrent(PRIVACY_VERSION)).toBe(true);
    expect(consentIsCurrent("2025-01-01")).toBe(false);
    expect(consentIsCurrent(null)).toBe(false);
  });
});

describe("the 下载我的数据 file", () => {
  const data: PersonalData = {
    generatedAt: "2026-12-02T02:00:00.000Z",
    profile: { realName: "周海燕", idNumber: "330902198501011234" },
    consents: [{ version: PRIVACY_VERSION, action: "同意", at: "2026-12-01T01:00:00.000Z" }],
    nominations: [],
    cases: [
      {
        number: "XL20261201-0001",
        channel: "说心里话",
        title: "建议",
        status: "已答复",
        filedAt: "2026-12-01T01:00:00.000Z",
        outcome: null,
        thread: [
          { from: "本人", body: '=HYPERLINK("x")', at: "2026-12-01T01:00:00.000Z" },
          { from: "组织部门", body: "答复", at: "2026-12-01T02:00:00.000Z" },
        ],
      },
    ],
    messages: [],
    signIns: [],
  };

  it("one sheet per kind of data, times in Beijing time, the thread as written", () => {
    const sheets = personalDataSheets(data);
    expect(sheets.map((s) => s.title)).toEqual(["个人资料", "同意记录", "我的推荐", "我的来信与反映", "来信往来", "站内消息", "登录记录"]);
    expect(sheets[0].rows).toContainEqual(["身份证号码", "330902198501011234"]);
    expect(sheets[1].rows).toEqual([[PRIVACY_VERSION, "同意", "2026-12-01 09:00"]]);
    expect(sheets[4].rows.map((r) => r[3])).toEqual(['=HYPERLINK("x")', "答复"]);
  });

  it("only xlsx and json; the file is named by the day, with an ASCII fallback", () => {
    expect(personalDataFormat("xlsx")).toBe("xlsx");
    expect(personalDataFormat("csv")).toBeNull();
    expect(personalDataDisposition("json", "2026-12-02")).toBe(
      `attachment; filename="my-data-2026-12-02.json"; filename*=UTF-8''${encodeURIComponent("我的数据-2026-12-02.json")}`,
    );
  });
});
