import type { NextRequest } from "next/server";
import { currentActor } from "@/lib/auth/session";
import { requireStaff } from "@/lib/auth/actor";
import { exportTalentPool } from "@/lib/data/exports";
import { poolFiltersFrom } from "@/lib/data/talent-pool";
import { exportFormat, refusal, tableResponse } from "@/lib/nominations/export-response";

// The talent pool with the same filters as its page, as .xlsx or .csv. Staff only; audited.
export const dynamic = "force-dynamic";

export async function GET(req: NextRequest) {
  const params = Object.fromEntries(req.nextUrl.searchParams.entries());
  const format = exportFormat(params.format ?? null);
  if (!format) return new Response("参数错误", { status: 400 });
  try {
    const actor = requireStaff(await currentActor());
    return await tableResponse(await exportTalentPool(actor, poolFiltersFrom(params)), format);
  } catch (e) {
    return refusal(e);
  }
}
