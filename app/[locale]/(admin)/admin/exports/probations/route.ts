import type { NextRequest } from "next/server";
import { currentActor } from "@/lib/auth/session";
import { requireStaff } from "@/lib/auth/actor";
import { exportDueProbations } from "@/lib/data/probations";
import { exportFormat, refusal, tableResponse } from "@/lib/nominations/export-response";

// 试用期管理's list (probations due within 60 days and those ended unassessed) as .xlsx or .csv.
// Staff only; audited.
export const dynamic = "force-dynamic";

export async function GET(req: NextRequest) {
  const format = exportFormat(req.nextUrl.searchParams.get("format") ?? "xlsx");
  if (!format) return new Response("参数错误", { status: 400 });
  try {
    return await tableResponse(await exportDueProbations(requireStaff(await currentActor())), format);
  } catch (e) {
    return refusal(e);
  }
}
