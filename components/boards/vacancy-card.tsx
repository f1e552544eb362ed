import Link from "next/link";
import type { VacancySummary } from "@/lib/data/vacancies";
import { BoardBadge } from "./board-badge";
import { publicVacancyStatus } from "./vacancy-status";
import { WindowLines, windowTexts, type WindowTexts } from "./vacancy-window";

type T = (key: string, values?: Record<string, string | number>) => string;
type F = Parameters<typeof windowTexts>[1];

export interface VacancyCardTexts {
  meta: string;
  status: string;
  statusLabel: string;
  window: WindowTexts;
}

/** The words of a card, for the request's language and clock. */
export function vacancyCardTexts(t: T, format: F, v: VacancySummary, now: Date): VacancyCardTexts {
  const status = publicVacancyStatus(v, now);
  return {
    meta: `${v.unit} · ${t(`qualify.level.${v.level}`)} · ${t("vacancy.headcountN", { count: v.headcount })}`,
    status,
    statusLabel: t(`vacancy.status.${status}`),
    window: windowTexts(t, format, v, now),
  };
}

/** One vacancy of a list. Plain (not async): the page words all cards at once, which keeps long lists cheap to render. */
export function VacancyCard({ v, texts }: { v: Pick<VacancySummary, "id" | "post">; texts: VacancyCardTexts }) {
  return (
    <li className="card">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 className="text-lg">
          <Link href={`/vacancies/${v.id}`} className="link">
            {v.post}
          </Link>
        </h2>
        <BoardBadge tone={texts.status} label={texts.statusLabel} />
      </div>
      <p className="mt-1 text-muted">{texts.meta}</p>
      <div className="mt-2">
        <WindowLines w={texts.window} />
      </div>
    </li>
  );
}
