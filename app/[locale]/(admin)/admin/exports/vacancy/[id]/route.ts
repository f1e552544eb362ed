import type { NextRequest } from "next/server";
import { currentActor } from "@/lib/auth/session";
import { requireStaff } from "@/lib/auth/actor";
import { exportVacancyNominations, exportVacancyTally } from "@/lib/data/exports";
import { exportFormat, refusal, tableResponse } from "@/lib/nominations/export-response";

// A vacancy's tally (?what=tally) or nominations (?what=nominations) as .xlsx or .csv.
// Route handlers sit outside the console layout: the role is checked here and again in the
// data layer, which also writes the audit entry.
export const dynamic = "force-dynamic";

export async function GET(req: NextRequest, ctx: { params: Promise<{ id: string }> }) {
  const { id } = await ctx.params;
  const format = exportFormat(req.nextUrl.searchParams.get("format"));
  const what = req.nextUrl.searchParams.get("what");
  if (!format || (what !== "tally" && what !== "nominations")) return new Response("参数错误", { status: 400 });
  try {
    const actor = requireStaff(await currentActor());
    const table = what === "tally" ? await exportVacancyTally(actor, id) : await exportVacancyNominations(actor, id);
    return await tableResponse(table, format);
  } catch (e) {
    return refusal(e);
  }
}
