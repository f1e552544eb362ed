import type { NextRequest } from "next/server";
import { currentActor } from "@/lib/auth/session";
import { requireStaff } from "@/lib/auth/actor";
import { exportSurveyResults } from "@/lib/data/survey/results";
import { refusal, tableResponse } from "@/lib/nominations/export-response";

// A survey's results as .xlsx (counts, rates, breakdowns of five or more, comments sorted). Staff only; audited.
export const dynamic = "force-dynamic";

export async function GET(_req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  try {
    const actor = requireStaff(await currentActor());
    return await tableResponse(await exportSurveyResults(actor, (await params).id), "xlsx");
  } catch (e) {
    return refusal(e);
  }
}
