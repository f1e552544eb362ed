import type { NextRequest } from "next/server";
import { currentActor } from "@/lib/auth/session";
import { requireStaff } from "@/lib/auth/actor";
import { exportRegistrations } from "@/lib/data/registration-queue";
import { exportFormat, refusal, tableResponse } from "@/lib/nominations/export-response";

// The registration queue as filtered on its page (?status=&q=), as .xlsx (or .csv): ID numbers
// masked, every export audited by the data layer. Route handlers sit outside the console
// layout: the role is checked here and again in the data layer.
export const dynamic = "force-dynamic";

export async function GET(req: NextRequest) {
  const sp = req.nextUrl.searchParams;
  const format = exportFormat(sp.get("format") ?? "xlsx");
  if (!format) return new Response("参数错误", { status: 400 });
  try {
    const actor = requireStaff(await currentActor());
    const table = await exportRegistrations(actor, { status: sp.get("status") ?? undefined, q: sp.get("q") ?? undefined });
    return await tableResponse(table, format);
  } catch (e) {
    return refusal(e);
  }
}
