/** The cache tag of each public board (see lib/data/public-cache.ts). */
export const BOARD_TAGS = {
  policies: "board:policies",
  vacancies: "board:vacancies",
  notices: "board:notices",
  appointments: "board:appointments",
  // 公开数据 (lib/data/statistics-cache.ts): raised by the writes that change its figures
  // beyond the four boards (lib/statistics/writes.ts).
  statistics: "board:statistics",
} as const;
export type Board = keyof typeof BOARD_TAGS;
