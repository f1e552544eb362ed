import "server-only";
// Every instance reads the boards' versions every POLL_MS; a version that moved since the last
// read means another instance (or this one) published a change, and every cached page and read
// tagged with that board is expired here (lib/cache/cache-handler.mjs). The time recorded is
// this instance's clock when it saw the change, so clocks that differ between machines do not
// matter; an entry stored between the change and its sighting is expired once more, needlessly
// but harmlessly.
import { readBoardVersions } from "../data/board-versions";
import { BOARD_TAGS, type Board } from "../data/board-tags";
import { expireTags } from "./tag-expiries.mjs";

export const POLL_MS = Number(process.env.OPENSELECT_BOARD_POLL_MS) || 1000;

/** One poll: compares with the versions already seen and expires the boards that moved. */
export function boardVersionWatcher(read: () => Promise<Map<string, number>> = readBoardVersions, seen = new Map<string, number>()) {
  let primed = false;
  return async function poll(now = Date.now()): Promise<Board[]> {
    const current = await read();
    // Versions only go up; a read that started before this instance noted its own change
    // (noteOwnChange) must not take the seen version back.
    const moved = primed ? [...current].filter(([board, v]) => v > (seen.get(board) ?? -1)).map(([board]) => board as Board) : [];
    for (const [board, v] of current) seen.set(board, Math.max(seen.get(board) ?? -1, v));
    primed = true;
    const tags = moved.filter((b) => b in BOARD_TAGS).map((b) => BOARD_TAGS[b]);
    if (tags.length) expireTags(tags, now);
    return moved;
  };
}

const g = globalThis as unknown as { openselectBoardPoller?: NodeJS.Timeout; openselectBoardVersionsSeen?: Map<string, number> };
const processSeen = () => (g.openselectBoardVersionsSeen ??= new Map());

/**
 * This instance has just raised these boards' versions and expires their entries itself
 * (after this call), so its own poller need not expire them again a moment later, which would
 * throw away pages rendered in between.
 */
export function noteOwnChange(boards: readonly Board[], versions: Map<string, number>, seen = processSeen()): void {
  for (const b of boards) {
    const v = versions.get(b);
    if (v !== undefined) seen.set(b, Math.max(seen.get(b) ?? -1, v));
  }
}

/** Starts polling once per process (instrumentation.ts). A failed read is retried next time. */
export function startBoardVersionPolling(): void {
  if (g.openselectBoardPoller) return;
  const poll = boardVersionWatcher(readBoardVersions, processSeen());
  let warned = false;
  const tick = () =>
    poll().then(
      () => (warned = false),
      (e: unknown) => {
        if (!warned) console.error(`[openselect] board version poll failed (will retry): ${e instanceof Error ? e.message : e}`);
        warned = true;
      },
    );
  void tick();
  g.openselectBoardPoller = setInterval(tick, POLL_MS);
  g.openselectBoardPoller.unref();
}
