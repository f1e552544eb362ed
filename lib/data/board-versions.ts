import "server-only";
// Each public board's version number, raised on every published change (see the BoardVersion
// model). The instances behind a load balancer share nothing but the database, so this is how
// a change made on one of them reaches the others' page caches (lib/cache/board-version-poller.ts).
// No actor: a version says only that something changed, and raising it only makes caches
// render again; the console actions that call it have checked their caller.
import { db } from "../db/client";

export async function raiseBoardVersions(boards: readonly string[]): Promise<void> {
  await db().boardVersion.updateMany({ where: { board: { in: [...boards] } }, data: { version: { increment: 1 } } });
}

export async function readBoardVersions(): Promise<Map<string, number>> {
  const rows = await db().boardVersion.findMany({ select: { board: true, version: true } });
  return new Map(rows.map((r) => [r.board, r.version]));
}
