// 满意度测评: one response per participant under concurrency (an account's 20 submissions at
// once; one code used twice at once), code reuse, window and audience refused in words, drafts
// only edited, results: rate arithmetic, small-count suppression, sorted free text, what is
// published; and that answering writes nothing anywhere else (audit, notifications).
import { db } from "@/lib/db/client";
import { DomainError, NotFoundError } from "@/lib/data/errors";
import { closeSurvey, closeDueSurveys, addQuestion, deleteSurvey, surveyDetail, updateSurvey } from "@/lib/data/survey/define";
import { submitByAccount, submitByCode, surveyForCode, surveysOpenFor } from "@/lib/data/survey/answer";
import { publishResults, publishedResults, publishedSatisfaction, surveyResults, exportSurveyResults } from "@/lib/data/survey/results";
import { generateCodes } from "@/lib/data/survey/codes";
import { DAY, HOUR, codesFor, makeSurvey, member, surveyAdmin } from "./support/survey-world";

jest.setTimeout(180_000);

async function refusal(
  p: Promise<unknown>,
): Promise<{ key: string; fields?: Record<string, string[] | undefined>; values?: Record<string, string | number> }> {
  try {
    await p;
  } catch (e) {
    if (e instanceof DomainError) return { key: e.messageKey, fields: e.fieldErrors, values: e.messageValues };
    throw e;
  }
  throw new Error("expected a refusal");
}

const settle = async (ps: Promise<unknown>[]) => {
  const r = await Promise.allSettled(ps);
  return {
    ok: r.filter((x) => x.status === "fulfilled").length,
    refused: r.filter((x) => x.status === "rejected").map((x) => (x as PromiseRejectedResult).reason),
  };
};

const answersFor = (qids: string[], a: string, b: string, text = "") => ({ [qids[0]]: a, [qids[1]]: b, [qids[2]]: text });

describe("one response per participant", () => {
  it("20 submissions by one account at once leave one response and one mark", async () => {
    const s = await makeSurvey();
    const u = await member();
    const r = await settle(Array.from({ length: 20 }, () => submitByAccount(u, s.id, answersFor(s.qids, "SATISFIED", "BASIC"))));
    expect(r.ok).toBe(1);
    expect(r.refused).toHaveLength(19);
    for (const e of r.refused) expect((e as DomainError).messageKey).toBe("survey.errors.answered");
    expect(await db().surveyResponse.count({ where: { surveyId: s.id } })).toBe(1);
    expect(await db().surveyParticipation.count({ where: { surveyId: s.id } })).toBe(1);
  });

  it("one code used twice at once answers once; used again later it is refused", async () => {
    const s = await makeSurvey();
    const [code] = await codesFor(s.id, 1, "某县委组织部", "SECTION");
    const r = await settle([0, 1].map(() => submitByCode(code, s.id, answersFor(s.qids, "SATISFIED", "SATISFIED"))));
    expect(r.ok).toBe(1);
    expect((r.refused[0] as DomainError).fieldErrors).toEqual({ code: ["survey.errors.codeUsed"] });
    expect(await db().surveyResponse.count({ where: { surveyId: s.id } })).toBe(1);
    // The response carries the meeting's label, nothing of the code.
    const [row] = await db().surveyResponse.findMany({ where: { surveyId: s.id } });
    expect([row.unit, row.level]).toEqual(["某县委组织部", "SECTION"]);
    // Typed in lower case with spaces, still the same code — and still used.
    const typed = code.toLowerCase().replaceAll("-", " ");
    expect((await refusal(submitByCode(typed, s.id, answersFor(s.qids, "BASIC", "BASIC")))).fields).toEqual({
      code: ["survey.errors.codeUsed"],
    });
  });

  it("20 different accounts at once: 20 responses", async () => {
    const s = await makeSurvey();
    const users = [];
    for (let i = 0; i < 20; i++) users.push(await member());
    const r = await settle(users.map((u) => submitByAccount(u, s.id, answersFor(s.qids, "SATISFIED", "UNKNOWN"))));
    expect(r.refused).toEqual([]);
    expect(await db().surveyResponse.count({ where: { surveyId: s.id } })).toBe(20);
    expect(await db().surveyParticipation.count({ where: { surveyId: s.id } })).toBe(20);
  });

  it("a code of another survey, a code that is no code, and a mistyped code are refused", async () => {
    const s = await makeSurvey();
    const other = await makeSurvey();
    const [code] = await codesFor(other.id, 1);
    expect((await refusal(submitByCode(code, s.id, answersFor(s.qids, "BASIC", "BASIC")))).fields).toEqual({
      code: ["survey.errors.codeUnknown"],
    });
    expect((await refusal(submitByCode("0000-0000-0000", s.id, answersFor(s.qids, "BASIC", "BASIC")))).fields).toEqual({
      code: ["survey.errors.codeUnknown"],
    });
    expect((await refusal(submitByCode("12345", s.id, answersFor(s.qids, "BASIC", "BASIC")))).fields).toEqual({
      code: ["survey.errors.codeFormat"],
    });
    expect(await db().surveyResponse.count({ where: { surveyId: s.id } })).toBe(0);
  });
});

