import { precheck, parseFlags, type VacancyConditions } from "@/lib/nominations/precheck";
import { educationRank, levelRank, parseEducation, parseLevel } from "@/lib/nominations/scales";

const AT = new Date("2026-06-15T04:00:00Z"); // 12:00 Shanghai
const none: VacancyConditions = { maxAge: null, minEducation: null, requiredLevel: null, minYearsAtLevel: null };
const person = (over: Partial<{ birthDate: Date; education: string; currentLevel: string; yearsAtLevel: number }> = {}) => ({
  birthDate: new Date(Date.UTC(1985, 5, 15)),
  education: "BACHELOR",
  currentLevel: "SECTION",
  yearsAtLevel: 3,
  ...over,
});

describe("ordered scales", () => {
  test("education is ordered from high school to doctorate", () => {
    expect(educationRank("HIGH_SCHOOL")).toBeLessThan(educationRank("JUNIOR_COLLEGE"));
    expect(educationRank("JUNIOR_COLLEGE")).toBeLessThan(educationRank("BACHELOR"));
    expect(educationRank("BACHELOR")).toBeLessThan(educationRank("MASTER"));
    expect(educationRank("MASTER")).toBeLessThan(educationRank("DOCTOR"));
  });

  test("cadre levels are ordered 科员级 < 副科 < 正科 < 副处 < 正处 < 副厅", () => {
    const zh = ["科员级", "副科级", "正科级", "副处级", "正处级", "副厅级"];
    const ranks = zh.map(levelRank);
    expect(ranks).toEqual([0, 1, 2, 3, 4, 5]);
  });

  test("Chinese labels and common spellings map to codes; unknown text does not", () => {
    expect(parseEducation("大学本科")).toBe("BACHELOR");
    expect(parseEducation("全日制大学本科学历")).toBe("BACHELOR");
    expect(parseEducation("研究生")).toBe("MASTER");
    expect(parseEducation("大专")).toBe("JUNIOR_COLLEGE");
    expect(parseEducation("中专")).toBe("HIGH_SCHOOL");
    expect(parseEducation("master")).toBe("MASTER");
    expect(parseLevel("正科")).toBe("SECTION");
    expect(parseLevel("副处级领导职务")).toBe("DEPUTY_DIVISION");
    expect(parseLevel(" 副科级 ")).toBe("DEPUTY_SECTION");
    expect(parseLevel("不限")).toBeNull();
    expect(levelRank(null)).toBe(-1);
  });
});

describe("precheck", () => {
  test("no conditions, no flags", () => {
    expect(precheck(none, person(), AT)).toEqual([]);
  });

  test("age counts full years (周岁) on the Shanghai day: the birthday itself is the boundary", () => {
    const c = { ...none, maxAge: 40 };
    // Turns 41 on 2026-06-15: on that day 41 > 40 → flagged; a day later-born person is 40 → fine.
    expect(precheck(c, person({ birthDate: new Date(Date.UTC(1985, 5, 15)) }), AT)).toEqual([{ code: "maxAge", limit: 40, actual: 41 }]);
    expect(precheck(c, person({ birthDate: new Date(Date.UTC(1985, 5, 16)) }), AT)).toEqual([]);
    // 23:30 UTC on the 14th is already the 15th in Shanghai.
    const lateUtc = new Date("2026-06-14T23:30:00Z");
    expect(precheck(c, person({ birthDate: new Date(Date.UTC(1985, 5, 15)) }), lateUtc)).toHaveLength(1);
  });

  test("education below the minimum is flagged, equal or above is not", () => {
    const c = { ...none, minEducation: "大学本科" };
    expect(precheck(c, person({ education: "JUNIOR_COLLEGE" }), AT)).toEqual([
      { code: "minEducation", limit: "BACHELOR", actual: "JUNIOR_COLLEGE" },
    ]);
    expect(precheck(c, person({ education: "BACHELOR" }), AT)).toEqual([]);
    expect(precheck(c, person({ education: "DOCTOR" }), AT)).toEqual([]);
  });

  test("level below the required one is flagged and the years condition does not apply", () => {
    const c = { ...none, requiredLevel: "SECTION", minYearsAtLevel: 3 };
    expect(precheck(c, person({ currentLevel: "DEPUTY_SECTION", yearsAtLevel: 10 }), AT)).toEqual([
      { code: "requiredLevel", limit: "SECTION", actual: "DEPUTY_SECTION" },
    ]);
  });

  test("at the required level, years below the minimum are flagged", () => {
    const c = { ...none, requiredLevel: "正科级", minYearsAtLevel: 3 };
    expect(precheck(c, person({ currentLevel: "SECTION", yearsAtLevel: 2 }), AT)).toEqual([
      { code: "minYearsAtLevel", limit: 3, actual: 2 },
    ]);
    expect(precheck(c, person({ currentLevel: "SECTION", yearsAtLevel: 3 }), AT)).toEqual([]);
  });

  test("above the required level, the years at it are served by definition", () => {
    const c = { ...none, requiredLevel: "SECTION", minYearsAtLevel: 3 };
    expect(precheck(c, person({ currentLevel: "DEPUTY_DIVISION", yearsAtLevel: 0 }), AT)).toEqual([]);
  });

  test("years without a level condition count years at the current level", () => {
    expect(precheck({ ...none, minYearsAtLevel: 2 }, person({ yearsAtLevel: 1 }), AT)).toEqual([
      { code: "minYearsAtLevel", limit: 2, actual: 1 },
    ]);
  });

  test("an unreadable condition is skipped, never failed", () => {
    expect(
      precheck(
        { ...none, minEducation: "相当学历", requiredLevel: "不限" },
        person({ education: "HIGH_SCHOOL", currentLevel: "STAFF" }),
        AT,
      ),
    ).toEqual([]);
  });

  test("all failures together, in a fixed order", () => {
    const c = { maxAge: 35, minEducation: "MASTER", requiredLevel: "DIVISION", minYearsAtLevel: 2 };
    expect(precheck(c, person(), AT).map((f) => f.code)).toEqual(["maxAge", "minEducation", "requiredLevel"]);
  });

  test("flags survive the JSON column; garbage reads as none", () => {
    const flags = precheck({ ...none, maxAge: 30 }, person(), AT);
    expect(parseFlags(JSON.stringify(flags))).toEqual(flags);
    expect(parseFlags("not json")).toEqual([]);
    expect(parseFlags('{"a":1}')).toEqual([]);
    expect(parseFlags(null)).toEqual([]);
  });
});
