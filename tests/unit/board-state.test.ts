// The boards' state machines and the rules derived from them: publication (policies, notices,
// appointments), vacancies with the clock-derived 征集中 / 已截止, and the form schemas that
// guard what can be saved.
import { publicationMachine } from "@/lib/state/publication";
import { displayStatus, isWindowOpen, vacancyMachine, vacancyStage } from "@/lib/state/vacancy";
import { appointmentSchema, noticeFormObject, noticeSchema, policySchema, vacancySchema } from "@/lib/validation/boards";
import { vacancyCardTexts } from "@/components/boards/vacancy-card";

describe("publication machine", () => {
  it.each([
    ["DRAFT", "PUBLISHED", true],
    ["PUBLISHED", "UNPUBLISHED", true],
    ["UNPUBLISHED", "PUBLISHED", true],
    ["UNPUBLISHED", "DRAFT", true],
    ["DRAFT", "UNPUBLISHED", false],
    ["PUBLISHED", "DRAFT", false],
    ["PUBLISHED", "PUBLISHED", false],
    ["DRAFT", "DELETED", false],
  ])("%s → %s: %s", (from, to, ok) => expect(publicationMachine.can(from, to)).toBe(ok));
});

describe("vacancy machine", () => {
  it.each([
    ["DRAFT", "PUBLISHED", true],
    ["DRAFT", "CANCELLED", true],
    ["PUBLISHED", "NOTICE", true],
    ["PUBLISHED", "CANCELLED", true],
    ["NOTICE", "FILLED", true],
    ["NOTICE", "PUBLISHED", true],
    ["NOTICE", "CANCELLED", true],
    ["DRAFT", "NOTICE", false],
    ["PUBLISHED", "FILLED", false],
    ["PUBLISHED", "DRAFT", false],
    ["FILLED", "CANCELLED", false],
    ["CANCELLED", "PUBLISHED", false],
  ])("%s → %s: %s", (from, to, ok) => expect(vacancyMachine.can(from, to)).toBe(ok));

  const v = { status: "PUBLISHED", opensAt: new Date("2026-12-01T01:00:00Z"), closesAt: new Date("2026-12-15T09:00:00Z") };

  it("the window opens at opensAt (included) and closes at closesAt (excluded), to the second", () => {
    expect(isWindowOpen(v, new Date("2026-12-01T00:59:59Z"))).toBe(false);
    expect(isWindowOpen(v, new Date("2026-12-01T01:00:00Z"))).toBe(true);
    expect(isWindowOpen(v, new Date("2026-12-15T08:59:59Z"))).toBe(true);
    expect(isWindowOpen(v, new Date("2026-12-15T09:00:00Z"))).toBe(false);
    expect(isWindowOpen({ ...v, status: "DRAFT" }, new Date("2026-12-05T00:00:00Z"))).toBe(false);
  });

  it("the board shows 即将开始, 征集中, 已截止 from the clock, and the stored status otherwise", () => {
    expect(vacancyStage(v, new Date("2026-11-30T00:00:00Z"))).toBe("NOT_YET");
    expect(vacancyStage(v, new Date("2026-12-01T01:00:00Z"))).toBe("OPEN");
    expect(vacancyStage(v, new Date("2026-12-15T09:00:00Z"))).toBe("CLOSED");
    expect(displayStatus({ ...v, status: "NOTICE" }, new Date("2026-12-05T00:00:00Z"))).toBe("NOTICE");
    expect(vacancyStage({ ...v, status: "CANCELLED" }, new Date("2026-11-30T00:00:00Z"))).toBe("CANCELLED");
  });
});

describe("vacancy form", () => {
  const good = {
    post: "副局长",
    unit: "舟山市生态环境局",
    level: "DEPUTY_DIVISION",
    headcount: "2",
    duties: "职责",
    qualifications: "条件",
    maxAge: "45",
    minEducation: "BACHELOR",
    requiredLevel: "SECTION",
    minYearsAtLevel: "3",
    opensAt: "2026-12-01T09:00",
    closesAt: "2026-12-15T17:00",
    maxPerNominator: "",
  };

  it("reads a good form, in Beijing time, with the per-nominator cap defaulting to the headcount", () => {
    const r = vacancySchema.safeParse(good);
    expect(r.success).toBe(true);
    expect(r.data).toMatchObject({ headcount: 2, maxAge: 45, maxPerNominator: 2, minYearsAtLevel: 3 });
    expect(r.data!.opensAt.toISOString()).toBe("2026-12-01T01:00:00.000Z");
  });

  it("leaves empty structured conditions out", () => {
    const r = vacancySchema.safeParse({ ...good, maxAge: "", minEducation: "", requiredLevel: "", minYearsAtLevel: "" });
    expect(r.data).toMatchObject({ maxAge: undefined, minEducation: undefined, requiredLevel: undefined, minYearsAtLevel: undefined });
  });

  it.each([
    [{ headcount: "0" }, "headcount", "boardErrors.headcount"],
    [{ headcount: "1.5" }, "headcount", "boardErrors.headcount"],
    [{ headcount: "" }, "headcount", "errors.required"],
    [{ maxAge: "17" }, "maxAge", "boardErrors.maxAge"],
    [{ minEducation: "PRIMARY" }, "minEducation", "errors.invalid"],
    [{ level: "" }, "level", "errors.required"],
    [{ closesAt: "2026-12-01T09:00" }, "closesAt", "boardErrors.windowOrder"],
    [{ closesAt: "2026-11-30T09:00" }, "closesAt", "boardErrors.windowOrder"],
    [{ opensAt: "2026-02-30T09:00" }, "opensAt", "boardErrors.dateTime"],
    [{ requiredLevel: "DIVISION" }, "requiredLevel", "boardErrors.requiredLevelAbovePost"],
    [{ requiredLevel: "" }, "minYearsAtLevel", "boardErrors.minYearsNeedsLevel"],
    [{ maxPerNominator: "3" }, "maxPerNominator", "boardErrors.maxPerNominatorAboveHeadcount"],
    [{ post: " " }, "post", "errors.required"],
    [{ duties: "长".repeat(10_001) }, "duties", "errors.tooLong"],
  ])("refuses %j", (over, field, message) => {
    const r = vacancySchema.safeParse({ ...good, ...over });
    expect(r.success).toBe(false);
    expect(r.error!.issues.filter((i) => i.path[0] === field).map((i) => i.message)).toContain(message);
  });
});

