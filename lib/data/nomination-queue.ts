import "server-only";
// "下一条" on a nomination's review page: the next nomination of the same vacancy (or of the
// talent pool) still waiting for a decision, in the review list's order (earliest submitted
// first), wrapping round to the earliest. Read when the link is followed, so a nomination a
// colleague decided meanwhile is passed over. Staff only.
import { db } from "../db/client";
import { requireStaff, type Actor } from "../auth/actor";
import { now as clockNow } from "../calendar/clock";
import { NotFoundError } from "./errors";
import { undecidedWhere } from "./console-home";

export interface NextNomination {
  /** The next nomination to decide, or null when none is left. */
  nextId: string | null;
  /** The vacancy of the nomination the reviewer came from (null: the talent pool). */
  vacancyId: string | null;
}

export async function nextPendingNomination(actor: Actor | null, afterId: string, opts: { now?: Date } = {}): Promise<NextNomination> {
  requireStaff(actor);
  const at = opts.now ?? clockNow();
  const current = await db().nomination.findUnique({ where: { id: afterId }, select: { id: true, vacancyId: true, submittedAt: true } });
  if (!current) throw new NotFoundError();
  const base = { AND: [undecidedWhere(at), { vacancyId: current.vacancyId, NOT: { id: current.id } }] };
  const order = [{ submittedAt: "asc" as const }, { id: "asc" as const }];
  const after = await db().nomination.findFirst({
    where: {
      AND: [base, { OR: [{ submittedAt: { gt: current.submittedAt } }, { submittedAt: current.submittedAt, id: { gt: current.id } }] }],
    },
    orderBy: order,
    select: { id: true },
  });
  const next = after ?? (await db().nomination.findFirst({ where: base, orderBy: order, select: { id: true } }));
  return { nextId: next?.id ?? null, vacancyId: current.vacancyId };
}
