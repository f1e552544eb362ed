// The site's one date style (lib/calendar/dates.ts): 2026年12月2日 09:46 on pages,
// 2026-12-02 09:46 in dense tables, birth dates as 1983年11月 / 1983-11, Beijing time.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { BIRTH, DAY, DAY_OF_INSTANT, INSTANT, MONTH_DAY, formatWith, instantDayTable, instantTable, parseDay } from "@/lib/calendar/dates";
import { dateParam, renderNotification } from "@/lib/notifications/render";

// 2026-12-02 09:46:30 in Beijing is 01:46:30 UTC; 2026-12-01 23:30 UTC is already 12月2日 in Beijing.
const at = new Date("2026-12-02T01:46:30Z");
const lateUtc = new Date("2026-12-01T23:30:00Z");
const birth = parseDay("1983-11-05")!;

describe("page style", () => {
  it("writes a day, an instant and a birth date the official way in Chinese", () => {
    expect(formatWith("zh-CN", parseDay("2026-12-02")!, DAY)).toBe("2026年12月2日");
    expect(formatWith("zh-CN", at, INSTANT)).toBe("2026年12月2日 09:46");
    expect(formatWith("zh-CN", lateUtc, DAY_OF_INSTANT)).toBe("2026年12月2日");
    expect(formatWith("zh-CN", birth, BIRTH)).toBe("1983年11月");
    expect(formatWith("zh-CN", parseDay("2026-12-06")!, MONTH_DAY)).toBe("12月6日");
  });
  it("uses a 24-hour clock in Beijing time, whatever the language", () => {
    expect(formatWith("zh-CN", new Date("2026-12-02T07:05:00Z"), INSTANT)).toBe("2026年12月2日 15:05");
    expect(formatWith("en", new Date("2026-12-02T07:05:00Z"), INSTANT)).toContain("15:05");
    expect(formatWith("en", birth, BIRTH)).toBe("November 1983");
  });
  it("keeps a calendar day on its own day in any zone (a day is stored at UTC midnight)", () => {
    expect(formatWith("zh-CN", parseDay("2027-01-01")!, DAY)).toBe("2027年1月1日");
  });
});

describe("dense tables", () => {
  it("writes instants and days with dashes, zero-padded, Beijing time", () => {
    expect(instantTable(at)).toBe("2026-12-02 09:46");
    expect(instantTable(lateUtc)).toBe("2026-12-02 07:30");
    expect(instantDayTable(lateUtc)).toBe("2026-12-02");
  });
});

// A guard: dates on pages are written only through lib/calendar/dates.ts.
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx)$/.test(name) ? [p] : [];
  });
}

describe("no stray date formatting in app/ and components/", () => {
  const files = ["app", "components"].flatMap((d) => sourceFiles(join(process.cwd(), d)));
  const stray = [
    /\.toLocale(Date|Time)?String\(/,
    /new Intl\.DateTimeFormat\(/,
    /format\.dateTime\([^)]*,\s*\{/, // an ad-hoc options object instead of a preset
    /dateStyle\s*:/,
  ];
  it.each(stray.map((re) => [re.source, re] as const))("%s", (_name, re) => {
    const hits = files.filter((f) => re.test(readFileSync(f, "utf8")));
    expect(hits).toEqual([]);
  });
});

describe("dates inside notifications and mail", () => {
  // Params are stored when the event happens (lib/data/*): a day as 2027-12-01, an instant as
  // 2026-12-02 16:03 in Beijing time; the inbox and the mail write them in the site's style.
  it("writes stored days and Beijing times the site's way, in the reader's language", () => {
    expect(dateParam("zh-CN", "2027-12-01")).toBe("2027年12月1日");
    expect(dateParam("zh-CN", "2026-12-02 16:03")).toBe("2026年12月2日 16:03");
    expect(dateParam("en", "2026-12-02 16:03")).toBe("December 2, 2026 at 16:03");
    for (const other of ["TJ20261202-0001", "2026-13-45", "材料不全", "2026-12-02T16:03"]) expect(dateParam("zh-CN", other)).toBe(other);
    const { body } = renderNotification("zh-CN", "nomination.expiring", { receipt: "TJ20261202-0001", date: "2027-12-01" });
    expect(body).toContain("将于 2027年12月1日 到期");
    expect(body).toContain("TJ20261202-0001");
  });
});
