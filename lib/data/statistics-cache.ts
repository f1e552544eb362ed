import "server-only";
// The public statistics, cached like the boards (lib/data/public-cache.ts): one entry per
// current Beijing year (the key, so a new year adds its row), tagged with the boards whose
// publishing changes the figures (vacancies, notices, appointments) and with the statistics'
// own tag, which the other writes that change them expire (lib/statistics/writes.ts: a
// nomination, an objection filed or finished, attendance, a survey's results published).
// Other instances follow through the boards' versions, like every board; entries also expire
// after REVALIDATE_SECONDS. The figures are plain numbers and strings: JSON holds them as they are.
import { cache } from "react";
import { unstable_cache } from "next/cache";
import { now as clockNow } from "../calendar/clock";
import { shanghaiDay } from "../calendar/dates";
import { BOARD_TAGS, type Board } from "./board-tags";
import { publicStatistics, type PublicStatistics } from "./public-stats";

const REVALIDATE_SECONDS = 60;
const STATISTICS_BOARDS: readonly Board[] = ["vacancies", "notices", "appointments", "statistics"];

const cachedFigures = unstable_cache(
  // The year is the key; the figures are computed at the moment of rendering.
  async (_year: number) => JSON.stringify(await publicStatistics(clockNow())),
  ["openselect:statistics"],
  { tags: STATISTICS_BOARDS.map((b) => BOARD_TAGS[b]), revalidate: REVALIDATE_SECONDS },
);

/** The figures as the public sees them (page and CSV share one entry). */
export const statistics = cache(async (): Promise<PublicStatistics> => {
  return JSON.parse(await cachedFigures(shanghaiDay(clockNow()).year)) as PublicStatistics;
});
