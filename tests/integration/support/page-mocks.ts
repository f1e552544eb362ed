// For suites that call a console action and then render the page it redirects to, with the real
// zh-CN catalog (a missing word throws): what a request brings along is replaced — the session
// (setPageCaller), Next's cache calls, the request's headers and cookies, next-intl's request
// functions — and everything else is real: the pipeline, the data layer, the database. Import this
// module before any action or page module.
import Link from "next/link";
import { IntentLink } from "@/components/ui/intent-link";
import type { Actor } from "@/lib/auth/actor";

const slot = globalThis as unknown as { openselectPageCaller?: Actor | null };

/** Who the next action call and page render run as (null: a visitor with no session). */
export function setPageCaller(actor: Actor | null): void {
  slot.openselectPageCaller = actor;
}

jest.mock("@/lib/auth/session", () => ({
  ...jest.requireActual("@/lib/auth/session"),
  currentActor: async () => (globalThis as unknown as { openselectPageCaller?: Actor | null }).openselectPageCaller ?? null,
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

jest.mock("next/headers", () => {
  const jar = new Map<string, { name: string; value: string }>();
  return {
    headers: async () =>
      new Headers({
        host: "localhost:3000",
        origin: "http://localhost:3000",
        referer: "http://localhost:3000/zh-CN/",
        "user-agent": "jest",
        "x-forwarded-for": "198.18.7.1",
      }),
    cookies: async () => ({
      get: (name: string) => jar.get(name),
      getAll: () => [...jar.values()],
      has: (name: string) => jar.has(name),
      set: (name: string, value: string) => jar.set(name, { name, value }),
      delete: (name: string) => jar.delete(name),
    }),
    draftMode: async () => ({ isEnabled: false, enable: jest.fn(), disable: jest.fn() }),
  };
});

jest.mock("next-intl/server", () => {
  const intl = jest.requireActual("next-intl");
  const messages = jest.requireActual("@/messages").catalogs["zh-CN"];
  return {
    getTranslations: async (namespace?: string) => intl.createTranslator({ locale: "zh-CN", messages, namespace }),
    getFormatter: async () => intl.createFormatter({ locale: "zh-CN", timeZone: "Asia/Shanghai" }),
    getMessages: async () => messages,
    getLocale: async () => "zh-CN",
    setRequestLocale: jest.fn(),
  };
});

// React says "Invalid hook call" before a client component's hook throws; that is how the walk
// below tells one, so the line is noise here.
const consoleError = console.error.bind(console);
jest.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
  if (typeof args[0] === "string" && args[0].startsWith("Invalid hook call")) return;
  consoleError(...args);
});

export interface Marker {
  /** The client component's name (function name). */
  client: string;
  props: Record<string, unknown>;
}

/**
 * Renders a server tree to its text: async components awaited, plain ones called. A component
 * that needs React's renderer (a client component with hooks) is kept as a marker with its props
 * and its children rendered; so is next/link (markers with client "Link" carry the hrefs).
 */
export async function renderTree(node: unknown, markers: Marker[]): Promise<string> {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return (await Promise.all(node.map((n) => renderTree(n, markers)))).join("");
  if (typeof node === "object" && "props" in node) {
    const el = node as { type: unknown; props: Record<string, unknown> };
    if (typeof el.type === "function" || (typeof el.type === "object" && el.type !== null)) {
      const fn = el.type as ((p: unknown) => unknown) & { displayName?: string };
      const name = fn.displayName ?? (fn as { name?: string }).name ?? "";
      const isLink = el.type === Link || el.type === IntentLink;
      if (typeof fn === "function" && !isLink) {
        let out: unknown;
        try {
          out = await fn(el.props);
        } catch (e) {
          // Hooks outside React's renderer (next-intl's client hooks rethrow without a message): a client component.
          if (!HOOK_ERROR.test(`${(e as Error)?.message}\n${(e as Error)?.stack}`)) throw e;
          markers.push({ client: name, props: el.props });
          return renderTree(el.props.children, markers);
        }
        return renderTree(out, markers);
      }
      markers.push({ client: isLink ? "Link" : name, props: el.props });
      return renderTree(el.props.children, markers);
    }
    return renderTree(el.props.children, markers);
  }
  return "";
}

const HOOK_ERROR = /hook|reading 'use|resolveDispatcher|react-client|use-intl|node_modules\/react\//i;

/** A page module's default export rendered with these props. */
export async function renderPage(file: string, props: Record<string, unknown> = {}) {
  const mod = (await import(file)) as { default: (p: unknown) => unknown };
  const markers: Marker[] = [];
  const text = await renderTree(await mod.default(props), markers);
  // Links: next/link, and the site's own link components around it (any client component given an href).
  return { text, markers, hrefs: markers.filter((m) => typeof m.props.href === "string").map((m) => String(m.props.href)) };
}

/** Page props as Next passes them. */
export const pageProps = (params: Record<string, string> = {}, searchParams: Record<string, string> = {}) => ({
  params: Promise.resolve({ locale: "zh-CN", ...params }),
  searchParams: Promise.resolve(searchParams),
});
