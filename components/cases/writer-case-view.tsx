// One case as its writer reads it, in /account (signed in) or on /cases/lookup (by 查询码):
// its particulars, the progress, the outcome once finished, and the thread of the writer's
// messages and the department's replies. Nothing here names a staff member or the writer; the
// data layer (lib/data/cases/writer-view.ts) has already left out notes and the verdict. No
// "use client": rendered on the server in /account, and inside the lookup form in the browser.
import { useFormatter, useTranslations } from "next-intl";
import type { WriterCaseView as View } from "@/lib/data/cases/writer-view";
import { DAY, INSTANT } from "@/lib/calendar/dates";

const STATUS_TONES: Record<string, string> = {
  PENDING: "border-amber-300 bg-amber-100 text-amber-900",
  ACCEPTED: "border-sky-300 bg-sky-100 text-sky-900",
  INVESTIGATING: "border-sky-300 bg-sky-100 text-sky-900",
  ANSWERED: "border-green-300 bg-green-100 text-green-900",
  CLOSED: "border-stone-400 bg-stone-200 text-stone-800",
  DISMISSED: "border-stone-400 bg-stone-200 text-stone-800",
};

export function CaseStatusBadge({ status }: { status: string }) {
  const t = useTranslations("cases.status");
  return (
    <span className={`badge ${STATUS_TONES[status] ?? STATUS_TONES.CLOSED}`} data-testid="case-status" data-status={status}>
      {t(status)}
    </span>
  );
}

