// Every console page and every page of one's own account, found on disk, opened by a staff
// session that signed in with the password but has not passed its second factor: each sends it to
// the second factor's page (/login/two-factor) before reading anything, and so does each page's
// title. The session is real (next-auth's own handler); only the session lookup for the page,
// Next's cache calls and next-intl's request functions are replaced (they need a request).
import fs from "node:fs";
import path from "node:path";
import type { Actor } from "@/lib/auth/actor";
import { actorFromSession } from "@/lib/auth/session";
import { Browser } from "./support/auth-flow";
import { FIXTURE_PASSWORD, makeUser } from "./support/users";
import { enrol } from "./support/two-factor-world";

const slot = globalThis as unknown as { twoFactorPageCaller?: Actor | null };
jest.mock("@/lib/auth/session", () => ({
  ...jest.requireActual("@/lib/auth/session"),
  currentActor: async () => (globalThis as unknown as { twoFactorPageCaller?: Actor | null }).twoFactorPageCaller ?? null,
}));
// The second factor's own page reads the site's origin from the request.
jest.mock("@/lib/feeds/origin", () => ({ siteOrigin: async () => "http://localhost:3000" }));
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

jest.setTimeout(120_000);

const APP = path.resolve(__dirname, "../../app/[locale]");
function pagesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return pagesUnder(full);
    return e.name === "page.tsx" ? [full] : [];
  });
}
const PAGES = [...pagesUnder(path.join(APP, "(admin)/admin")), ...pagesUnder(path.join(APP, "(account)"))];

type Props = { params: Promise<Record<string, string>>; searchParams: Promise<Record<string, string>> };
type PageModule = { default: (p: Props) => unknown; generateMetadata?: (p: Props) => unknown };
const props = (): Props => ({ params: Promise.resolve({ locale: "zh-CN", id: "x", vacancyId: "x" }), searchParams: Promise.resolve({}) });

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

let owing: { enrol: Actor; verify: Actor };
beforeAll(async () => {
  const signedIn = async (role: "REVIEWER" | "ADMIN", enrolled: boolean) => {
    const u = await makeUser({ role });
    if (enrolled) await enrol(u.id);
    const b = new Browser(`198.18.77.${role === "ADMIN" ? 1 : 2}${enrolled ? 1 : 0}`);
    expect((await b.signIn(u.phone, FIXTURE_PASSWORD)).ok).toBe(true);
    return (await actorFromSession(await b.session()))!;
  };
  owing = { enrol: await signedIn("ADMIN", false), verify: await signedIn("ADMIN", true) };
  expect(owing.enrol.secondFactor).toBe("enrol");
  expect(owing.verify.secondFactor).toBe("verify");
}, 60_000);

test("the pages are found", () => {
  expect(PAGES.length).toBeGreaterThan(30);
});

test.each(PAGES.map((f) => [path.relative(APP, f), f]))(
  "%s: an administrator owing the second factor is sent to it",
  async (_name, file) => {
    const page = (await import(file)) as PageModule;
    const seen: string[] = [];
    for (const actor of [owing.enrol, owing.verify]) {
      slot.twoFactorPageCaller = actor;
      seen.push(await outcome(() => page.default(props())));
      if (page.generateMetadata) {
        const meta = await outcome(() => page.generateMetadata!(props()));
        // A title of fixed words is fine; one that reads the item must refuse the same way.
        seen.push(meta === "ok" ? "redirect /login/two-factor" : meta);
      }
    }
    for (const s of seen) expect(s).toMatch(/^redirect \/login\/two-factor(\?callbackUrl=%2F|$)/);
  },
);

describe("the second factor's own page once passed", () => {
  const twoFactorPage = path.join(APP, "(public)/login/two-factor/page.tsx");
  const passed = async (enrolledAt: Date): Promise<Actor> => {
    const u = await makeUser({ role: "REVIEWER" });
    await enrol(u.id, enrolledAt);
    return u; // an actor without secondFactor: this session has passed
  };

  test("right after setting up, it keeps the set-up (its answer holds the recovery codes) instead of moving on", async () => {
    const page = (await import(twoFactorPage)) as PageModule;
    slot.twoFactorPageCaller = await passed(new Date());
    expect(await outcome(() => page.default(props()))).toBe("ok");
  });

  test("later, a passed session is sent on to where it was going", async () => {
    const page = (await import(twoFactorPage)) as PageModule;
    slot.twoFactorPageCaller = await passed(new Date(Date.now() - 11 * 60_000));
    expect(await outcome(() => page.default(props()))).toBe("redirect /admin");
  });
});
