import { IntentLink as Link } from "@/components/ui/intent-link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { staffPage } from "@/lib/auth/page-guards";
import { openCase } from "@/lib/data/cases/console";
import { NotFoundError } from "@/lib/data/errors";
import { DAY, INSTANT, parseDay } from "@/lib/calendar/dates";
import { DetailList } from "@/components/ui/detail-list";
import { CaseStatusBadge, OverdueMark } from "@/components/cases-admin/case-badges";
import { categoryKey } from "@/components/cases-admin/case-list";
import { CaseThread, FileList } from "@/components/cases-admin/case-thread";
import { CaseMoves } from "@/components/cases-admin/case-moves";
import { caseDone } from "@/lib/validation/cases-admin";
import {
  acceptCaseAction,
  assignCaseAction,
  closeCaseAction,
  dismissCaseAction,
  investigateCaseAction,
  noteCaseAction,
  replyCaseAction,
  takeCaseAction,
} from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("caseAdmin"))("title") };
}

// One case for staff: the whole thread (staff-only notes marked), the due days, the writer only
// for the handler and administrators, and the moves the reader may make. Opening it is audited
// (the data layer writes case.open); a case about the reader is "not found".
export default async function CasePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams?: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const doneMove = caseDone((await searchParams)?.done);
  const actor = await staffPage(`/admin/cases/${id}`);
  const c = await openCase(actor, id).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const p = (key: string, values?: Record<string, string>) => t(`caseAdmin.page.${key}`, values);
  const day = (d: string | null) => (d ? format.dateTime(parseDay(d)!, DAY) : "—");
  const at = (d: Date | null) => (d ? format.dateTime(d, INSTANT) : null);
  const d = c.decisions;
  const cat = categoryKey(c.kind, c.category);

  const facts: [string, React.ReactNode][] = [
    [
      t("caseAdmin.col.number"),
      <span key="number" className="font-mono">
        {c.number}
      </span>,
    ],
    [t("caseAdmin.col.kind"), t(`cases.kind.${c.kind}`)],
    ...(cat ? [[t("caseAdmin.col.category"), t(cat)] as [string, string]] : []),
    [p("filedAt"), at(c.filedAt)],
    [p("acceptDue"), day(c.acceptDueDay)],
    ...(c.answerDueDay ? [[c.kind === "TALK" ? p("answerDueTalk") : p("answerDue"), day(c.answerDueDay)] as [string, string]] : []),
    ...(c.dueDay
      ? [
          [
            p("currentDue"),
            <span key="due" className="inline-flex flex-wrap items-center gap-2">
              {day(c.dueDay)}
              {c.overdue && <OverdueMark label={t("cases.overdue")} />}
            </span>,
          ] as [string, React.ReactNode],
        ]
      : []),
    [p("handler"), c.handlerName ?? t("caseAdmin.unassigned")],
    ...(
      [
        ["acceptedAt", c.acceptedAt],
        ["answeredAt", c.answeredAt],
        ["followedUpAt", c.followedUpAt],
        ["closedAt", c.closedAt],
      ] as const
    )
      .filter(([, v]) => v)
      .map(([k, v]): [string, React.ReactNode] => [p(k), at(v)]),
  ];

  const writerRows: [string, React.ReactNode][] | null = c.writer
    ? [
        [p("writerName"), c.writer.realName],
        [p("writerUnit"), c.writer.workUnit],
        [p("writerPost"), c.writer.position],
        [p("writerPhone"), c.writer.phone],
        ...(c.writer.email ? [[p("writerEmail"), c.writer.email] as [string, string]] : []),
      ]
    : null;

  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin/cases" className="link">
          ← {p("back")}
        </Link>
      </p>
      <header className="space-y-2">
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <span className="font-mono">{c.number}</span>
          <span className="text-muted">{t(`cases.kind.${c.kind}`)}</span>
          <CaseStatusBadge status={c.status} label={t(`cases.status.${c.status}`)} />
          {c.overdue && <OverdueMark label={t("cases.overdue")} />}
        </p>
        <h1 className="text-2xl break-words">{c.title}</h1>
      </header>
      {doneMove && (
        <p className="rounded-md border border-green-600 bg-green-50 px-4 py-3 text-green-900" role="status" data-testid="case-done">
          {t(`caseAdmin.done.${doneMove}`, { name: c.handlerName ?? "" })}
        </p>
      )}
      <p className="rounded-md border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-950" role="note">
        {p("auditNote")}
      </p>
      {!d.canNote && c.handlerName && <p className="card text-muted">{p("notHandler", { name: c.handlerName })}</p>}
      {d.canTake && <p className="card text-muted">{p("unassignedNote")}</p>}
      {c.followUpUntil && <p className="card">{p("followUpUntil", { time: format.dateTime(c.followUpUntil, INSTANT) })}</p>}

      <section className="card space-y-3" aria-labelledby="facts-title">
        <h2 id="facts-title" className="text-lg">
          {p("facts")}
        </h2>
        <DetailList rows={facts} />
      </section>

      <section className="card space-y-3" aria-labelledby="writer-title">
        <h2 id="writer-title" className="text-lg">
          {p("writerTitle")}
        </h2>
        {c.anonymous ? (
          <p>{p("writerAnonymous")}</p>
        ) : writerRows ? (
          <>
            <p className="text-sm text-muted">{p("writerRealName")}</p>
            <DetailList rows={writerRows} />
          </>
        ) : (
          <p>
            {p("writerRealName")}：<span className="text-muted">{p("writerHidden")}</span>
          </p>
        )}
      </section>

      {c.subject && (
        <section className="card space-y-3" aria-labelledby="subject-title">
          <h2 id="subject-title" className="text-lg">
            {p("subjectTitle")}
          </h2>
          <DetailList
            rows={[
              [p("subjectName"), c.subject.name],
              [p("subjectUnit"), c.subject.unit ?? "—"],
              [p("subjectPost"), c.subject.post ?? "—"],
              ...(c.eventTime ? [[p("eventTime"), c.eventTime] as [string, string]] : []),
              ...(c.eventPlace ? [[p("eventPlace"), c.eventPlace] as [string, string]] : []),
            ]}
          />
        </section>
      )}

      {c.notice && (
        <section className="card space-y-3" aria-labelledby="notice-title">
          <h2 id="notice-title" className="text-lg">
            {p("noticeTitle")}
          </h2>
          <DetailList
            rows={[
              [p("notice"), c.notice.title],
              ...(c.notice.entry
                ? ([
                    [p("entryName"), c.notice.entry.name],
                    [p("currentPost"), c.notice.entry.currentPost],
                    [p("proposedPost"), c.notice.entry.proposedPost],
                  ] as [string, string][])
                : []),
            ]}
          />
        </section>
      )}

      {(c.outcomeText || c.verdict || c.conclusion) && (
        <section className="card space-y-3" aria-labelledby="outcome-title">
          <h2 id="outcome-title" className="text-lg">
            {p("outcomeTitle")}
          </h2>
          <DetailList
            rows={[
              ...(c.verdict ? [[p("verdict"), t(`cases.verdict.${c.verdict}`)] as [string, string]] : []),
              ...(c.conclusion ? [[p("conclusion"), t(`cases.conclusion.${c.conclusion}`)] as [string, string]] : []),
              ...(c.outcomeText
                ? [
                    [
                      c.status === "DISMISSED" ? p("dismissReason") : p("outcomeText"),
                      <span key="outcome" className="whitespace-pre-line">
                        {c.outcomeText}
                      </span>,
                    ] as [string, React.ReactNode],
                  ]
                : []),
            ]}
          />
        </section>
      )}

      <section className="space-y-3" aria-labelledby="thread-title">
        <h2 id="thread-title" className="text-xl">
          {p("thread")}
        </h2>
        <CaseThread messages={c.messages} downloadable={d.canDownload} />
        <FileList files={c.otherFiles} title={p("otherFiles")} downloadable={d.canDownload} />
        <p className="text-sm text-muted">{t("caseAdmin.timesNote")}</p>
      </section>

      <CaseMoves
        c={c}
        actions={{
          take: takeCaseAction,
          assign: assignCaseAction,
          accept: acceptCaseAction,
          dismiss: dismissCaseAction,
          reply: replyCaseAction,
          note: noteCaseAction,
          investigate: investigateCaseAction,
          close: closeCaseAction,
        }}
      />
    </div>
  );
}
