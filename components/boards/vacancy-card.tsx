// One vacancy of the public list.
//
// A board page costs about what its HTML costs to render. The card's words (a localized
// window, the countdown, the badge) are the same for every reader in a language and a minute,
// so they are computed once per minute and kept; React renders (and escapes) them.
import { LRUCache } from "lru-cache";
import type { VacancySummary } from "@/lib/data/vacancies";
import { badgeClass } from "./board-badge";
import type { F, T } from "./i18n-types";
import { vacancyStage } from "@/lib/state/vacancy";
import { windowTexts } from "./vacancy-window";

const TONE = { open: "font-medium text-green-800", soon: "font-medium text-sky-800", closed: "text-muted" } as const;

interface CardTexts {
  status: string;
  statusLabel: string;
  meta: string;
  range: string;
  state?: string;
  tone: keyof typeof TONE;
}

const memo = new LRUCache<string, CardTexts>({ max: 4000 });

/** The card's texts for a language and the current minute (windows are set to the minute). */
export function vacancyCardTexts(t: T, format: F, v: VacancySummary, now: Date, locale: string): CardTexts {
  const minute = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  const key = [
    locale,
    minute.getTime(),
    v.id,
    v.post,
    v.unit,
    v.level,
    v.headcount,
    v.status,
    v.opensAt.getTime(),
    v.closesAt.getTime(),
  ].join("|");
  const hit = memo.get(key);
  if (hit) return hit;
  const status = vacancyStage(v, minute);
  const w = windowTexts(t, format, v, minute);
  const texts: CardTexts = {
    status,
    statusLabel: t(`vacancy.status.${status}`),
    meta: `${v.unit} · ${t(`qualify.level.${v.level}`)} · ${t("vacancy.headcountN", { count: v.headcount })}`,
    range: w.range,
    state: w.state || undefined,
    tone: w.tone,
  };
  memo.set(key, texts);
  return texts;
}

export function VacancyCard({ v, texts }: { v: VacancySummary; texts: CardTexts }) {
  return (
    <li className="card grid grid-cols-[1fr_auto] items-start gap-x-2 gap-y-1">
      <h2 className="text-lg">
        <a href={`/vacancies/${v.id}`} className="link">
          {v.post}
        </a>
      </h2>
      <span className={badgeClass(texts.status)}>{texts.statusLabel}</span>
      <p className="col-span-2 text-muted">{texts.meta}</p>
      <p className="col-span-2 mt-1 text-sm">{texts.range}</p>
      {texts.state && <p className={`col-span-2 text-sm ${TONE[texts.tone]}`}>{texts.state}</p>}
    </li>
  );
}
