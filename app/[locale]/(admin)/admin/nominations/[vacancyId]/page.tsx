import { IntentLink as Link } from "@/components/ui/intent-link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { staffPage } from "@/lib/auth/page-guards";
import { getVacancyReview } from "@/lib/data/nomination-review";
import { NotFoundError } from "@/lib/data/errors";
import { INSTANT, ageOn, instantTable } from "@/lib/calendar/dates";
import { nominationMachine } from "@/lib/state/nomination";
import { Pagination } from "@/components/ui/pagination";
import { ConditionsList } from "@/components/nominations/conditions-list";
import { DecisionTable, type DecisionRow } from "@/components/admin-nominations/decision-table";
import { TallyTable, type TallyTableRow } from "@/components/admin-nominations/tally-table";
import { ExportLinks } from "@/components/admin-nominations/export-links";
import { decideAction, shortlistAction } from "../actions";
import { draftNoticeAction } from "./actions";
import { noticeDraftState } from "@/lib/data/notice-drafts";
import { NoticeDraftPanel } from "@/components/loop/notice-draft-panel";
import { now as clockNow } from "@/lib/calendar/clock";

const TALLY_SHOWN = 50;

/** f with its answers kept for the request: the same key is worked out once. */
function remembered<K, V>(f: (k: K) => V): (k: K) => V {
  const known = new Map<K, V>();
  return (k) => {
    if (!known.has(k)) known.set(k, f(k));
    return known.get(k)!;
  };
}

