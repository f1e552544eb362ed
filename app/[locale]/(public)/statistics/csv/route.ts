import { createTranslator } from "next-intl";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/config";
import { catalogs } from "@/messages";
import { statistics } from "@/lib/data/statistics-cache";
import { statisticsCsv } from "@/lib/statistics/present";
import { attachment, contentType, renderTable } from "@/lib/nominations/spreadsheet";

// The public statistics as CSV (UTF-8 with a byte-order mark, so Excel opens the Chinese text):
// the same cached figures as the page, in the visitor's language (the path's locale, which the
// proxy takes from the language cookie). Public figures, checked again on every download (no-cache) so a change shows at once.
export const dynamic = "force-dynamic";

export async function GET(_req: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : DEFAULT_LOCALE;
  const t = createTranslator({ locale, messages: catalogs[locale], namespace: "statistics" }) as unknown as (
    key: string,
    values?: Record<string, string | number>,
  ) => string;
  const table = statisticsCsv(await statistics(), t);
  const body = await renderTable(table, "csv");
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": contentType("csv"),
      "Content-Disposition": attachment(table.title, "csv"),
      "Cache-Control": "public, no-cache",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
