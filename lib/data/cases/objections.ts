import "server-only";
// The check the 任免 step makes before a person of a 任职前公示 may be published as appointed:
// an objection about them still open (待受理 / 已受理) blocks it, and so does one closed with a
// conclusion other than 不影响任职 (暂缓任职, 不予任职). An objection 不予受理 does not.
import type { db, Tx } from "../../db/client";
import type { ObjectionConclusion } from "../../cases/kinds";

export interface ObjectionBlock {
  blocked: boolean;
  /** Objections about the person still waiting on staff. */
  open: number;
  /** The weightiest conclusion among the closed ones (不予任职 over 暂缓任职 over 不影响任职), or null when none is closed. */
  conclusion: ObjectionConclusion | null;
}

const WEIGHT: Record<ObjectionConclusion, number> = { NO_EFFECT: 0, DEFER: 1, REFUSE: 2 };
const OPEN = ["PENDING", "ACCEPTED"];

export async function objectionBlocks(client: Tx | ReturnType<typeof db>, noticeEntryId: string): Promise<ObjectionBlock> {
  const rows = await client.case.findMany({
    where: { kind: "OBJECTION", noticeEntryId, status: { in: [...OPEN, "CLOSED"] } },
    select: { status: true, conclusion: true },
  });
  let open = 0;
  let conclusion: ObjectionConclusion | null = null;
  // A closed objection without a recorded conclusion cannot be read as 不影响任职: it blocks.
  let unconcluded = false;
  for (const r of rows) {
    if (OPEN.includes(r.status)) {
      open++;
      continue;
    }
    const c = r.conclusion as ObjectionConclusion | null;
    if (!c || !(c in WEIGHT)) {
      unconcluded = true;
      continue;
    }
    if (conclusion === null || WEIGHT[c] > WEIGHT[conclusion]) conclusion = c;
  }
  return { blocked: open > 0 || unconcluded || (conclusion !== null && conclusion !== "NO_EFFECT"), open, conclusion };
}
