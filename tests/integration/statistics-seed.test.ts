// The demo data gives the statistics page several years of figures, and units with figures that
// can be published (not only "—"): the boards' and nominations' seeds, then the statistics history.
import { db } from "@/lib/db/client";
import { publicStatistics } from "@/lib/data/public-stats";
import { seedAccounts } from "@/scripts/seed/accounts";
import { seedBoards } from "@/scripts/seed/boards";
import { seedNominations } from "@/scripts/seed/nominations";
import { seedStatisticsHistory } from "@/scripts/seed/statistics";

jest.setTimeout(180_000);

test("the demo's statistics: four years, a trend, units with published figures, nothing held by a closed nomination", async () => {
  const now = new Date("2026-12-02T02:00:00Z");
  await seedAccounts(db());
  await seedBoards(db(), now);
  await seedNominations(db());
  await seedStatisticsHistory(db(), now);
  const s = await publicStatistics(now);
  expect(s.years.map((y) => y.year)).toEqual([2023, 2024, 2025, 2026]);
  expect(s.years.map((y) => y.vacancies).slice(0, 3)).toEqual([15, 20, 25]);
  for (const y of s.years.slice(0, 3)) {
    expect(y.notices).toBe(y.vacancies);
    expect(y.appointments).toBe(y.vacancies);
    expect(y.nominations).toBeGreaterThan(y.vacancies * 3 - 1);
  }
  const last = s.units.find((u) => u.year === 2025)!;
  expect(last.rows.some((r) => r.values.vacancies !== null && r.values.appointments !== null)).toBe(true);
  // The history's nominations are closed: none holds a nominator's slot.
  expect(await db().nomination.count({ where: { status: "CLOSED", slotKey: { not: null } } })).toBe(0);
});
