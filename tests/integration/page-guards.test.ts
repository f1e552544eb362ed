// Every console page and every page of one's own account, found on disk, called as Next calls
// it by visitors and by lesser roles: a visitor is sent to sign in (with the page's address), a
// signed-in account that may not open the page gets Next's 403 — before the page reads anything.
// A new page that forgets the guard fails here. The actors are real database rows; only the
// session lookup (who is signed in), Next's cache calls and next-intl's request functions are
// replaced (they need a request).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { Actor } from "@/lib/auth/actor";
import { lesserActors, makeUser } from "./support/users";

const slot = globalThis as unknown as { pageGuardCaller?: Actor | null };
jest.mock("@/lib/auth/session", () => ({
  currentActor: async () => (globalThis as unknown as { pageGuardCaller?: Actor | null }).pageGuardCaller ?? null,
}));
jest.mock("next/cache", () => ({
  revalidatePath: jest.fn(),
  revalidateTag: jest.fn(),
  updateTag: jest.fn(),
  refresh: jest.fn(),
  unstable_noStore: jest.fn(),
  unstable_cache: (fn: unknown) => fn,
}));
jest.mock("next-intl/server", () => {
  const t = Object.assign((key: string) => key, { has: () => true, rich: (key: string) => key, raw: (key: string) => key });
  return {
    getTranslations: async () => t,
    getFormatter: async () => ({ dateTime: () => "", number: String, relativeTime: () => "" }),
    getMessages: async () => ({}),
    getLocale: async () => "zh-CN",
    setRequestLocale: () => undefined,
  };
});

// What `next build` does with experimental.authInterrupts: without it forbidden() throws a
// plain error (a 500) instead of the 403 interrupt. Read from the real next.config.mjs.
const config = JSON.parse(
  execFileSync(
    process.execPath,
    ["-e", "import('./next.config.mjs').then((c) => console.log(JSON.stringify(c.default.experimental ?? {})))"],
    {
      cwd: path.resolve(__dirname, "../.."),
      encoding: "utf8",
    },
  ),
) as { authInterrupts?: boolean };
if (config.authInterrupts) process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

const ROOT = path.resolve(__dirname, "../..");
const APP = path.join(ROOT, "app/[locale]");

function pagesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return pagesUnder(full);
    return e.name === "page.tsx" ? [full] : [];
  });
}

/** The address a reader types for a page file: no locale, no route groups, [params] filled in. */
function urlOf(file: string): string {
  const rel = path.relative(APP, path.dirname(file)).split(path.sep);
  return (
    "/" +
    rel
      .filter((s) => !/^\(.+\)$/.test(s))
      .map((s) => s.replace(/^\[(.+)\]$/, "x"))
      .join("/")
  );
}

const CONSOLE = pagesUnder(path.join(APP, "(admin)/admin"));
const ACCOUNT = pagesUnder(path.join(APP, "(account)"));
/** Pages for administrators only: a reviewer is refused too. */
const ADMIN_ONLY = ["/admin/staff", "/admin/mail"];

type PageModule = {
  default: (props: { params: Promise<Record<string, string>>; searchParams: Promise<Record<string, string>> }) => unknown;
  generateMetadata?: (props: { params: Promise<Record<string, string>>; searchParams: Promise<Record<string, string>> }) => unknown;
};
const props = () => ({
  params: Promise.resolve({ locale: "zh-CN", id: "x", vacancyId: "x", sessionId: "x" }),
  searchParams: Promise.resolve({}),
});

/** How a call ended: "ok", Next's redirect (with its target), its 403, or another error. */
async function outcome(call: () => unknown): Promise<string> {
  try {
    await call();
    return "ok";
  } catch (e) {
    const digest = String((e as { digest?: unknown }).digest ?? "");
    if (digest.startsWith("NEXT_REDIRECT")) return `redirect ${digest.split(";")[2]}`;
    if (digest === "NEXT_HTTP_ERROR_FALLBACK;403") return "403";
    return `error ${(e as Error).name}: ${(e as Error).message}`;
  }
}

/** Every link target in a rendered element tree (the layout's menu). */
function hrefs(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(hrefs);
  if (!node || typeof node !== "object" || !("props" in node)) return [];
  const p = (node as { props: { href?: unknown; children?: unknown; links?: { href: string }[] } }).props;
  // The console menu (ConsoleNav) takes its links as a prop.
  const menu = Array.isArray(p.links) ? p.links.map((l) => l.href) : [];
  return [...(typeof p.href === "string" ? [p.href] : []), ...menu, ...hrefs(p.children)];
}

