import "server-only";
// The console home's two charts, counted per Beijing day by the database. The models could only
// hand every row over to be counted here: 100,000 recent nominations were read into the page on
// every view of /admin (~0.9 s of server time in the bench). Grouping by day needs each
// dialect's date function; Beijing keeps UTC+8 all year, so the day is the UTC time plus 8 hours.
import { Prisma } from "../../generated/prisma/client";
import { db, isPostgres } from "../../db/client";

/** The Beijing day ("YYYY-MM-DD") of a timestamp column (stored as UTC on both databases). */
function beijingDay(column: Prisma.Sql): Prisma.Sql {
  return isPostgres() ? Prisma.sql`to_char(${column} + interval '8 hours', 'YYYY-MM-DD')` : Prisma.sql`date(${column}, '+8 hours')`;
}

type DayCount = { day: string; n: number | bigint };
const toMap = (rows: DayCount[]) => new Map(rows.map((r) => [r.day, Number(r.n)]));

/**
 * Nominations submitted from `from` until `at` for the vacancies open at `at` (published, window
 * open), withdrawn ones left out, per Beijing day of submission.
 */
export async function nominationsPerBeijingDay(from: Date, at: Date): Promise<Map<string, number>> {
  return toMap(
    await db().$queryRaw<DayCount[]>`
      SELECT ${beijingDay(Prisma.sql`n."submittedAt"`)} AS "day", count(*) AS "n"
      FROM "Nomination" n JOIN "Vacancy" v ON v."id" = n."vacancyId"
      WHERE n."submittedAt" >= ${from} AND n."submittedAt" <= ${at} AND n."status" <> 'WITHDRAWN'
        AND v."status" = 'PUBLISHED' AND v."opensAt" <= ${at} AND v."closesAt" > ${at}
      GROUP BY 1`,
  );
}

/** Nominator accounts created since `from`, per Beijing day of creation. */
export async function registrationsPerBeijingDay(from: Date): Promise<Map<string, number>> {
  return toMap(
    await db().$queryRaw<DayCount[]>`
      SELECT ${beijingDay(Prisma.sql`u."createdAt"`)} AS "day", count(*) AS "n"
      FROM "User" u
      WHERE u."role" = 'NOMINATOR' AND u."createdAt" >= ${from}
      GROUP BY 1`,
  );
}
