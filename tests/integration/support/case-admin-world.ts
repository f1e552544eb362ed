// Fresh cases for the staff moves in the authorization matrix and the bad-input corpus: each
// form names a new case in the status the move starts from, handled by the caller when the
// caller is on staff (so an allowed caller may act on it), unassigned otherwise.
import { isStaff, type Actor } from "@/lib/auth/actor";
import type { CaseKind, CaseStatus } from "@/lib/state/case";
import { makeCase } from "./case-world";

export async function caseFor(
  caller: Actor | null,
  kind: CaseKind,
  status: CaseStatus = "PENDING",
  opts: { unassigned?: boolean } = {},
): Promise<string> {
  const handlerId = !opts.unassigned && isStaff(caller) ? caller.id : null;
  return (await makeCase({ kind, status, handlerId })).id;
}
