import "server-only";
// The public side's reads of 满意度测评, cached like the boards (across requests, expired after
// REVALIDATE_SECONDS and when staff publish, open or close, on every instance through the
// boards' versions: the actions call expireSurveyPages).
// Dates are revived on the way out (unstable_cache stores JSON).
import { cache } from "react";
import { unstable_cache } from "next/cache";
import { db } from "../../db/client";
import { now as clockNow } from "../../calendar/clock";
import { BOARD_TAGS } from "../board-tags";
import { invalidateBoards } from "../public-cache";
import { listPublishedSurveys, publishedResults } from "./results";

const REVALIDATE_SECONDS = 60;
const SURVEY_TAG = BOARD_TAGS.surveys;

const revive = <T>(text: string): T =>
  JSON.parse(text, (_k, v) => (typeof v === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(v) ? new Date(v) : v)) as T;

function cached<A extends unknown[], R>(name: string, fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  const inner = unstable_cache(async (...args: A) => JSON.stringify(await fn(...args)), [`openselect:survey:${name}`], {
    tags: [SURVEY_TAG],
    revalidate: REVALIDATE_SECONDS,
  });
  return cache(async (...args: A) => revive<R>(await inner(...args)));
}

/** Surveys taking answers now (title and whether accounts or codes answer), for the home page. */
async function openSurveysAt(minute: number) {
  const at = new Date(minute);
  return db().survey.findMany({
    where: { status: "OPEN", opensAt: { lte: at }, closesAt: { gt: at } },
    select: { id: true, title: true, forAccounts: true, forCodes: true, closesAt: true },
    orderBy: { closesAt: "asc" },
    take: 3,
  });
}

const openSurveysCached = cached("open", openSurveysAt);
export const openSurveysNow = () => openSurveysCached(Math.floor(clockNow().getTime() / 60_000) * 60_000);
export const publishedSurveyList = cached("list", listPublishedSurveys);
export const publishedSurveyResults = cached("results", publishedResults);

/**
 * Expires the cached public reads (the home page's banner, the published results) and the pages
 * rendered from them. Called by the console's actions after opening, closing or publishing; the
 * other instances follow within about a second, as with the boards (their version poller).
 */
export async function expireSurveyPages(): Promise<void> {
  await invalidateBoards("surveys");
}