describe("notice form", () => {
  const flat = {
    kind: "PRE_APPOINTMENT",
    title: "任职前公示",
    body: "现予以公示。",
    startsOn: "2026-12-01",
    workingDays: "5",
    contact: "电话",
    "entry.0.name": "张三",
    "entry.0.gender": "M",
    "entry.0.birthYearMonth": "1983-11",
    "entry.0.education": "大学",
    "entry.0.currentPost": "科长",
    "entry.0.proposedPost": "副局长",
    "entry.1.name": "李四",
    "entry.1.gender": "F",
    "entry.1.birthYearMonth": "1990-01",
    "entry.1.education": "研究生",
    "entry.1.currentPost": "副科长",
    "entry.1.proposedPost": "科长",
  };

  it("turns flat fields into ordered persons", () => {
    const r = noticeSchema.safeParse(noticeFormObject(flat));
    expect(r.success).toBe(true);
    expect(r.data).toMatchObject({ kind: "PRE_APPOINTMENT", workingDays: 5, entries: [{ name: "张三" }, { name: "李四", gender: "F" }] });
  });

  it("reports errors by row and field, and requires at least 5 working days and one person", () => {
    const r = noticeSchema.safeParse(
      noticeFormObject({ ...flat, workingDays: "4", "entry.1.gender": "X", "entry.1.birthYearMonth": "1990-1" }),
    );
    const paths = r.error!.issues.map((i) => `${i.path.join(".")}:${i.message}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        "workingDays:boardErrors.workingDays",
        "entries.1.gender:errors.invalid",
        "entries.1.birthYearMonth:boardErrors.birthYearMonth",
      ]),
    );
    const none = noticeSchema.safeParse(
      noticeFormObject({ kind: "PRE_APPOINTMENT", title: "t", body: "b", startsOn: "2026-12-01", workingDays: "5", contact: "c" }),
    );
    expect(none.error!.issues.map((i) => i.message)).toContain("boardErrors.entriesRequired");
  });

  it("a general announcement needs no period or persons", () => {
    expect(noticeSchema.safeParse({ kind: "GENERAL", title: "公告", body: "正文" }).success).toBe(true);
    expect(noticeSchema.safeParse({ kind: "OTHER", title: "公告", body: "正文" }).success).toBe(false);
  });
});

describe("policy and appointment forms", () => {
  it("need a real issuing / decision date and a known category / kind", () => {
    expect(policySchema.safeParse({ title: "t", category: "LAWS", issuer: "i", issuedOn: "2026-03-01", body: "b" }).success).toBe(true);
    expect(policySchema.safeParse({ title: "t", category: "NEWS", issuer: "i", issuedOn: "2026-03-01", body: "b" }).success).toBe(false);
    const removal = appointmentSchema.safeParse({
      kind: "REMOVE",
      personName: "张三",
      post: "局长",
      unit: "某局",
      decidedOn: "2026-10-01",
    }).data;
    expect(removal).toMatchObject({ kind: "REMOVE", body: "" });
    expect(removal?.docNumber).toBeUndefined();
    expect(
      appointmentSchema.safeParse({ kind: "APPOINT", personName: "张三", post: "局长", unit: "某局", decidedOn: "2026-10-32" }).success,
    ).toBe(false);
  });
});

describe("vacancy card texts", () => {
  const t = (key: string, values?: Record<string, string | number>) => `${key}${values ? JSON.stringify(values) : ""}`;
  const format = { dateTime: (d: Date) => d.toISOString() } as unknown as Parameters<typeof vacancyCardTexts>[1];
  const base = {
    id: "v1",
    post: "甲",
    unit: "舟山市生态环境局",
    level: "SECTION",
    headcount: 1,
    status: "PUBLISHED",
    opensAt: new Date("2026-12-01T01:00:00Z"),
    closesAt: new Date("2026-12-15T09:00:00Z"),
    publishedAt: new Date("2026-11-30T01:00:00Z"),
  };

  it("words status, unit, level and headcount", () => {
    const texts = vacancyCardTexts(t, format, base, new Date("2026-12-05T00:00:00Z"), "zh-CN");
    expect(texts.status).toBe("OPEN");
    expect(texts.statusLabel).toBe("vacancy.status.OPEN");
    expect(texts.meta).toBe('舟山市生态环境局 · qualify.level.SECTION · vacancy.headcountN{"count":1}');
  });

  it("is computed for the start of the minute and remembered for it", () => {
    const a = vacancyCardTexts(t, format, base, new Date("2026-12-05T00:00:10Z"), "zh-CN");
    const b = vacancyCardTexts(t, format, base, new Date("2026-12-05T00:00:50Z"), "zh-CN");
    expect(b).toBe(a);
    expect(vacancyCardTexts(t, format, base, new Date("2026-12-15T09:00:00Z"), "zh-CN").status).toBe("CLOSED");
  });
});
