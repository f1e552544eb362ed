// The demo's 满意度测评: last year's survey closed with published results (the public page and
// the statistics have a past year), this year's open with part of the answers in, and the demo
// logins still to answer it.
import { db } from "@/lib/db/client";
import { surveysOpenFor } from "@/lib/data/survey/answer";
import { publishedSatisfaction } from "@/lib/data/survey/results";
import { seedAccounts } from "@/scripts/seed/accounts";
import { seedSurveys } from "@/scripts/seed/surveys";
import type { Actor } from "@/lib/auth/actor";

jest.setTimeout(120_000);

test("last year's results published, this year's open, demo logins not yet answered", async () => {
  await seedAccounts(db());
  await seedSurveys(db());
  const published = await publishedSatisfaction();
  expect(published).toHaveLength(1);
  expect(published[0].year).toBe(
    Number(new Intl.DateTimeFormat("en", { year: "numeric", timeZone: "Asia/Shanghai" }).format(new Date())) - 1,
  );
  expect(published[0].rows).toHaveLength(4);
  for (const r of published[0].rows) {
    expect(r.answers).toBeGreaterThan(200);
    expect(r.rate).toBeGreaterThan(0.7);
    expect(r.rate).toBeLessThan(0.99);
  }
  const open = await db().survey.findFirstOrThrow({ where: { status: "OPEN" } });
  const responses = await db().surveyResponse.count({ where: { surveyId: open.id } });
  expect(responses).toBeGreaterThan(30);
  // Marks + used codes = responses.
  const marks = await db().surveyParticipation.count({ where: { surveyId: open.id } });
  const used = await db().surveyCode.count({ where: { surveyId: open.id, used: true } });
  expect(marks + used).toBe(responses);
  const demo = await db().user.findFirstOrThrow({ where: { phone: { startsWith: "1390000" }, role: "NOMINATOR", status: "APPROVED" } });
  const actor: Actor = { id: demo.id, realName: demo.realName, role: "NOMINATOR", status: "APPROVED" };
  expect((await surveysOpenFor(actor)).map((s) => s.id)).toEqual([open.id]);
});
