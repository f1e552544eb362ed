import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { VacancySummary } from "@/lib/data/vacancies";
import { BoardBadge } from "./board-badge";
import { VacancyWindow } from "./vacancy-window";
import { publicVacancyStatus } from "./vacancy-status";

export async function VacancyCard({ v, now }: { v: VacancySummary; now: Date }) {
  const t = await getTranslations();
  const status = publicVacancyStatus(v, now);
  return (
    <li className="card">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 className="text-lg">
          <Link href={`/vacancies/${v.id}`} className="link">
            {v.post}
          </Link>
        </h2>
        <BoardBadge tone={status} label={t(`vacancy.status.${status}`)} />
      </div>
      <p className="mt-1 text-muted">
        {v.unit} · {t(`qualify.level.${v.level}`)} · {t("vacancy.headcountN", { count: v.headcount })}
      </p>
      <div className="mt-2">
        <VacancyWindow v={v} now={now} compact />
      </div>
    </li>
  );
}