type Props = { params: Promise<{ vacancyId: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nominations.review"))("title") };
}

export default async function VacancyReviewPage({ params, searchParams }: Props) {
  const [{ vacancyId }, sp] = await Promise.all([params, searchParams]);
  const actor = await staffPage(`/admin/nominations/${vacancyId}`);
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  // The review and the 公示 panel's state are read side by side; an unknown vacancy is a 404 from either.
  const [review, draftState] = await Promise.all([
    getVacancyReview(actor, vacancyId, {
      status: sp.status,
      flagged: sp.flagged === "1",
      candidateId: sp.candidate,
      page: Number(sp.page) || 1,
      // The top of the ranking is what a reviewer reads; the full list is one click (or the export) away.
      tallyLimit: sp.tally === "all" ? undefined : TALLY_SHOWN,
    }),
    noticeDraftState(actor, vacancyId),
  ]).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const { vacancy: v, tally } = review;
  const now = clockNow();
  const when = (d: Date) => format.dateTime(d, INSTANT);
  const lvl = (code: string) => (t.has(`nominations.level.${code}`) ? t(`nominations.level.${code}`) : code);
  // A hundred rows repeat a handful of words (levels, genders, ages, statuses): each is looked up
  // and formatted once per request.
  const level = remembered(lvl);
  const gender = remembered((g: string) => t(`gender.${g}`));
  const age = remembered((n: number) => t("nominations.candidates.ageValue", { age: n }));
  const status = remembered((s: string) => t(`nominations.status.${s}`));
  const relationship = remembered((r: string) => t(`nominations.relationship.${r}`));
  const tallyRows: TallyTableRow[] = tally.map((c) => ({
    candidateId: c.candidateId,
    name: c.name,
    line: `${gender(c.gender)} · ${age(ageOn(c.birthDate, now))} · ${c.workUnit} ${c.currentPost}`,
    level: level(c.currentLevel),
    nominators: c.nominators,
    accepted: c.accepted,
    flagged: c.flagged,
    self: c.selfNominated,
    shortlisted: c.shortlisted,
  }));
  const rows: DecisionRow[] = review.rows.map((n) => ({
    id: n.id,
    status: n.status,
    statusLabel: status(n.status),
    candidate: { id: n.candidate.id, name: n.candidate.name, sub: n.candidate.workUnit },
    nominator: { name: n.nominator.realName, sub: n.nominator.workUnit },
    cells: [relationship(n.relationship), instantTable(n.submittedAt), n.validUntil ? instantTable(n.validUntil) : "—"],
    note: n.reviewNote ?? "—",
    flags: n.flags,
    decidable: n.canDecide,
  }));
  const exportHref = (what: string) => (f: string) => `/admin/exports/vacancy/${v.id}?what=${what}&format=${f}`;
  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin/nominations" className="link">
          ← {t("nominations.review.backToList")}
        </Link>
      </p>
      <header className="space-y-1">
        <h1 className="text-2xl">{v.post}</h1>
        <p className="text-muted">
          {v.unit} · {lvl(v.level)} · {t("nominations.form.headcount")} {v.headcount} · {t(`nominations.vacancyStatus.${v.display}`)}
        </p>
        <p className="text-sm text-muted">
          {t("nominations.form.windowValue", { opens: when(v.opensAt), closes: when(v.closesAt) })} ·{" "}
          {t("nominations.review.capShort", { cap: v.maxPerNominator })}
        </p>
      </header>
      <p className="rounded-md border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-950">{t("nominations.review.auditNote")}</p>

      <section className="card space-y-2" aria-labelledby="cond-title">
        <h2 id="cond-title" className="text-lg">
          {t("nominations.review.conditions")}
        </h2>
        <ConditionsList c={v} emptyKey="review.noConditions" />
      </section>

      <section className="space-y-3" aria-labelledby="tally-title">
        <h2 id="tally-title" className="text-xl">
          {t("nominations.review.tallyTitle")}
        </h2>
        <p className="text-sm text-muted">{t("nominations.review.tallyLead")}</p>
        {tally.length === 0 ? (
          <p className="card text-muted">{t("nominations.review.tallyEmpty")}</p>
        ) : (
          <TallyTable action={shortlistAction} vacancyId={v.id} rows={tallyRows} />
        )}
        {review.tallyTotal > tally.length && (
          <p>
            <Link href={`/admin/nominations/${v.id}?tally=all`} className="link">
              {t("nominations.review.tallyAll", { count: review.tallyTotal })}
            </Link>
          </p>
        )}
      </section>

      <NoticeDraftPanel vacancyId={v.id} state={draftState} action={draftNoticeAction} />

      <section className="card space-y-2" aria-labelledby="export-title">
        <h2 id="export-title" className="text-lg">
          {t("nominations.review.export")}
        </h2>
        <ExportLinks label={t("nominations.review.exportTally")} href={exportHref("tally")} />
        <ExportLinks label={t("nominations.review.exportNominations")} href={exportHref("nominations")} />
        <p className="text-sm text-muted">{t("nominations.review.exportNote")}</p>
      </section>

      <section className="space-y-3" aria-labelledby="list-title">
        <h2 id="list-title" className="text-xl">
          {t("nominations.review.nominationsTitle")}
        </h2>
        <form className="card flex flex-wrap items-end gap-3">
          <label className="space-y-1">
            <span className="block text-sm font-medium">{t("nominations.review.filterStatus")}</span>
            <select name="status" defaultValue={sp.status ?? ""} className="input">
              <option value="">{t("nominations.review.all")}</option>
              {nominationMachine.states.map((s) => (
                <option key={s} value={s}>
                  {t(`nominations.status.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="flex min-h-11 items-center gap-2">
            <input type="checkbox" name="flagged" value="1" defaultChecked={sp.flagged === "1"} className="h-5 w-5" />
            {t("nominations.review.filterFlagged")}
          </label>
          {sp.candidate && <input type="hidden" name="candidate" value={sp.candidate} />}
          <button className="btn-secondary">{t("nominations.review.filter")}</button>
          {(sp.candidate || sp.status || sp.flagged) && (
            <Link href={`/admin/nominations/${v.id}`} className="link self-center">
              {t("nominations.review.all")}
            </Link>
          )}
        </form>
        <p className="text-sm text-muted">{t("common.total", { count: review.total })}</p>
        {rows.length === 0 ? (
          <p className="card text-muted">{t("nominations.review.noRows")}</p>
        ) : (
          <DecisionTable
            action={decideAction}
            rows={rows}
            headers={[
              t("nominations.review.candidate"),
              t("nominations.review.nominator"),
              t("nominations.review.relationship"),
              t("nominations.review.submittedAt"),
              t("nominations.mine.expiresAt"),
              t("nominations.review.note"),
              t("nominations.review.flags"),
              t("common.status"),
              t("common.actions"),
            ]}
          />
        )}
        <Pagination
          page={review.page}
          pageCount={review.pageCount}
          basePath={`/admin/nominations/${v.id}`}
          params={{ status: sp.status, flagged: sp.flagged, candidate: sp.candidate }}
        />
      </section>
    </div>
  );
}
