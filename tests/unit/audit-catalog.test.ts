// The audit log's words (lib/audit/catalog.ts, lib/audit/words.ts): every action name the code
// writes has a Chinese (and English) phrase, found by reading the source, so a new action name
// without a phrase fails here; unknown names get a neutral phrase, never the raw key; the
// field-by-field change reads in Chinese labels and values, never JSON or ids.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { catalogs } from "@/messages";
import {
  actionPhraseKey,
  AUDIT_ACTIONS,
  AUDIT_ENTITY_TYPES,
  AUDIT_FIELDS,
  describeChanges,
  entityTypeKey,
  fieldLabelKey,
  nameRefs,
} from "@/lib/audit/catalog";
import { changeText, chineseWords, valueText } from "@/lib/audit/words";
import { vacancyMachine, vacancyMoveName } from "@/lib/state/vacancy";

const ROOT = join(__dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (name === "node_modules" || name === "generated" || name.startsWith(".")) return [];
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [p] : [];
  });
}

const DOTTED = /"([a-z][A-Za-z]*(?:\.[A-Za-z]+)+)"/g;
// Helpers that take the action name as an argument rather than as `action:`.
const HELPER_CALL = /\b(?:changeStatus|audited)\(([^)]*)\)/g;
const ACTION_VALUE = /\baction:\s*([^,\n}]+)/g;
const ACTION_TEMPLATE = /\baction:\s*`([^`]*)`/g;

// The names built at run time, expanded by what they are built from.
const TEMPLATES: Record<string, string[]> = {
  "vacancy.${verb}": [
    ...new Set(
      vacancyMachine.states.flatMap((from) =>
        vacancyMachine.states.filter((to) => vacancyMachine.can(from, to)).map((to) => `vacancy.${vacancyMoveName(from, to)}`),
      ),
    ),
  ],
  "${opts.entityType.toLowerCase()}.${verb}": ["policy", "notice", "appointment"].flatMap((e) =>
    ["publish", "unpublish", "toDraft"].map((v) => `${e}.${v}`),
  ),
};

/** Every action name the source writes, with where. */
function writtenActions(): { names: Map<string, string>; unknownTemplates: string[] } {
  const names = new Map<string, string>();
  const unknownTemplates: string[] = [];
  for (const file of [...sourceFiles(join(ROOT, "lib")), ...sourceFiles(join(ROOT, "app")), ...sourceFiles(join(ROOT, "scripts"))]) {
    const src = readFileSync(file, "utf8");
    if (!src.includes("action")) continue;
    const where = relative(ROOT, file);
    const add = (text: string) => {
      for (const m of text.matchAll(DOTTED)) if (!names.has(m[1])) names.set(m[1], where);
    };
    for (const m of src.matchAll(ACTION_VALUE)) add(m[1]);
    for (const m of src.matchAll(HELPER_CALL)) add(m[1]);
    for (const m of src.matchAll(ACTION_TEMPLATE)) {
      const expanded = TEMPLATES[m[1]];
      if (expanded) expanded.forEach((n) => names.set(n, where));
      else unknownTemplates.push(`${where}: \`${m[1]}\``);
    }
  }
  return { names, unknownTemplates };
}

const flat = (obj: unknown, key: string) => key.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown> | undefined)?.[p], obj);

