import { IntentLink as Link } from "@/components/ui/intent-link";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { signedInPage } from "@/lib/auth/page-guards";
import { myTrainingRecord } from "@/lib/data/training/records";
import { DAY_OF_INSTANT, INSTANT, TIME_OF_INSTANT } from "@/lib/calendar/dates";
import { now as clockNow } from "@/lib/calendar/clock";
import { formatHours } from "@/lib/training/hours";
import { badgeClass } from "@/components/boards/board-badge";
import { RecordSessions } from "@/components/training/record-sessions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("training.record"))("title") };
}

const ENROLMENT_TONE: Record<string, string> = {
  PENDING: "NOT_YET",
  APPROVED: "OPEN",
  WAITLISTED: "NOTICE",
  DECLINED: "CANCELLED",
  CANCELLED: "CLOSED",
  CLASS_CANCELLED: "CANCELLED",
};

/** 我的培训档案: the classes, each session's attendance, hours per year, and the way to the printable record. */
export default async function MyTrainingPage() {
  const actor = await signedInPage("/account/training");
  const [t, format, record] = await Promise.all([getTranslations(), getFormatter(), myTrainingRecord(actor)]);
  const now = clockNow();
  const range = (a: Date, b: Date) => {
    const from = format.dateTime(a, DAY_OF_INSTANT);
    const to = format.dateTime(b, DAY_OF_INSTANT);
    return from === to ? from : t("training.public.range", { from, to });
  };
  // A session's time in two lines, each kept whole: its day, then its clock range (09:00 至 11:00);
  // a session running past midnight gives both instants in full.
  const when = (a: Date, b: Date) => {
    const day = format.dateTime(a, DAY_OF_INSTANT);
    if (day !== format.dateTime(b, DAY_OF_INSTANT))
      return [
        { text: format.dateTime(a, INSTANT), whole: false },
        { text: t("training.record.until", { time: format.dateTime(b, INSTANT) }), whole: false },
      ];
    const clock = t("training.public.range", { from: format.dateTime(a, TIME_OF_INSTANT), to: format.dateTime(b, TIME_OF_INSTANT) });
    return [
      { text: day, whole: true },
      { text: clock, whole: true },
    ];
  };
  return (
    <div className="space-y-6">
      <p>
        <Link href="/account" className="link">
          ← {t("account.title")}
        </Link>
      </p>
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div className="space-y-1">
          <h1 className="text-2xl">{t("training.record.title")}</h1>
          <p className="max-w-3xl text-muted">{t("training.record.lead")}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Link href="/training" className="btn-secondary">
            {t("training.record.browse")}
          </Link>
          <Link href="/account/training/print" className="btn-secondary">
            {t("training.record.print")}
          </Link>
        </div>
      </header>

      <section className="card space-y-2" aria-labelledby="years">
        <h2 id="years" className="text-lg">
          {t("training.record.hoursByYear")}
        </h2>
        {record.years.length === 0 ? (
          <p className="text-muted">{t("training.record.noHours")}</p>
        ) : (
          <ul className="space-y-1">
            {record.years.map((y) => (
              <li key={y.year} data-testid={`hours-${y.year}`}>
                {t("training.record.yearHours", { year: y.year, hours: formatHours(y.tenths), count: y.classes })}
              </li>
            ))}
            <li className="font-medium">{t("training.record.total", { hours: formatHours(record.totalTenths) })}</li>
          </ul>
        )}
      </section>

      <section className="space-y-3" aria-labelledby="classes">
        <h2 id="classes" className="text-lg">
          {t("training.record.classes")}
        </h2>
        {record.classes.length === 0 ? (
          <p className="card text-muted">{t("training.record.empty")}</p>
        ) : (
          <ul className="space-y-4">
            {record.classes.map((c) => (
              <li key={c.classId} className="card space-y-3">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <h3 className="text-lg">
                    <Link href={`/training/${c.classId}`} className="link">
                      {c.title}
                    </Link>
                  </h3>
                  <span className={badgeClass(ENROLMENT_TONE[c.enrolmentStatus] ?? "CLOSED")}>
                    {t(`training.status.${c.enrolmentStatus}`)}
                  </span>
                </div>
                <p className="text-sm text-muted">
                  {c.organizer} · {t(`training.kind.${c.kind}`)}
                  {c.firstDay && c.lastDay ? ` · ${range(c.firstDay, c.lastDay)}` : ""}
                  {c.classStatus !== "PUBLISHED" ? ` · ${t(`training.classStatus.${c.classStatus}`)}` : ""}
                </p>
                <p className="text-sm">
                  {t("training.record.signedUpAt", { time: format.dateTime(c.signedUpAt, INSTANT) })}
                  {c.creditedTenths > 0 && (
                    <strong className="ml-3">{t("training.record.credited", { hours: formatHours(c.creditedTenths) })}</strong>
                  )}
                </p>
                {/* A class called off: a waiting sign-up ended with it (its badge says so); an admission stays, with its hours. */}
                {c.enrolmentStatus === "APPROVED" && c.classStatus === "CANCELLED" && (
                  <p className="text-sm" data-testid="admitted-cancelled">
                    {t("training.record.admittedCancelled")}
                  </p>
                )}
                {c.enrolmentStatus === "APPROVED" && c.sessions.length > 0 && (
                  <RecordSessions
                    labels={{
                      session: t("training.record.session"),
                      time: t("training.record.time"),
                      hours: t("training.record.sessionHours"),
                      attendance: t("training.record.attendance"),
                    }}
                    rows={c.sessions.map((s) => ({
                      key: s.id,
                      title: s.title,
                      when: when(s.startsAt, s.endsAt),
                      hours: formatHours(s.hoursTenths),
                      attendance: s.attended
                        ? t("training.record.attended")
                        : s.endsAt.getTime() > now.getTime()
                          ? t("training.record.notYet")
                          : t("training.record.absent"),
                    }))}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
