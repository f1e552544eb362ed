// What a crafted POST to a server action does not bring along, replaced for tests that call
// the actions directly: the session lookup (who is "signed in"), Next's cache calls (they need a
// request's store) and the request's headers, cookies and locale. Everything else is real:
// validation, data layer and database. Import this module before any action module.
import type { Actor } from "@/lib/auth/actor";

// jest.mock factories may not close over module variables, so these sit on globalThis.
const slot = globalThis as unknown as { openselectTestCaller?: Actor | null; openselectTestAddress?: string };

/** Who the next action call runs as (null: a visitor with no session). */
export function setCaller(actor: Actor | null): void {
  slot.openselectTestCaller = actor;
}

let addresses = 0;
/**
 * The next calls come from a new network address (as the connection's peer, the last entry of
 * X-Forwarded-For): per-address limits then count a new client, not all of a suite's calls.
 */
export function newClientAddress(): string {
  addresses++;
  slot.openselectTestAddress = `198.18.${Math.floor(addresses / 250) % 250}.${(addresses % 250) + 1}`;
  return slot.openselectTestAddress;
}

jest.mock("@/lib/auth/session", () => ({
  ...jest.requireActual("@/lib/auth/session"),
  currentActor: async () => (globalThis as unknown as { openselectTestCaller?: Actor | null }).openselectTestCaller ?? null,
}));

jest.mock("next/cache", () => ({
  revalidatePath: jest.fn(),
  revalidateTag: jest.fn(),
  updateTag: jest.fn(),
  refresh: jest.fn(),
  unstable_noStore: jest.fn(),
  unstable_cache: (fn: unknown) => fn,
  cacheTag: jest.fn(),
  cacheLife: jest.fn(),
}));

// A request from a browser on the site itself, through no proxy (the peer's address recorded in
// X-Forwarded-For, as npm start's record-peer does).
jest.mock("next/headers", () => {
  const jar = new Map<string, { name: string; value: string }>();
  const cookieStore = {
    get: (name: string) => jar.get(name),
    getAll: () => [...jar.values()],
    has: (name: string) => jar.has(name),
    set: (name: string | { name: string; value: string }, value?: string) => {
      const c = typeof name === "string" ? { name, value: value ?? "" } : name;
      jar.set(c.name, { name: c.name, value: c.value });
      return cookieStore;
    },
    delete: (name: string) => {
      jar.delete(name);
      return cookieStore;
    },
  };
  const requestHeaders = () =>
    new Headers({
      host: "localhost:3000",
      origin: "http://localhost:3000",
      referer: "http://localhost:3000/zh-CN/",
      "user-agent": "jest",
      "x-forwarded-for": (globalThis as unknown as { openselectTestAddress?: string }).openselectTestAddress ?? "198.18.0.1",
      "content-type": "multipart/form-data; boundary=x",
    });
  return {
    headers: async () => requestHeaders(),
    cookies: async () => cookieStore,
    draftMode: async () => ({ isEnabled: false, enable: jest.fn(), disable: jest.fn() }),
  };
});

jest.mock("next-intl/server", () => ({
  getLocale: async () => "zh-CN",
  getTranslations: async () => (key: string) => key,
  getMessages: async () => ({}),
  setRequestLocale: jest.fn(),
}));
