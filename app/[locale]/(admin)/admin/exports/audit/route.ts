import type { NextRequest } from "next/server";
import { currentActor } from "@/lib/auth/session";
import { requireStaff } from "@/lib/auth/actor";
import { auditQueryFrom, exportAuditEntries } from "@/lib/data/audit-view";
import { refusal, tableResponse } from "@/lib/nominations/export-response";

// The audit log with the same filters as its page, as .xlsx. Staff only (as the page); the
// export is itself written to the log.
export const dynamic = "force-dynamic";

export async function GET(req: NextRequest) {
  const params = Object.fromEntries(req.nextUrl.searchParams.entries());
  try {
    const actor = requireStaff(await currentActor());
    return await tableResponse(await exportAuditEntries(actor, auditQueryFrom(params)), "xlsx");
  } catch (e) {
    return refusal(e);
  }
}
