import { IntentLink as Link } from "@/components/ui/intent-link";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { staffPage } from "@/lib/auth/page-guards";
import { listClassesAdmin } from "@/lib/data/training/classes";
import { TRAINING_CLASS_STATUSES } from "@/lib/state/training";
import { INSTANT } from "@/lib/calendar/dates";
import { Pagination } from "@/components/ui/pagination";
import { BoardBadge } from "@/components/boards/board-badge";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("trainingAdmin"))("title") };
}

// 干部教育培训 classes: upcoming first, with their sign-up counts; a status filter.
export default async function TrainingClassesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await staffPage("/admin/training");
  const p = await searchParams;
  const status = p.status && (TRAINING_CLASS_STATUSES as readonly string[]).includes(p.status) ? p.status : undefined;
  const [t, format, list] = await Promise.all([
    getTranslations("trainingAdmin"),
    getFormatter(),
    listClassesAdmin(actor, { status, page: Number(p.page) || 1 }),
  ]);
  const filters = [
    { value: undefined, label: t("list.all") },
    ...TRAINING_CLASS_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
  ];
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl">{t("title")}</h1>
        <div className="flex flex-wrap gap-2">
          <Link href="/admin/training/reports" className="btn-secondary">
            {t("reports.title")}
          </Link>
          <Link href="/admin/training/new" className="btn-primary">
            {t("list.new")}
          </Link>
        </div>
      </div>
      <nav aria-label={t("list.filter")}>
        <ul className="flex flex-wrap gap-2">
          {filters.map((f) => (
            <li key={f.label}>
              <Link
                href={f.value ? `/admin/training?status=${f.value}` : "/admin/training"}
                aria-current={status === f.value ? "page" : undefined}
                className={`inline-block rounded-full border px-3 py-1.5 ${status === f.value ? "border-brand-700 bg-brand-700 text-white" : "border-stone-300 bg-white hover:bg-stone-100"}`}
              >
                {f.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="text-sm text-muted">{t("list.total", { count: list.total })}</p>
      {list.rows.length === 0 ? (
        <p className="card text-muted">{t("list.empty")}</p>
      ) : (
        <ul className="space-y-3">
          {list.rows.map((c) => (
            <li key={c.id} className="card space-y-2">
              <div className="flex flex-wrap items-center gap-2">
                <Link href={`/admin/training/${c.id}`} className="link text-lg font-semibold">
                  {c.title}
                </Link>
                <BoardBadge tone={c.status} label={t(`status.${c.status}`)} />
                {c.upcoming && c.status === "PUBLISHED" && <BoardBadge tone="UPCOMING" label={t("list.upcoming")} />}
              </div>
              <p className="text-sm text-muted">
                {c.organizer} · {t(`kind.${c.kind}`)} ·{" "}
                {c.firstStart ? t("list.starts", { at: format.dateTime(c.firstStart, INSTANT) }) : t("list.noSessions")}
              </p>
              <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
                <div className="flex gap-1">
                  <dt className="text-muted">{t("counts.seats")}</dt>
                  <dd className="tabular-nums">{t("counts.seatsValue", { taken: c.seatsTaken, capacity: c.capacity })}</dd>
                </div>
                <div className="flex gap-1">
                  <dt className="text-muted">{t("counts.pending")}</dt>
                  <dd className={`tabular-nums ${c.pending ? "font-semibold text-brand-700" : ""}`}>{c.pending}</dd>
                </div>
                <div className="flex gap-1">
                  <dt className="text-muted">{t("counts.approved")}</dt>
                  <dd className="tabular-nums">{c.approved}</dd>
                </div>
                <div className="flex gap-1">
                  <dt className="text-muted">{t("counts.waitlisted")}</dt>
                  <dd className="tabular-nums">{c.waitlisted}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} basePath="/admin/training" params={{ status }} />
    </div>
  );
}
