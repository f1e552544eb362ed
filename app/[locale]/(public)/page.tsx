import Link from "next/link";
import type { Metadata } from "next";
// Process-wide translator and formatter (see board-i18n.ts): same words, compiled once.
import { getBoardFormatter as getFormatter, getBoardTranslations as getTranslations } from "@/components/boards/board-i18n";
import { board } from "@/lib/data/public-cache";
import { SECTIONS } from "@/components/layout/nav-items";
import { feedAlternates } from "@/components/boards/feed-links";
import { DAY } from "@/lib/calendar/dates";
import { badgeClass } from "@/components/boards/board-badge";
import { vacancyStage } from "@/lib/state/vacancy";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";
import { now as clockNow } from "@/lib/calendar/clock";
import { SurveyHomeBanner } from "@/components/survey/home-banner";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  await pageLocale(params);
  const t = await getTranslations();
  return { description: t("home.lead"), alternates: feedAlternates("vacancies", t("vacancy.title")) };
}

interface LatestItem {
  id: string;
  href: string;
  label: string;
  note?: string;
  /** A status badge (vacancies) or a date on the right. */
  badge?: { tone: string; label: string };
  aside?: string;
}

/** The latest items of one board (plain links: a home page visit rarely follows more than one). */
function Latest({ title, href, more, empty, items }: { title: string; href: string; more: string; empty: string; items: LatestItem[] }) {
  return (
    <section className="card flex flex-col" aria-label={title}>
      <div className="mb-2 flex items-baseline justify-between gap-2 border-b border-stone-200 pb-2">
        <h2 className="text-lg text-brand-700">{title}</h2>
        <Link href={href} className="link text-sm">
          {more}
        </Link>
      </div>
      {items.length ? (
        <ul className="space-y-2">
          {items.map((i) => (
            <li key={i.id} className="flex items-start justify-between gap-2">
              <a href={i.href} className="link min-w-0">
                {i.label}
                {i.note && <span className="text-sm text-muted">（{i.note}）</span>}
              </a>
              {i.badge ? (
                <span className={badgeClass(i.badge.tone)}>{i.badge.label}</span>
              ) : i.aside ? (
                <span className="shrink-0 text-sm text-muted">{i.aside}</span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-muted">{empty}</p>
      )}
    </section>
  );
}

export default async function HomePage({ params }: LocaleParams) {
  await pageLocale(params);
  const [t, format, home] = await Promise.all([getTranslations(), getFormatter(), board.home()]);
  const now = clockNow();
  const day = (d: Date) => format.dateTime(d, DAY);
  return (
    <div className="space-y-8">
      <section className="overflow-hidden rounded-xl bg-gradient-to-br from-brand-700 via-brand-600 to-amber-600 px-6 py-10 text-white shadow sm:px-10">
        <p className="text-lg tracking-[0.12em] whitespace-nowrap text-amber-100 sm:text-2xl sm:tracking-[0.3em]">{t("common.motto")}</p>
        <h1 className="mt-3 text-3xl font-bold sm:text-4xl">{t("home.title")}</h1>
        <p className="mt-4 max-w-3xl text-base text-brand-50 sm:text-lg">{t("home.lead")}</p>
        <ul className="mt-6 grid max-w-xl grid-cols-2 gap-3" aria-label={t("homePage.countsLabel")}>
          <li>
            <Link href="/vacancies?status=OPEN" className="block rounded-lg bg-white/10 px-4 py-3 hover:bg-white/20">
              <span className="block text-sm text-brand-50">{t("homePage.openVacancies")}</span>
              <span className="block text-3xl font-bold" data-testid="open-count">
                {home.openCount}
              </span>
            </Link>
          </li>
          <li>
            <Link href="/notices?state=ACTIVE" className="block rounded-lg bg-white/10 px-4 py-3 hover:bg-white/20">
              <span className="block text-sm text-brand-50">{t("homePage.activeNotices")}</span>
              <span className="block text-3xl font-bold" data-testid="notice-count">
                {home.activeNotices}
              </span>
            </Link>
          </li>
        </ul>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link href="/nominate" className="btn bg-white text-brand-700 hover:bg-brand-50">
            {t("home.start")}
          </Link>
          <Link href="/register" className="btn border border-white/80 text-white hover:bg-white/10">
            {t("home.registerCta")}
          </Link>
        </div>
      </section>

      <section className="grid gap-4 md:grid-cols-2" aria-label={t("nav.nominations")}>
        <Link href="/nominate/targeted" className="card block border-l-4 border-l-brand-600 hover:shadow-md">
          <h2 className="text-xl text-brand-700">{t("home.targetedTitle")}</h2>
          <p className="mt-2 text-muted">{t("home.targetedText")}</p>
          <p className="mt-3 font-medium text-brand-700">{t("homePage.targetedCta", { count: home.openCount })} →</p>
        </Link>
        <Link href="/nominate/open" className="card block border-l-4 border-l-amber-600 hover:shadow-md">
          <h2 className="text-xl text-amber-800">{t("home.openTitle")}</h2>
          <p className="mt-2 text-muted">{t("home.openText")}</p>
          <p className="mt-3 font-medium text-amber-800">{t("homePage.openCta")} →</p>
        </Link>
      </section>

      <SurveyHomeBanner />

      <section
        className="card flex flex-wrap items-center justify-between gap-4 border-l-4 border-l-brand-700"
        aria-labelledby="report-entry"
      >
        <div className="max-w-3xl space-y-1">
          <h2 id="report-entry" className="text-xl text-brand-700">
            {t("report.entry.homeTitle")}
          </h2>
          <p className="text-muted">{t("report.entry.homeText")}</p>
          <p className="text-sm">{t("report.entry.homePhone")}</p>
        </div>
        <Link href="/report" className="btn-secondary" data-testid="home-report">
          {t("report.entry.homeCta")}
        </Link>
      </section>

      <Link
        href="/statistics"
        className="card flex flex-wrap items-center justify-between gap-3 hover:border-brand-600"
        data-testid="home-statistics"
      >
        <span className="max-w-3xl space-y-1">
          <span className="block text-xl text-brand-700">{t("statistics.heading")}</span>
          <span className="block text-muted">{t("statistics.homeText")}</span>
        </span>
        <span className="font-medium text-brand-700">{t("statistics.homeLink")} →</span>
      </Link>

      {/* 干部教育培训: an entry from the home page, not a main section of the menu. */}
      <Link
        href="/training"
        className="card flex flex-wrap items-center justify-between gap-3 hover:border-brand-600"
        data-testid="home-training"
      >
        <span className="max-w-3xl space-y-1">
          <span className="block text-xl text-brand-700">{t("training.public.title")}</span>
          <span className="block text-muted">{t("training.public.homeText")}</span>
        </span>
        <span className="font-medium text-brand-700">{t("training.public.homeLink")} →</span>
      </Link>

      <div className="grid gap-4 lg:grid-cols-2">
        <Latest
          title={t("nav.vacancies")}
          href="/vacancies"
          more={t("common.more")}
          empty={t("vacancy.empty")}
          items={home.latestVacancies.map((v) => {
            const s = vacancyStage(v, now);
            return {
              id: v.id,
              href: `/vacancies/${v.id}`,
              label: v.post,
              note: v.unit,
              badge: { tone: s, label: t(`vacancy.status.${s}`) },
            };
          })}
        />
        <Latest
          title={t("nav.notices")}
          href="/notices"
          more={t("common.more")}
          empty={t("notice.empty")}
          items={home.latestNotices.map((n) => ({
            id: n.id,
            href: `/notices/${n.id}`,
            label: n.title,
            aside: n.publishedAt ? day(n.publishedAt) : undefined,
          }))}
        />
        <Latest
          title={t("nav.appointments")}
          href="/appointments"
          more={t("common.more")}
          empty={t("appointment.empty")}
          items={home.latestAppointments.map((a) => ({
            id: a.id,
            href: `/appointments/${a.id}`,
            label: t(`appointment.sentence.${a.kind}`, { name: a.personName, post: a.post }),
            aside: day(a.decidedOn),
          }))}
        />
        <Latest
          title={t("nav.policies")}
          href="/policies"
          more={t("common.more")}
          empty={t("policy.empty")}
          items={home.latestPolicies.map((p) => ({ id: p.id, href: `/policies/${p.id}`, label: p.title, aside: day(p.issuedOn) }))}
        />
      </div>

      <section aria-labelledby="sections-title">
        <h2 id="sections-title" className="mb-4 text-xl">
          {t("home.sectionsTitle")}
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {SECTIONS.map((s) => (
            <li key={s.key}>
              <Link href={s.href} className="card block h-full hover:border-brand-600">
                <h3 className="text-lg">{t(`nav.${s.key}`)}</h3>
                <p className="mt-1 text-sm text-muted">{t(`home.${s.key}Text`)}</p>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <form action="/search" method="get" role="search" className="card flex flex-wrap items-end gap-3">
        <label className="min-w-48 flex-1 space-y-1">
          <span className="block font-medium">{t("searchPage.label")}</span>
          <input type="search" name="q" maxLength={50} placeholder={t("common.searchPlaceholder")} className="input" />
        </label>
        <button type="submit" className="btn-secondary">
          {t("common.search")}
        </button>
      </form>
    </div>
  );
}
