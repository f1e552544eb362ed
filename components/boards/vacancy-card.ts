// One vacancy of the public list, as an HTML string.
//
// A board page costs about what its HTML costs to render and stream. Twenty cards as React
// elements (each with a localized window, a countdown and a badge, worded per request) made the
// list much dearer than a static page; as one memoized string per card — the same for every
// reader in a language and a minute — the page renders one element for the list. Every
// interpolated value is escaped by `html` (tests/unit/board-state.test.ts checks it).
import type { VacancySummary } from "@/lib/data/vacancies";
import { badgeClass } from "./board-badge";
import { html, type SafeHtml } from "./html";
import type { F, T } from "./i18n-types";
import { publicVacancyStatus } from "./vacancy-status";
import { windowTexts } from "./vacancy-window";

const TONE = { open: "font-medium text-green-800", soon: "font-medium text-sky-800", closed: "text-muted" } as const;

const MEMO_MAX = 4000;
const memo = new Map<string, SafeHtml>();

/**
 * The card for a language and the current minute: 征集中 / 已截止 and the countdown are
 * computed for the start of the minute (windows are set to the minute).
 */
export function vacancyCardHtml(t: T, format: F, v: VacancySummary, now: Date, locale: string): SafeHtml {
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
  const status = publicVacancyStatus(v, minute);
  const w = windowTexts(t, format, v, minute);
  const meta = `${v.unit} · ${t(`qualify.level.${v.level}`)} · ${t("vacancy.headcountN", { count: v.headcount })}`;
  const card = html`<li class="card grid grid-cols-[1fr_auto] items-start gap-x-2 gap-y-1">
    <h2 class="text-lg"><a href="/vacancies/${v.id}" class="link">${v.post}</a></h2>
    <span class="${badgeClass(status)}">${t(`vacancy.status.${status}`)}</span>
    <p class="col-span-2 text-muted">${meta}</p>
    <p class="col-span-2 mt-1 text-sm">${w.range}</p>
    ${w.state ? html`<p class="col-span-2 text-sm ${TONE[w.tone]}">${w.state}</p>` : null}
  </li>`;
  if (memo.size >= MEMO_MAX) memo.delete(memo.keys().next().value!);
  memo.set(key, card);
  return card;
}
