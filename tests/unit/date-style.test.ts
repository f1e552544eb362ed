// The site's one date style (lib/calendar/dates.ts): 2026年12月2日 09:46 on pages,
// 2026-12-02 09:46 in dense tables, birth dates as 1983年11月 / 1983-11, Beijing time.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import {
  BIRTH,
  DAY,
  DAY_OF_INSTANT,
  INSTANT,
  MONTH_DAY,
  birthTable,
  dayTable,
  formatWith,
  instantDayTable,
  instantTable,
  parseDay,
} from "@/lib/calendar/dates";

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
    expect(dayTable(parseDay("2026-03-04")!)).toBe("2026-03-04");
    expect(birthTable(birth)).toBe("1983-11");
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
