import type { NextRequest } from "next/server";
import { currentActor } from "@/lib/auth/session";
import { requireStaff } from "@/lib/auth/actor";
import { exportTrainingReport, REPORT_KINDS, type ReportKind } from "@/lib/data/training/reports";
import { exportFormat, refusal, tableResponse } from "@/lib/nominations/export-response";
import { reportYear } from "@/lib/validation/training";
import { shanghaiDay } from "@/lib/calendar/dates";
import { now as clockNow } from "@/lib/calendar/clock";

// A 干部教育培训 report table (per class, unit or year) as .xlsx (or .csv). Staff only; audited.
export const dynamic = "force-dynamic";

export async function GET(req: NextRequest) {
  const q = req.nextUrl.searchParams;
  const format = exportFormat(q.get("format") ?? "xlsx");
  const kind = q.get("kind");
  if (!format || !kind || !(REPORT_KINDS as readonly string[]).includes(kind)) return new Response("参数错误", { status: 400 });
  const year = q.get("year") === "all" ? null : reportYear(q.get("year") ?? undefined, shanghaiDay(clockNow()).year);
  try {
    const actor = requireStaff(await currentActor());
    return await tableResponse(await exportTrainingReport(actor, kind as ReportKind, year), format);
  } catch (e) {
    return refusal(e);
  }
}
