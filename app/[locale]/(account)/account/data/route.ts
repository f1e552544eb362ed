import type { NextRequest } from "next/server";
import { currentActor } from "@/lib/auth/session";
import { requireUser } from "@/lib/auth/actor";
import { shanghaiToday } from "@/lib/calendar/dates";
import { auditPersonalDataExport, collectPersonalData } from "@/lib/data/personal-data";
import { refusal } from "@/lib/nominations/export-response";
import { personalDataContentType, personalDataDisposition, personalDataFormat, renderPersonalData } from "@/lib/privacy/export-file";

// 下载我的数据: the signed-in user's own data as .xlsx or JSON (?format=xlsx|json). Any signed-in
// account, a suspended one too (查阅、复制 is its right as well). Never cached; audited.
export const dynamic = "force-dynamic";

export async function GET(req: NextRequest) {
  const format = personalDataFormat(req.nextUrl.searchParams.get("format"));
  if (!format) return new Response("格式无效", { status: 400 });
  try {
    const actor = requireUser(await currentActor());
    const data = await collectPersonalData(actor);
    const body = await renderPersonalData(data, format);
    await auditPersonalDataExport(actor, format);
    return new Response(new Uint8Array(body), {
      headers: {
        "Content-Type": personalDataContentType(format),
        "Content-Disposition": personalDataDisposition(format, shanghaiToday(new Date(data.generatedAt))),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (e) {
    return refusal(e);
  }
}
