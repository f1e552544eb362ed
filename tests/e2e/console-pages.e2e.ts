// Every console page, found on disk, opened by the demo administrator at 1280 and 390 px
// (issue 11): a screenshot of each (tests/e2e/screenshots/console-*), no page wider than the
// window at 390 px, no raw database id in the text, and axe finds no serious or critical
// problem. The public pages get the same axe check. [id] pages open a real row of the demo data.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { closeBrowser, DEMO, login, newPage, shot } from "./support";

// About 45 pages at two widths with axe: over 10 minutes on a loaded 2-core machine.
jest.setTimeout(1_200_000);
afterAll(closeBrowser);

function first(sql: string): string | null {
  const db = new Database(process.env.E2E_DB_FILE!, { readonly: true });
  try {
    const row = db.prepare(sql).get() as { id: string } | undefined;
    return row?.id ?? null;
  } finally {
    db.close();
  }
}

/** A real row for each kind of [param] in the console's paths. */
function sampleIds(): Record<string, string | null> {
  return {
    appointments: first("SELECT id FROM Appointment ORDER BY createdAt LIMIT 1"),
    candidates: first("SELECT id FROM Candidate LIMIT 1"),
    cases: first('SELECT id FROM "Case" ORDER BY createdAt LIMIT 1'),
    nominations: first(
      "SELECT vacancyId AS id FROM Nomination WHERE vacancyId IS NOT NULL GROUP BY vacancyId ORDER BY COUNT(*) DESC LIMIT 1",
    ),
    detail: first("SELECT id FROM Nomination LIMIT 1"),
    notices: first("SELECT id FROM Notice WHERE kind = 'PRE_APPOINTMENT' LIMIT 1"),
    policies: first("SELECT id FROM Policy LIMIT 1"),
    registrations: first("SELECT id FROM User WHERE status = 'PENDING' LIMIT 1"),
    surveys: first("SELECT id FROM Survey ORDER BY createdAt LIMIT 1"),
    // A class with a session (its session pages are walked too), and that session.
    training: first("SELECT classId AS id FROM TrainingSession ORDER BY startsAt LIMIT 1"),
    sessions: first("SELECT id FROM TrainingSession ORDER BY startsAt LIMIT 1"),
    vacancies: first("SELECT id FROM Vacancy LIMIT 1"),
  };
}

/** Console paths from the page files under app/[locale]/(admin)/admin, params filled from the demo data. */
function consolePaths(): string[] {
  const root = path.join(process.cwd(), "app/[locale]/(admin)");
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(dir, e.name));
      else if (e.name === "page.tsx") found.push("/" + path.relative(root, dir).split(path.sep).join("/"));
    }
  };
  walk(root);
  const ids = sampleIds();
  return (
    found
      .map((p) =>
        p
          .replace(/^\/admin\/nominations\/detail\/\[id\]/, () => `/admin/nominations/detail/${ids.detail}`)
          .replace(/^\/admin\/([a-z-]+)\/\[(id|vacancyId)\]/, (_m, section: string) => `/admin/${section}/${ids[section]}`)
          .replace(/\/sessions\/\[sessionId\]/, () => `/sessions/${ids.sessions}`),
      )
      // …/next pages only send the reader on to the next item of a queue: not pages to look at.
      .filter((p) => !p.includes("null") && !p.includes("[") && !p.endsWith("/next"))
      .sort()
  );
}

const PUBLIC = [
  "/",
  "/policies",
  "/vacancies",
  "/nominate",
  "/notices",
  "/appointments",
  "/messages",
  "/report",
  "/register",
  "/login",
  "/privacy",
  "/statistics",
  "/cases/lookup",
  "/search?q=舟山",
];

/** axe's serious and critical findings, as "rule: where" lines. */
async function seriousProblems(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page: page as never }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(" | ")}`,
    );
}

const slug = (p: string) =>
  p
    .replace(/\bc[a-z0-9]{24}\b/g, "x")
    .replace(/^\//, "")
    .replace(/[/?=&]+/g, "-") || "home";

describe("console pages at 1280 and 390 px", () => {
  it("every console page fits a phone, shows no raw id, and axe finds nothing serious", async () => {
    const paths = consolePaths();
    expect(paths.length).toBeGreaterThan(25);
    const { page } = await newPage();
    await login(page, DEMO.admin);
    const problems: string[] = [];
    for (const p of paths) {
      for (const width of [1280, 390]) {
        await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
        const response = await page.goto(p);
        if (!response || response.status() >= 400) {
          problems.push(`${p}: HTTP ${response?.status()}`);
          continue;
        }
        await shot(page, `console-${slug(p)}-${width}`);
        const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (wide > 0) problems.push(`${p} at ${width}px: ${wide}px wider than the window`);
        const text = await page.locator("main").innerText();
        const ids = text.match(/\bc[a-z0-9]{24}\b/g);
        if (ids) problems.push(`${p}: raw id on the page (${ids[0]})`);
        if (width === 1280) for (const a of await seriousProblems(page)) problems.push(`${p}: ${a}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("axe finds nothing serious on the public pages, signed out and signed in", async () => {
    const problems: string[] = [];
    for (const signedIn of [false, true]) {
      const { page } = await newPage();
      if (signedIn) await login(page, DEMO.nominator);
      for (const p of PUBLIC) {
        if (signedIn && (p === "/login" || p === "/register")) continue;
        await page.goto(p);
        for (const a of await seriousProblems(page)) problems.push(`${p}${signedIn ? " (signed in)" : ""}: ${a}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