describe("window and audience, refused in words", () => {
  it("before the window, after it, and once closed", async () => {
    const now = new Date();
    const early = await makeSurvey({ opensAt: new Date(now.getTime() + DAY), closesAt: new Date(now.getTime() + 2 * DAY) });
    const u = await member();
    const r1 = await refusal(submitByAccount(u, early.id, answersFor(early.qids, "BASIC", "BASIC")));
    expect(r1.key).toBe("survey.errors.notYet");
    expect(r1.values?.at).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    const [code] = await codesFor(early.id, 1);
    expect((await refusal(submitByCode(code, early.id, answersFor(early.qids, "BASIC", "BASIC")))).key).toBe("survey.errors.notYet");
    expect(await surveyForCode(early.id)).toBeNull();

    const s = await makeSurvey({ closesAt: new Date(now.getTime() + HOUR) });
    expect((await refusal(submitByAccount(u, s.id, answersFor(s.qids, "BASIC", "BASIC"), new Date(now.getTime() + 2 * HOUR)))).key).toBe(
      "survey.errors.over",
    );
    await closeSurvey(await surveyAdmin(), s.id);
    expect((await refusal(submitByAccount(u, s.id, answersFor(s.qids, "BASIC", "BASIC")))).key).toBe("survey.errors.over");
    expect(await db().surveyResponse.count({ where: { surveyId: { in: [s.id, early.id] } } })).toBe(0);
  });

  it("the job closes a survey past its window (once, on any number of instances) and keeps every response", async () => {
    const now = new Date();
    const s = await makeSurvey({ closesAt: new Date(now.getTime() + HOUR) });
    for (let i = 0; i < 3; i++) await submitByAccount(await member(), s.id, answersFor(s.qids, "SATISFIED", "BASIC"));
    const before = (await db().surveyResponse.findMany({ where: { surveyId: s.id } })).map((r) => r.answers).sort();
    expect(await closeDueSurveys(now)).toBe(0);
    const later = new Date(now.getTime() + 2 * HOUR);
    const runs = await Promise.all([closeDueSurveys(later), closeDueSurveys(later)]);
    expect(runs.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    expect((await db().survey.findUniqueOrThrow({ where: { id: s.id } })).status).toBe("CLOSED");
    expect((await db().surveyResponse.findMany({ where: { surveyId: s.id } })).map((r) => r.answers).sort()).toEqual(before);
    expect(await db().auditLog.count({ where: { action: "survey.close", entityId: s.id } })).toBe(1);
  });

  it("units and levels limit the accounts; a codes-only survey refuses accounts; a draft is not found", async () => {
    const s = await makeSurvey({ eligibleUnits: ["舟山市教育局"], eligibleLevels: ["SECTION", "DIVISION"] });
    const outsider = await member("舟山市测试局", "SECTION");
    const lowLevel = await member("舟山市教育局", "STAFF");
    const noLevel = await member("舟山市教育局", null);
    const inside = await member("舟山市教育局", "DIVISION");
    expect((await refusal(submitByAccount(outsider, s.id, answersFor(s.qids, "BASIC", "BASIC")))).key).toBe("survey.errors.notInUnits");
    expect((await refusal(submitByAccount(lowLevel, s.id, answersFor(s.qids, "BASIC", "BASIC")))).key).toBe("survey.errors.notInLevels");
    // No level on record: refused too (not shown to be of a listed level), with its own reason.
    expect((await refusal(submitByAccount(noLevel, s.id, answersFor(s.qids, "BASIC", "BASIC")))).key).toBe("survey.errors.noLevel");
    expect((await surveysOpenFor(noLevel)).map((x) => x.id)).not.toContain(s.id);
    expect((await surveysOpenFor(outsider)).map((x) => x.id)).not.toContain(s.id);
    expect((await surveysOpenFor(inside)).map((x) => x.id)).toContain(s.id);
    await submitByAccount(inside, s.id, answersFor(s.qids, "BASIC", "BASIC"));
    // Answered: no longer offered.
    expect((await surveysOpenFor(inside)).map((x) => x.id)).not.toContain(s.id);

    const codesOnly = await makeSurvey({ forAccounts: false, forCodes: true });
    expect((await refusal(submitByAccount(inside, codesOnly.id, answersFor(codesOnly.qids, "BASIC", "BASIC")))).key).toBe(
      "survey.errors.codesOnly",
    );
    const accountsOnly = await makeSurvey({ forCodes: false });
    expect((await refusal(generateCodes(await surveyAdmin(), accountsOnly.id, 3, {}))).key).toBe("survey.errors.codesOff");

    const draft = await makeSurvey({ draft: true });
    expect((await refusal(submitByAccount(inside, draft.id, answersFor(draft.qids, "BASIC", "BASIC")))).key).toBe("errors.notFound");
  });

  it("every rating question must be answered; free text is optional and capped", async () => {
    const s = await makeSurvey();
    const u = await member();
    const r = await refusal(submitByAccount(u, s.id, { [s.qids[0]]: "SATISFIED", [s.qids[1]]: "VERY" }));
    expect(r.fields).toEqual({ [`q_${s.qids[1]}`]: ["survey.errors.chooseOne"] });
    const long = await refusal(submitByAccount(u, s.id, answersFor(s.qids, "BASIC", "BASIC", "长".repeat(1001))));
    expect(long.fields).toEqual({ [`q_${s.qids[2]}`]: ["errors.tooLong"] });
    // Nothing was marked by the refusals.
    await submitByAccount(u, s.id, answersFor(s.qids, "BASIC", "BASIC"));
    expect(await db().surveyParticipation.count({ where: { surveyId: s.id } })).toBe(1);
  });

  it("questions and details change only while a draft", async () => {
    const s = await makeSurvey();
    const a = await surveyAdmin();
    expect((await refusal(addQuestion(a, s.id, { kind: "SCALE", text: "新题目" }))).key).toBe("survey.errors.notDraft");
    const d = await surveyDetail(a, s.id);
    expect(
      (
        await refusal(
          updateSurvey(a, s.id, {
            title: "改名",
            description: "",
            year: 2026,
            opensAt: d.opensAt,
            closesAt: d.closesAt,
            forAccounts: true,
            forCodes: true,
            eligibleUnits: [],
            eligibleLevels: [],
          }),
        )
      ).key,
    ).toBe("survey.errors.notDraft");
  });
});

describe("deleting a draft", () => {
  it("a draft goes with its questions and codes, audited; an open or closed survey is refused", async () => {
    const a = await surveyAdmin();
    const d = await makeSurvey({ draft: true, title: "误建的测评草稿" });
    await codesFor(d.id, 3, "普陀区");
    await deleteSurvey(a, d.id);
    expect(await db().survey.count({ where: { id: d.id } })).toBe(0);
    expect(await db().surveyQuestion.count({ where: { surveyId: d.id } })).toBe(0);
    expect(await db().surveyCode.count({ where: { surveyId: d.id } })).toBe(0);
    const [entry] = await db().auditLog.findMany({ where: { action: "survey.delete", entityId: d.id } });
    expect(entry.actorId).toBe(a.id);
    expect(entry.before).toContain("误建的测评草稿");
    // Gone: a second delete finds nothing.
    await expect(deleteSurvey(a, d.id)).rejects.toBeInstanceOf(NotFoundError);

    const open = await makeSurvey();
    await submitByAccount(await member(), open.id, answersFor(open.qids, "SATISFIED", "BASIC"));
    expect((await refusal(deleteSurvey(a, open.id))).key).toBe("survey.errors.deleteDraftOnly");
    await closeSurvey(a, open.id);
    expect((await refusal(deleteSurvey(a, open.id))).key).toBe("survey.errors.deleteDraftOnly");
    expect(await db().surveyResponse.count({ where: { surveyId: open.id } })).toBe(1);
    // Staff only.
    await expect(deleteSurvey(await member(), (await makeSurvey({ draft: true })).id)).rejects.toThrow();
  });
});

describe("answering leaves no trace elsewhere", () => {
  it("writes no audit entry, notification or mail", async () => {
    const s = await makeSurvey();
    const [code] = await codesFor(s.id, 1);
    const users = [await member(), await member()];
    const before = await Promise.all([db().auditLog.count(), db().notification.count(), db().mailMessage.count()]);
    for (const u of users) await submitByAccount(u, s.id, answersFor(s.qids, "UNSATISFIED", "BASIC", "希望进一步扩大民主推荐范围"));
    await submitByCode(code, s.id, answersFor(s.qids, "SATISFIED", "BASIC"));
    expect(await Promise.all([db().auditLog.count(), db().notification.count(), db().mailMessage.count()])).toEqual(before);
  });

  it("a failed write says nothing of the answers", async () => {
    const s = await makeSurvey();
    const u = await member();
    // A response too big for nothing but the database to notice is not possible here; a broken
    // transaction is: the survey disappears mid-way (foreign rows are plain), so force an error.
    const spy = jest.spyOn(db(), "$transaction").mockRejectedValueOnce(new Error(`boom ${s.qids[0]} SECRET-ANSWER`));
    try {
      await expect(submitByAccount(u, s.id, answersFor(s.qids, "BASIC", "BASIC", "SECRET-ANSWER"))).rejects.toThrow(
        /^survey response not stored$/,
      );
    } finally {
      spy.mockRestore();
    }
  });
});

describe("results", () => {
  async function answered(unitsAndChoices: [string, string, string, string][]) {
    const s = await makeSurvey();
    for (const [unit, level, a, b] of unitsAndChoices) {
      const u = await member(unit, level);
      await submitByAccount(u, s.id, answersFor(s.qids, a, b, a === "UNSATISFIED" ? `建议${unit}加强信息公开` : ""));
    }
    return s;
  }

  it("counts, the rate without 不了解, breakdowns only for groups of five or more, sorted comments", async () => {
    const rows: [string, string, string, string][] = [
      ...Array.from({ length: 3 }, () => ["甲局", "SECTION", "SATISFIED", "UNKNOWN"] as [string, string, string, string]),
      ["甲局", "SECTION", "BASIC", "UNKNOWN"],
      ["甲局", "DIVISION", "UNSATISFIED", "SATISFIED"],
      ["乙局", "SECTION", "UNKNOWN", "SATISFIED"],
      ["乙局", "SECTION", "UNSATISFIED", "BASIC"],
      ["乙局", "STAFF", "SATISFIED", "UNSATISFIED"],
    ];
    const s = await answered(rows);
    const r = await surveyResults(await surveyAdmin(), s.id);
    expect(r.responses).toBe(8);
    const [q1, q2, q3] = r.questions;
    expect(q1.counts).toEqual({ SATISFIED: 4, BASIC: 1, UNSATISFIED: 2, UNKNOWN: 1 });
    expect(q1.answers).toBe(8);
    expect(q1.rate).toBeCloseTo(5 / 7);
    expect(q2.counts).toEqual({ SATISFIED: 2, BASIC: 1, UNSATISFIED: 1, UNKNOWN: 4 });
    expect(q2.rate).toBeCloseTo(3 / 4);
    expect(q3.texts).toEqual([...q3.texts].sort((x, y) => x.localeCompare(y, "zh-CN")));
    expect(q3.texts).toHaveLength(2);
    // 甲局: 5 answered → shown; 乙局: 3 → 样本过少 (no counts at all).
    const jia = r.byUnit.find((g) => g.group === "甲局")!;
    const yi = r.byUnit.find((g) => g.group === "乙局")!;
    expect(jia.answered).toBe(5);
    expect(jia.questions![0].counts).toEqual({ SATISFIED: 3, BASIC: 1, UNSATISFIED: 1, UNKNOWN: 0 });
    expect(yi.answered).toBe(3);
    expect(yi.questions).toBeNull();
    // By level: SECTION 6 shown, DIVISION 1 and STAFF 1 suppressed.
    expect(r.byLevel.find((g) => g.group === "SECTION")!.questions).not.toBeNull();
    expect(
      r.byLevel
        .filter((g) => g.questions === null)
        .map((g) => g.group)
        .sort(),
    ).toEqual(["DIVISION", "STAFF"]);

    const table = await exportSurveyResults(await surveyAdmin(), s.id);
    expect(table.headers).toHaveLength(9);
    for (const row of table.rows) expect(row).toHaveLength(9);
    expect(table.rows.some((row) => row.includes("样本过少"))).toBe(true);
    expect(table.rows[0]).toEqual([1, "您对干部选任信息公开工作的评价", "干部选任信息公开", 4, 1, 2, 1, 8, "71.4%"]);
  });

  it("publishes only the chosen rating questions of a closed survey, and year over year by topic", async () => {
    const a = await surveyAdmin();
    const last = await makeSurvey({ year: 2025, title: "2025年度选人用人工作满意度测评" });
    for (let i = 0; i < 4; i++)
      await submitByAccount(await member(), last.id, answersFor(last.qids, i < 3 ? "SATISFIED" : "UNSATISFIED", "BASIC"));
    const s = await answered(
      Array.from({ length: 5 }, () => ["丙局", "SECTION", "SATISFIED", "BASIC"] as [string, string, string, string]),
    );
    expect((await refusal(publishResults(a, s.id, [s.qids[0]]))).key).toBe("survey.errors.publishClosedOnly");
    await closeSurvey(a, last.id);
    await closeSurvey(a, s.id);
    await publishResults(a, last.id, [last.qids[0]]);
    // The TEXT question is never published, even when ticked.
    await publishResults(a, s.id, [s.qids[0], s.qids[2]]);
    const pub = (await publishedResults(s.id))!;
    expect(pub.questions.map((q) => q.id)).toEqual([s.qids[0]]);
    expect(pub.questions[0].rate).toBe(1);
    expect(pub.history["干部选任信息公开"].map((p) => [p.year, p.rate])).toEqual([
      [2025, 0.75],
      [2026, 1],
    ]);
    const years = await publishedSatisfaction();
    const mine = years.flatMap((y) => y.rows).filter((r) => r.surveyId === s.id || r.surveyId === last.id);
    expect(mine.map((r) => [r.year, r.topic, r.answers, r.rate])).toEqual([
      [2025, "干部选任信息公开", 4, 0.75],
      [2026, "干部选任信息公开", 5, 1],
    ]);
    // Withdrawn: gone from the public.
    await publishResults(a, s.id, []);
    expect(await publishedResults(s.id)).toBeNull();
    expect((await publishedSatisfaction()).flatMap((y) => y.rows).some((r) => r.surveyId === s.id)).toBe(false);
    expect(await db().auditLog.count({ where: { action: { in: ["survey.publish", "survey.unpublish"] }, entityId: s.id } })).toBe(2);
  });
});