describe("every action name the code writes has a phrase", () => {
  const { names, unknownTemplates } = writtenActions();

  test("the source scan finds the audit writes (sanity)", () => {
    for (const n of [
      "account.approve",
      "nomination.accept",
      "shortlist.remove",
      "case.close",
      "export.tally",
      "vacancy.fill",
      "notice.publish",
    ])
      expect(names.has(n)).toBe(true);
    expect(names.size).toBeGreaterThanOrEqual(60);
  });

  test("no action name is built in a way this test cannot expand (add it to TEMPLATES and the catalog)", () => {
    expect(unknownTemplates).toEqual([]);
  });

  test("each written name is in AUDIT_ACTIONS (add it with a phrase in messages/*/audit-staff.json)", () => {
    const missing = [...names].filter(([n]) => !(AUDIT_ACTIONS as readonly string[]).includes(n)).map(([n, where]) => `${n} (${where})`);
    expect(missing).toEqual([]);
  });

  test.each(["zh-CN", "en"] as const)("each action, object type and field has its words in %s", (locale) => {
    const missing = [
      ...AUDIT_ACTIONS.map(actionPhraseKey),
      "auditLog.action.other",
      ...AUDIT_ENTITY_TYPES.map(entityTypeKey),
      ...Object.keys(AUDIT_FIELDS).map(fieldLabelKey),
    ].filter((k) => typeof flat(catalogs[locale], k) !== "string");
    expect(missing).toEqual([]);
  });

  test("the phrases are Chinese words, never the raw name", () => {
    const t = chineseWords();
    for (const a of AUDIT_ACTIONS) {
      const phrase = t(actionPhraseKey(a));
      expect(phrase).not.toContain(".");
      expect(phrase).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(t(actionPhraseKey("account.approve"))).toBe("通过注册申请");
  });

  test("an unknown action gets a neutral phrase", () => {
    const t = chineseWords();
    expect(actionPhraseKey("widget.frobnicate")).toBe("auditLog.action.other");
    expect(t(actionPhraseKey("widget.frobnicate"))).toBe("其他操作");
  });
});

describe("the field-by-field change in words", () => {
  const t = chineseWords();
  const lines = (entry: { entityType: string; before: unknown; after: unknown }) =>
    describeChanges({
      entityType: entry.entityType,
      before: entry.before === null ? null : JSON.stringify(entry.before),
      after: entry.after === null ? null : JSON.stringify(entry.after),
    }).changes.map((c) => changeText(c, t));

  test("a registration approved: status in the account's state words", () => {
    expect(lines({ entityType: "User", before: { status: "PENDING" }, after: { status: "APPROVED", note: null } })).toEqual([
      "状态：待审核 → 已通过",
    ]);
  });

  test("a nomination rejected with a reason", () => {
    expect(
      lines({ entityType: "Nomination", before: { status: "SUBMITTED" }, after: { status: "REJECTED", note: "所填材料与事实不符。" } }),
    ).toEqual(["状态：已提交 → 未采纳", "说明：所填材料与事实不符。"]);
  });

  test("publication states, case states and conclusions", () => {
    expect(lines({ entityType: "Notice", before: { status: "DRAFT" }, after: { status: "PUBLISHED" } })).toEqual(["状态：草稿 → 已发布"]);
    expect(lines({ entityType: "Case", before: { status: "INVESTIGATING" }, after: { status: "CLOSED", conclusion: "DEFER" } })).toEqual([
      "状态：核查中 → 已办结",
      "处理结论：暂缓任职",
    ]);
  });

  test("an edit lists only the fields that changed, dates formatted, levels in words", () => {
    const before = {
      id: "cmx1",
      post: "副局长",
      unit: "县商务局",
      level: "DEPUTY_DIVISION",
      headcount: 1,
      closesAt: "2026-12-10T09:00:00.000Z",
      createdAt: "2026-11-01T00:00:00.000Z",
    };
    const after = { post: "副局长", unit: "县商务局", level: "DEPUTY_DIVISION", headcount: 2, closesAt: "2026-12-12T09:00:00.000Z" };
    expect(lines({ entityType: "Vacancy", before, after })).toEqual(["职数：1 → 2", "推荐截止时间：2026-12-10 17:00 → 2026-12-12 17:00"]);
  });

  test("booleans read 是/否, days as days, people of a notice by name", () => {
    expect(lines({ entityType: "Case", before: null, after: { number: "FY20261202-0001", kind: "OBJECTION", anonymous: true } })).toEqual([
      "编号：FY20261202-0001",
      "类别：公示反映",
      "匿名：是",
    ]);
    expect(
      lines({
        entityType: "Notice",
        before: null,
        after: { kind: "PRE_APPOINTMENT", startsOn: "2026-12-03T00:00:00.000Z", entries: [{ name: "王强" }, { name: "李娜" }] },
      }),
    ).toEqual(["类别：任职前公示", "公示开始日期：2026-12-03", "公示对象：王强、李娜"]);
  });

  test("ids and hashes are never shown; refs are named by the data layer, or said to be deleted", () => {
    const d = describeChanges({ entityType: "User", before: null, after: JSON.stringify({ address: "10.0.0.1", identifierHash: "ab12" }) });
    expect(d.changes.map((c) => changeText(c, t))).toEqual(["登录地址：10.0.0.1"]);
    expect(d.omitted).toBe(1);
    const assign = describeChanges({
      entityType: "Case",
      before: JSON.stringify({ handlerId: "u1" }),
      after: JSON.stringify({ handlerId: "u2" }),
    });
    const named = assign.changes.map((c) => ({
      ...c,
      before: nameRefs(c.before!, new Map([["User:u1", "李敏"]])),
      after: nameRefs(c.after!, new Map()),
    }));
    expect(named.map((c) => changeText(c, t))).toEqual(["经办人：李敏 → 已删除"]);
  });

  test("the holiday arrangement (a text, not an object) and an unknown state value", () => {
    expect(lines({ entityType: "HolidayArrangement", before: null, after: "2026-10-01 休 国庆节" })).toEqual([
      "节假日安排：2026-10-01 休 国庆节",
    ]);
    expect(lines({ entityType: "User", before: { status: "PENDING" }, after: { status: "ARCHIVED" } })).toEqual(["状态：待审核 → 其他"]);
  });

  test("no rendered change ever holds JSON", () => {
    const text = lines({
      entityType: "Nomination",
      before: null,
      after: {
        receiptNo: "TJ-1",
        kind: "TARGETED",
        vacancyId: "v1",
        isSelf: false,
        nominee: { name: "王强", birthDate: "1980-01-01" },
        flags: ["maxAge"],
      },
    });
    expect(text.join("\n")).not.toMatch(/[{}[\]"]/);
    expect(text).toContain("被推荐人：王强");
    expect(text).toContain("自荐：否");
    expect(text).toContain("预审提示（项）：1");
  });

  test("a merge: the dropped candidate (before) and where its nominations went (after) are both shown", () => {
    expect(
      lines({
        entityType: "Candidate",
        before: { dropId: "c2", name: "王强", workUnit: "县商务局", birthDate: "1980-03-01" },
        after: { keepId: "c1", moved: 2, duplicates: 0 },
      }).slice(1),
    ).toEqual(["转移的推荐数：2", "重复项：0", "并入的人选：已删除", "姓名：王强", "工作单位：县商务局", "出生日期：1980-03-01"]);
    expect(lines({ entityType: "HolidayArrangement", before: "2027-01-01 休 元旦", after: null })).toEqual([
      "节假日安排：2027-01-01 休 元旦（删除前）",
    ]);
  });

  test("long text is clipped for the table", () => {
    expect(valueText({ t: "text", v: "甲".repeat(200) }, t, 10)).toBe(`${"甲".repeat(10)}…`);
  });
});
