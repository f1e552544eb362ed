import type { NextRequest } from "next/server";
import { currentActor } from "@/lib/auth/session";
import { requireStaff } from "@/lib/auth/actor";
import { exportCases } from "@/lib/data/cases/console";
import { caseListParams } from "@/lib/validation/cases-admin";
import { exportFormat, refusal, tableResponse } from "@/lib/nominations/export-response";

// The case inbox with the same filters as its page, as .xlsx (or .csv). Staff only; the
// writer's name only for administrators; audited (export.cases).
export const dynamic = "force-dynamic";

export async function GET(req: NextRequest) {
  const params = Object.fromEntries(req.nextUrl.searchParams.entries());
  const format = exportFormat(params.format ?? "xlsx");
  if (!format) return new Response("参数错误", { status: 400 });
  try {
    const actor = requireStaff(await currentActor());
    const { page: _page, ...query } = caseListParams(params);
    return await tableResponse(await exportCases(actor, query), format);
  } catch (e) {
    return refusal(e);
  }
}
