/** The cache tag of each public board (see lib/data/public-cache.ts). */
export const BOARD_TAGS = {
  policies: "board:policies",
  vacancies: "board:vacancies",
  notices: "board:notices",
  appointments: "board:appointments",
} as const;
export type Board = keyof typeof BOARD_TAGS;
