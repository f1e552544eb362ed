import "server-only";
// The staff digest's 来信来访 lines: how many cases came in since the reader's last digest and
// how many are past their due day now. Counts only (the mail never carries a case's words), and
// like every count of the console they leave out the cases about the reader.
import type { Tx } from "../../db/client";
import { notAboutWhere, overdueWhere } from "./console";

export interface CaseDigestCounts {
  newCases: number;
  overdueCases: number;
}

export async function caseDigestCounts(tx: Tx, reader: { realName: string }, since: Date, now: Date): Promise<CaseDigestCounts> {
  const base = notAboutWhere(reader);
  const newCases = await tx.case.count({ where: { AND: [base, { createdAt: { gte: since, lt: now } }] } });
  const overdueCases = await tx.case.count({ where: { AND: [base, overdueWhere(now)] } });
  return { newCases, overdueCases };
}