export function WriterCaseView({ view, reader, children }: { view: View; reader: "writer" | "code"; children?: React.ReactNode }) {
  const t = useTranslations();
  const format = useFormatter();
  const when = (d: Date) => format.dateTime(d, INSTANT);
  const categoryKey = view.kind === "TALK" ? "cases.talkCategory" : view.kind === "REPORT" ? "cases.reportCategory" : null;
  const category = view.category && categoryKey && t.has(`${categoryKey}.${view.category}`) ? t(`${categoryKey}.${view.category}`) : null;
  const dueKey = view.due?.step === "accept" ? "accept" : view.kind === "TALK" ? "answer" : "conclude";
  const rows: [string, React.ReactNode][] = [
    [
      t("myCases.number"),
      <span key="number" className="font-mono">
        {view.number}
      </span>,
    ],
    [t("myCases.kind"), t(`cases.kind.${view.kind}`)],
    ...(category ? [[t("myCases.category"), category] as [string, React.ReactNode]] : []),
    [t("myCases.filedAt"), when(view.filedAt)],
    [t("common.status"), <CaseStatusBadge key="status" status={view.status} />],
  ];
  if (view.about) {
    const who = [view.about.name, view.about.unit, view.about.post].filter(Boolean).join("，");
    if (who) rows.push([t("myCases.about"), who]);
    if (view.about.notice) rows.push([t("myCases.aboutNotice"), view.about.notice]);
  }
  if (view.event?.time) rows.push([t("myCases.eventTime"), view.event.time]);
  if (view.event?.place) rows.push([t("myCases.eventPlace"), view.event.place]);

  return (
    <div className="space-y-6" data-testid="writer-case-view" data-number={view.number}>
      <section className="card space-y-3" aria-labelledby="case-title">
        <h2 id="case-title" className="text-xl break-words">
          {view.title}
        </h2>
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[8rem_1fr]">
          {rows.map(([k, v]) => (
            <div key={k} className="contents">
              <dt className="text-muted">{k}</dt>
              <dd className="break-words">{v}</dd>
            </div>
          ))}
        </dl>
        {view.due && (
          <p className="rounded-md border border-amber-300 bg-amber-50 px-4 py-2 text-amber-950" data-testid="case-due">
            {t(`myCases.due.${dueKey}`, { date: format.dateTime(view.due.on, DAY) })}
          </p>
        )}
      </section>

      <section className="card" aria-labelledby="timeline-title">
        <h2 id="timeline-title" className="text-lg">
          {t("myCases.timeline.title")}
        </h2>
        <ol className="mt-3 space-y-2 border-l-2 border-stone-300 pl-4">
          {view.timeline.map((s, i) => (
            <li
              key={`${s.step}-${i}`}
              className={`relative ${s.state === "next" ? "text-muted" : ""}`}
              aria-current={s.state === "current" ? "step" : undefined}
            >
              <span
                aria-hidden="true"
                className={`absolute top-2 -left-[1.4rem] h-3 w-3 rounded-full border-2 ${
                  s.state === "next"
                    ? "border-stone-400 bg-white"
                    : s.state === "current"
                      ? "border-brand-700 bg-brand-700"
                      : "border-green-700 bg-green-700"
                }`}
              />
              <span className={s.state === "current" ? "font-semibold" : ""}>{t(`myCases.timeline.step.${s.step}`)}</span>
              {s.at ? (
                <time dateTime={s.at.toISOString()} className="ml-3 text-sm text-muted tabular-nums">
                  {when(s.at)}
                </time>
              ) : s.state === "next" ? (
                <span className="ml-3 text-sm">{t("myCases.timeline.next")}</span>
              ) : null}
            </li>
          ))}
        </ol>
      </section>

      {view.outcome && (
        <section className="card space-y-2 border-green-700" aria-labelledby="outcome-title" data-testid="case-outcome">
          <h2 id="outcome-title" className="text-lg">
            {t("myCases.outcome.title")}
          </h2>
          {view.outcome.kind === "conclusion" && view.outcome.conclusion && (
            <p>
              <strong>{t("myCases.outcome.conclusion")}：</strong>
              {t.has(`cases.conclusion.${view.outcome.conclusion}`)
                ? t(`cases.conclusion.${view.outcome.conclusion}`)
                : view.outcome.conclusion}
            </p>
          )}
          {view.outcome.kind === "dismissed" ? (
            <p className="whitespace-pre-line">
              <strong>{t("myCases.outcome.reason")}：</strong>
              {view.outcome.reason ?? t("myCases.outcome.none")}
            </p>
          ) : view.outcome.text ? (
            <p className="whitespace-pre-line">
              <strong>{t("myCases.outcome.text")}：</strong>
              {view.outcome.text}
            </p>
          ) : view.outcome.kind === "closed" ? (
            <p className="text-muted">{t("myCases.outcome.none")}</p>
          ) : null}
        </section>
      )}

      {children}

      <section aria-labelledby="thread-title" className="space-y-3">
        <h2 id="thread-title" className="text-lg">
          {t("myCases.thread")}
        </h2>
        {reader === "code" && view.thread.some((m) => m.attachments.length > 0) && (
          <p className="text-sm text-muted">{t("myCases.lookup.noDownload")}</p>
        )}
        <ol className="space-y-3">
          {view.thread.map((m) => (
            <li
              key={m.id}
              className={`card space-y-2 ${m.from === "department" ? "border-l-4 border-l-brand-700" : ""}`}
              data-testid="case-message"
              data-from={m.from}
            >
              <p className="flex flex-wrap items-baseline justify-between gap-x-4 text-sm">
                <span className="font-semibold">
                  {m.from === "department"
                    ? t("myCases.from.department")
                    : reader === "writer"
                      ? t("myCases.from.writer")
                      : t("myCases.from.anonymousWriter")}
                </span>
                <time dateTime={m.at.toISOString()} className="text-muted tabular-nums">
                  {when(m.at)}
                </time>
              </p>
              <p className="break-words whitespace-pre-line">{m.body}</p>
              {m.attachments.length > 0 && (
                <div className="text-sm">
                  <p className="text-muted">{t("myCases.attachments")}</p>
                  <ul className="list-inside list-disc">
                    {m.attachments.map((a) => (
                      <li key={a.id}>
                        {a.href ? (
                          <a href={a.href} className="link">
                            {a.fileName}
                          </a>
                        ) : (
                          a.fileName
                        )}{" "}
                        <span className="text-muted">{t("myCases.fileSize", { size: Math.max(1, Math.round(a.size / 1024)) })}</span>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
