// Date formats of the boards. Calendar days are stored at UTC midnight (lib/calendar/dates.ts),
// so they are formatted in UTC; instants use the site's zone (Asia/Shanghai, i18n/request.ts).
export const DAY = { dateStyle: "long", timeZone: "UTC" } as const;
export const DAY_SHORT = { year: "numeric", month: "2-digit", day: "2-digit", timeZone: "UTC" } as const;
export const INSTANT = { dateStyle: "medium", timeStyle: "short" } as const;