beforeEach(() => {
  slot.pageGuardCaller = null;
});

test("the pages are found (the matrix below is not empty)", () => {
  expect(CONSOLE.length).toBeGreaterThan(25);
  expect(ACCOUNT.length).toBeGreaterThanOrEqual(5);
  expect(CONSOLE.map(urlOf)).toEqual(expect.arrayContaining(["/admin", "/admin/staff", "/admin/vacancies/x/edit"]));
  expect(config.authInterrupts).toBe(true);
});

describe("console pages", () => {
  test.each(CONSOLE.map((f) => [urlOf(f), f]))("%s: visitors sign in first, lesser roles get 403", async (url, file) => {
    const page = (await import(file)) as PageModule;
    const refusal = (who: string) => (who === "visitor" ? `redirect /login?callbackUrl=${encodeURIComponent(url)}` : "403");
    const seen: [string, string, string][] = [];
    for (const [who, actor] of await lesserActors()) {
      slot.pageGuardCaller = actor;
      seen.push([who, "page", await outcome(() => page.default(props()))]);
      // The title is computed too: a title made of fixed words is fine, but one that reads the
      // item must refuse the same way (never an AuthzError, which would be a 500).
      if (page.generateMetadata) {
        const meta = await outcome(() => page.generateMetadata!(props()));
        seen.push([who, "metadata", meta === "ok" ? refusal(who) : meta]);
      }
    }
    if (ADMIN_ONLY.includes(url)) {
      slot.pageGuardCaller = await makeUser({ role: "REVIEWER" });
      seen.push(["reviewer", "page", await outcome(() => page.default(props()))]);
    }
    expect(seen).toEqual(seen.map(([who, part]) => [who, part, refusal(who)]));
  });

  test("the console layout: 403 for a signed-in non-staff account, the menu for staff, the page's own guard for visitors", async () => {
    const { default: AdminLayout } = (await import(path.join(APP, "(admin)/admin/layout.tsx"))) as {
      default: (p: { children: React.ReactNode }) => Promise<unknown>;
    };
    for (const [who, actor] of await lesserActors()) {
      slot.pageGuardCaller = actor;
      expect([who, await outcome(() => AdminLayout({ children: "page" }))]).toEqual([who, actor ? "403" : "ok"]);
    }
    slot.pageGuardCaller = await makeUser({ role: "REVIEWER" });
    const reviewerMenu = hrefs(await AdminLayout({ children: "page" }));
    expect(reviewerMenu).toContain("/admin/registrations");
    expect(reviewerMenu).not.toContain("/admin/staff");
    expect(reviewerMenu).not.toContain("/admin/mail");
    slot.pageGuardCaller = await makeUser({ role: "ADMIN" });
    expect(hrefs(await AdminLayout({ children: "page" }))).toEqual(expect.arrayContaining(["/admin/staff", "/admin/mail"]));
  });
});

describe("pages of one's own account", () => {
  test.each(ACCOUNT.map((f) => [urlOf(f), f]))("%s: visitors are sent to sign in and brought back", async (url, file) => {
    const page = (await import(file)) as PageModule;
    slot.pageGuardCaller = null;
    expect(await outcome(() => page.default(props()))).toBe(`redirect /login?callbackUrl=${encodeURIComponent(url)}`);
  });
});

describe("pageAccess: the one rule", () => {
  test("every kind of account against every audience", async () => {
    const { pageAccess } = await import("@/lib/auth/page-guards");
    const actors: [string, Actor | null][] = [
      ...(await lesserActors()),
      ["reviewer", await makeUser({ role: "REVIEWER" })],
      ["admin", await makeUser({ role: "ADMIN" })],
      ["suspended admin", await makeUser({ role: "ADMIN", status: "SUSPENDED" })],
    ];
    const table = actors.map(([who, a]) => [who, pageAccess(a, "user"), pageAccess(a, "staff"), pageAccess(a, "admin")]);
    expect(table).toEqual([
      ["visitor", "login", "login", "login"],
      ["pending user", "ok", "forbidden", "forbidden"],
      ["rejected user", "ok", "forbidden", "forbidden"],
      ["approved nominator", "ok", "forbidden", "forbidden"],
      ["suspended reviewer", "ok", "forbidden", "forbidden"],
      ["reviewer", "ok", "ok", "forbidden"],
      ["admin", "ok", "ok", "ok"],
      ["suspended admin", "ok", "forbidden", "forbidden"],
    ]);
  });
});
