import "server-only";
// Where a survey response is written, and how it is kept from the mark of who answered. See the
// README, 满意度测评的匿名性. In short:
// - a response row holds no person, no time and no key of anything else; its key is a random
//   positive 31-bit integer, so neither the key nor SQLite's row order (an INTEGER PRIMARY KEY is
//   the rowid) follows arrival;
// - PostgreSQL keeps rows in the heap roughly in arrival order (ctid) and stamps every row with
//   the id of the transaction that wrote it (xmin), which the participation mark written in the
//   same transaction shares. So every new response is written together with up to REDEAL others
//   of the same survey, taken out and written back with new random keys, all in random order, in
//   the same transaction: the new one shares its xmin and its stretch of the heap with those, and
//   the earlier ones keep moving. Closing the survey writes all its responses again in random
//   order, after which neither ctid nor xmin says anything about arrival.
import { randomInt } from "node:crypto";
import { Prisma } from "../../generated/prisma/client";
import type { Tx } from "../../db/client";

/** How many earlier responses each new one is dealt in with (its crowd while the survey is open). */
export const REDEAL = 24;

export interface ResponseContent {
  unit: string | null;
  level: string | null;
  /** JSON text: { questionId: choice | text }. */
  answers: string;
}

const MAX_ID = 2 ** 31; // randomInt's upper bound is exclusive: ids are 1 … 2^31 − 1

/** `n` random keys that no row of `model` holds (a clash is retried; at 31 bits it is rare). */
export async function freshIds(tx: Tx, model: "surveyResponse" | "surveyParticipation" | "surveyCode", n: number): Promise<number[]> {
  const out = new Set<number>();
  while (out.size < n) {
    const want = new Set<number>();
    while (want.size < n - out.size) {
      const id = randomInt(1, MAX_ID);
      if (!out.has(id)) want.add(id);
    }
    const ids = [...want];
    const taken = new Set<number>();
    // One lookup for the lot (a PostgreSQL insert that failed on a clash would end the transaction).
    for (let i = 0; i < ids.length; i += 500) {
      const slice = ids.slice(i, i + 500);
      const rows =
        model === "surveyResponse"
          ? await tx.surveyResponse.findMany({ where: { id: { in: slice } }, select: { id: true } })
          : model === "surveyParticipation"
            ? await tx.surveyParticipation.findMany({ where: { id: { in: slice } }, select: { id: true } })
            : await tx.surveyCode.findMany({ where: { id: { in: slice } }, select: { id: true } });
      for (const r of rows) taken.add(r.id);
    }
    for (const id of ids) if (!taken.has(id)) out.add(id);
  }
  return [...out];
}

/** Fisher–Yates with the system's CSPRNG. */
export function shuffle<T>(items: T[]): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/** Takes the rows out (only those this transaction really removed: a concurrent one may have taken some first). */
async function takeOut(tx: Tx, ids: number[]): Promise<ResponseContent[]> {
  if (!ids.length) return [];
  const out: ResponseContent[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const slice = ids.slice(i, i + 500);
    out.push(
      ...(await tx.$queryRaw<ResponseContent[]>(
        Prisma.sql`DELETE FROM "SurveyResponse" WHERE "id" IN (${Prisma.join(slice)}) RETURNING "unit", "level", "answers"`,
      )),
    );
  }
  return out;
}

async function writeBack(tx: Tx, surveyId: string, rows: ResponseContent[]): Promise<void> {
  const dealt = shuffle(rows);
  const ids = await freshIds(tx, "surveyResponse", dealt.length);
  for (let i = 0; i < dealt.length; i += 500) {
    await tx.surveyResponse.createMany({
      data: dealt.slice(i, i + 500).map((r, k) => ({ id: ids[i + k], surveyId, unit: r.unit, level: r.level, answers: r.answers })),
    });
  }
}

/**
 * Writes one response in the caller's transaction (the one that writes the participation mark),
 * dealt in with up to REDEAL earlier responses of the survey chosen at random.
 */
export async function writeResponse(tx: Tx, surveyId: string, content: ResponseContent): Promise<void> {
  const existing = (await tx.surveyResponse.findMany({ where: { surveyId }, select: { id: true } })).map((r) => r.id);
  const crowd = shuffle(existing).slice(0, REDEAL);
  const moved = await takeOut(tx, crowd);
  await writeBack(tx, surveyId, [...moved, content]);
}

/** Writes all of a survey's responses again in random order (at closing). */
export async function redealAll(tx: Tx, surveyId: string): Promise<number> {
  const ids = (await tx.surveyResponse.findMany({ where: { surveyId }, select: { id: true } })).map((r) => r.id);
  const all = await takeOut(tx, ids);
  await writeBack(tx, surveyId, all);
  return all.length;
}
