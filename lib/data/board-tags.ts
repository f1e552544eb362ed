/** The cache tag of each public board (see lib/data/public-cache.ts). */
export const BOARD_TAGS = {
  policies: "board:policies",
  vacancies: "board:vacancies",
  notices: "board:notices",
  appointments: "board:appointments",
  // 公开数据 (lib/data/statistics-cache.ts): raised by the writes that change its figures
  // beyond the four boards (lib/statistics/writes.ts).
  statistics: "board:statistics",
  // 干部教育培训 (lib/data/training/public-cache.ts): raised by the console's class, session and
  // material changes (never by sign-ups: places left are read per request).
  training: "board:training",
  // 满意度测评's public reads (lib/data/survey/public.ts): the home page's banner, the published
  // results; raised when staff open, close or publish.
  surveys: "survey:public",
} as const;
export type Board = keyof typeof BOARD_TAGS;
