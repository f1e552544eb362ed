import { IntentLink as Link } from "@/components/ui/intent-link";
import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { signedInPage } from "@/lib/auth/page-guards";
import { myTrainingRecord } from "@/lib/data/training/records";
import { DAY_OF_INSTANT, INSTANT } from "@/lib/calendar/dates";
import { now as clockNow } from "@/lib/calendar/clock";
import { organizationName } from "@/lib/notifications/mail";
import { asLocale } from "@/lib/notifications/render";
import { beijingYear, formatHours } from "@/lib/training/hours";
import { PrintButton } from "@/components/training/print-button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("training.print"))("title") };
}

// On paper only the record itself: the site's header, menu and footer and the buttons are hidden.
const PRINT_CSS = `@media print {
  body * { visibility: hidden; }
  .training-print, .training-print * { visibility: visible; }
  .training-print { position: absolute; inset: 0 auto auto 0; width: 100%; padding: 0; }
  .training-print .no-print { display: none; }
  .training-print table { font-size: 11pt; }
  .training-print tr { break-inside: avoid; }
  @page { margin: 18mm 15mm; }
}`;

/**
 * The printable training record: the person (name, unit, position), each admitted class with
 * credited hours (its dates and organizer), totals per year and overall, the organization's name
 * and when it was generated.
 */
export default async function PrintTrainingRecordPage() {
  const actor = await signedInPage("/account/training/print");
  const [t, format, record, locale] = await Promise.all([getTranslations(), getFormatter(), myTrainingRecord(actor), getLocale()]);
  const credited = record.classes.filter((c) => c.creditedTenths > 0);
  const byYear = new Map<number, typeof credited>();
  for (const c of credited) {
    // A class sits under the year of its first attended session (its hours may span two years:
    // the year totals below come from the sessions themselves).
    const first = c.sessions.find((s) => s.attended);
    const y = beijingYear(first?.startsAt ?? c.signedUpAt);
    byYear.set(y, [...(byYear.get(y) ?? []), c]);
  }
  const range = (a: Date | null, b: Date | null) => {
    if (!a || !b) return "—";
    const from = format.dateTime(a, DAY_OF_INSTANT);
    const to = format.dateTime(b, DAY_OF_INSTANT);
    return from === to ? from : t("training.public.range", { from, to });
  };
  return (
    <div className="training-print mx-auto max-w-4xl space-y-6 bg-white">
      <style>{PRINT_CSS}</style>
      <p className="no-print flex flex-wrap gap-3">
        <Link href="/account/training" className="btn-secondary">
          {t("training.print.back")}
        </Link>
        <PrintButton label={t("training.print.printButton")} />
      </p>
      <header className="space-y-1 text-center">
        <p className="text-lg">{organizationName(asLocale(locale))}</p>
        <h1 className="text-2xl font-bold">{t("training.print.title")}</h1>
      </header>
      <dl className="grid grid-cols-[6rem_1fr] gap-y-1 sm:grid-cols-[6rem_1fr_6rem_1fr]">
        <dt className="font-medium">{t("training.print.name")}</dt>
        <dd>{record.person.realName}</dd>
        <dt className="font-medium">{t("training.print.unit")}</dt>
        <dd>{record.person.workUnit}</dd>
        <dt className="font-medium">{t("training.print.position")}</dt>
        <dd>{record.person.position}</dd>
      </dl>
      {credited.length === 0 ? (
        <p>{t("training.print.none")}</p>
      ) : (
        // No minimum width: on a 390 px phone the columns wrap (a two-day range goes on two
        // lines) instead of the table running past the screen's edge.
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-sm">
            <thead>
              <tr>
                <th scope="col" className="border border-stone-400 p-2 text-left">
                  {t("training.print.class")}
                </th>
                <th scope="col" className="border border-stone-400 p-2 text-left">
                  {t("training.print.organizer")}
                </th>
                <th scope="col" className="border border-stone-400 p-2 text-left">
                  {t("training.print.dates")}
                </th>
                <th scope="col" className="border border-stone-400 p-2 text-right">
                  {t("training.print.hours")}
                </th>
              </tr>
            </thead>
            {[...byYear.entries()]
              .sort((a, b) => b[0] - a[0])
              .map(([year, classes]) => (
                <tbody key={year}>
                  {classes.map((c) => (
                    <tr key={c.classId}>
                      <td className="border border-stone-400 p-2">{c.title}</td>
                      <td className="border border-stone-400 p-2">{c.organizer}</td>
                      <td className="border border-stone-400 p-2">{range(c.firstDay, c.lastDay)}</td>
                      <td className="border border-stone-400 p-2 text-right">{formatHours(c.creditedTenths)}</td>
                    </tr>
                  ))}
                  <tr className="font-medium">
                    <td colSpan={3} className="border border-stone-400 p-2 text-right">
                      {t("training.print.yearTotal", { year })}
                    </td>
                    <td className="border border-stone-400 p-2 text-right">
                      {formatHours(record.years.find((y) => y.year === year)?.tenths ?? 0)}
                    </td>
                  </tr>
                </tbody>
              ))}
            <tfoot>
              <tr className="font-bold">
                <td colSpan={3} className="border border-stone-400 p-2 text-right">
                  {t("training.print.total")}
                </td>
                <td className="border border-stone-400 p-2 text-right">{formatHours(record.totalTenths)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      <p className="text-sm">{t("training.print.note")}</p>
      <p className="text-sm">{t("training.print.printedAt", { time: format.dateTime(clockNow(), INSTANT) })}</p>
    </div>
  );
}
