import "server-only";
// Each public board's version number, raised on every published change (see the BoardVersion
// model). The instances behind a load balancer share nothing but the database, so this is how
// a change made on one of them reaches the others' page caches (lib/cache/board-version-poller.ts).
// No actor: a version says only that something changed, and raising it only makes caches
// render again; the console actions that call it have checked their caller.
import { db } from "../db/client";
import { isUniqueViolation } from "../db/tx";

export async function raiseBoardVersions(boards: readonly string[]): Promise<void> {
  const wanted = [...new Set(boards)];
  const { count } = await db().boardVersion.updateMany({ where: { board: { in: wanted } }, data: { version: { increment: 1 } } });
  if (count === wanted.length) return;
  // A board added after the migration that created the first rows (statistics) gets its row on
  // its first change; another instance creating it at the same moment makes this an update.
  const have = new Set(
    (await db().boardVersion.findMany({ where: { board: { in: wanted } }, select: { board: true } })).map((r) => r.board),
  );
  for (const board of wanted.filter((b) => !have.has(b))) {
    try {
      await db().boardVersion.create({ data: { board, version: 1 } });
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      await db().boardVersion.update({ where: { board }, data: { version: { increment: 1 } } });
    }
  }
}

export async function readBoardVersions(): Promise<Map<string, number>> {
  const rows = await db().boardVersion.findMany({ select: { board: true, version: true } });
  return new Map(rows.map((r) => [r.board, r.version]));
}
