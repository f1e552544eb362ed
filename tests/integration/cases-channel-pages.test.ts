// The pages of 公示反映 and 监督举报 as Next calls them (element trees, with sync components
// expanded): the objection form only while the notice is in its period, a refusal page before
// and after; the cached notice page links to it only then; and after cases are filed, the
// rendered notice page and home page carry none of their words or their writers' names.
import type { Actor } from "@/lib/auth/actor";
import { resetClock, setClock } from "@/lib/calendar/clock";
import * as notices from "@/lib/data/notices";
import { fileObjection } from "@/lib/data/cases/objection";
import { fileReport } from "@/lib/data/cases/report";
import { publishedPreNotice, type PublishedNotice } from "./support/channels-world";
import { makeUser } from "./support/users";
import { generalNoticeInput } from "./boards-fixtures";

const slot = globalThis as unknown as { channelPageCaller?: Actor | null };
jest.mock("@/lib/auth/session", () => ({
  currentActor: async () => (globalThis as unknown as { channelPageCaller?: Actor | null }).channelPageCaller ?? null,
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
    getFormatter: async () => ({ dateTime: (d: Date) => d.toISOString().slice(0, 10), number: String, relativeTime: () => "" }),
    getMessages: async () => ({}),
    getLocale: async () => "zh-CN",
    setRequestLocale: () => undefined,
  };
});

jest.setTimeout(60_000);

type Page = (props: unknown) => Promise<unknown>;
const objectionPage = async () => (await import("@/app/[locale]/(public)/notices/[id]/object/page")).default as Page;
const noticePage = async () => (await import("@/app/[locale]/(public)/notices/[id]/page")).default as Page;
const homePage = async () => (await import("@/app/[locale]/(public)/page")).default as Page;
const reportPages = async () => [
  (await import("@/app/[locale]/(public)/report/page")).default as Page,
  (await import("@/app/[locale]/(public)/report/new/page")).default as Page,
];

interface Node {
  type: string;
  props: Record<string, unknown>;
}

/** The element tree with sync and async components called (client components, which need React's renderer, kept as elements with their props). */
async function expand(node: unknown): Promise<unknown> {
  if (Array.isArray(node)) return Promise.all(node.map(expand));
  if (!node || typeof node !== "object" || !("props" in node)) return node;
  const el = node as { type: unknown; props: Record<string, unknown> };
  if (typeof el.type === "function") {
    try {
      return await expand(await (el.type as (p: unknown) => unknown)(el.props));
    } catch {
      // A client component (hooks): keep its props, which is what the browser is sent.
    }
  }
  const name =
    typeof el.type === "string"
      ? el.type
      : ((el.type as { name?: string; displayName?: string })?.displayName ?? (el.type as { name?: string })?.name ?? "?");
  return { type: name, props: { ...el.props, children: await expand(el.props.children) } };
}

function find(tree: unknown, test: (n: Node) => boolean): Node[] {
  if (Array.isArray(tree)) return tree.flatMap((t) => find(t, test));
  if (!tree || typeof tree !== "object" || !("props" in tree)) return [];
  const n = tree as Node;
  return [...(test(n) ? [n] : []), ...find(n.props.children, test)];
}

async function render(page: Page, params: Record<string, string>, search: Record<string, string> = {}) {
  return expand(await page({ params: Promise.resolve({ locale: "zh-CN", ...params }), searchParams: Promise.resolve(search) }));
}

async function outcome(fn: () => Promise<unknown>): Promise<unknown> {
  try {
    return await fn();
  } catch (e) {
    const digest = (e as { digest?: string }).digest;
    if (digest) return digest;
    throw e;
  }
}

const at = (iso: string) => new Date(iso);
let staff: Actor;
let approved: Actor;
let pending: Actor;
let notice: PublishedNotice;

beforeAll(async () => {
  staff = await makeUser({ role: "ADMIN", realName: "管理员甲" });
  approved = await makeUser({ realName: "实名人乙" });
  pending = await makeUser({ status: "PENDING", realName: "待审核丙" });
  // Mon 2026-12-14 … Fri 2026-12-18.
  notice = await publishedPreNotice(staff, "2026-12-14", at("2026-12-10T02:00:00Z"));
});
// Calling a client component outside React's renderer makes React say so; that is expected here.
let quiet: jest.SpyInstance;
beforeAll(() => {
  quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterAll(() => quiet.mockRestore());
afterEach(() => {
  resetClock();
  slot.channelPageCaller = null;
});

const formOf = (tree: unknown) => find(tree, (n) => n.type === "ObjectionForm")[0];
const closedOf = (tree: unknown) => find(tree, (n) => n.props["data-testid"] === "objection-closed")[0];

describe("/notices/[id]/object", () => {
  test("before the first day and after the last: no form, the reason; during: the form with the notice's persons", async () => {
    const page = await objectionPage();
    for (const [instant, open] of [
      ["2026-12-13T15:59:59Z", false],
      ["2026-12-13T16:00:00Z", true],
      ["2026-12-18T15:59:59Z", true],
      ["2026-12-18T16:00:00Z", false],
    ] as const) {
      setClock(at(instant));
      const tree = await render(page, { id: notice.id });
      expect({ instant, form: !!formOf(tree), closed: !!closedOf(tree) }).toEqual({ instant, form: open, closed: !open });
    }
    setClock(at("2026-12-15T03:00:00Z"));
    const form = formOf(await render(page, { id: notice.id }, { entry: notice.entries[1]!.id }))!;
    expect(form.props).toMatchObject({
      noticeId: notice.id,
      chosen: notice.entries[1]!.id,
      persons: [expect.objectContaining({ name: "周海波" }), expect.objectContaining({ name: "林晓燕" })],
      who: { kind: "visitor", loginHref: `/login?callbackUrl=${encodeURIComponent(`/notices/${notice.id}/object`)}` },
    });
  });

  test("who is writing: an approved account by name, any other signed-in account as not approved", async () => {
    const page = await objectionPage();
    setClock(at("2026-12-15T03:00:00Z"));
    slot.channelPageCaller = approved;
    expect(formOf(await render(page, { id: notice.id }))!.props.who).toEqual({ kind: "approved", realName: "实名人乙" });
    slot.channelPageCaller = pending;
    expect(formOf(await render(page, { id: notice.id }))!.props.who).toEqual({ kind: "notApproved" });
  });

  test("a general notice, a draft or an unknown id: 404", async () => {
    const page = await objectionPage();
    const general = await notices.createNotice(staff, generalNoticeInput());
    await notices.publishNotice(staff, general.id, at("2026-12-10T02:00:00Z"));
    const draft = await notices.createNotice(staff, generalNoticeInput());
    setClock(at("2026-12-15T03:00:00Z"));
    for (const id of [general.id, draft.id, "nope"]) {
      expect(await outcome(() => render(page, { id }))).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
    }
  });
});

describe("the cached notice page", () => {
  test("links to the objection form only in the period", async () => {
    const page = await noticePage();
    const links = async () => find(await render(page, { id: notice.id }), (n) => n.props.href === `/notices/${notice.id}/object`).length;
    setClock(at("2026-12-13T15:59:59Z"));
    expect(await links()).toBe(0);
    setClock(at("2026-12-13T16:00:00Z"));
    expect(await links()).toBe(1);
    setClock(at("2026-12-18T16:00:00Z"));
    expect(await links()).toBe(0);
  });

  test("ends with the issuing department, the date and 12380 (a 任职前公示 only)", async () => {
    const page = await noticePage();
    const closing = find(await render(page, { id: notice.id }), (n) => n.props["data-testid"] === "notice-closing");
    expect(closing).toHaveLength(1);
    // The board pages translate with the real catalog (board-i18n), in the site's date style.
    expect(JSON.stringify(closing)).toContain("举报电话：12380");
    expect(JSON.stringify(closing)).toContain("2026年12月10日");
    const general = await notices.createNotice(staff, generalNoticeInput());
    await notices.publishNotice(staff, general.id, at("2026-12-10T02:00:00Z"));
    expect(find(await render(page, { id: general.id }), (n) => n.props["data-testid"] === "notice-closing")).toHaveLength(0);
  });
});

describe("confidentiality of the rendered public pages", () => {
  test("after an objection and a report are filed, the notice page, home and the report pages carry none of their words or writers", async () => {
    const writer = await makeUser({ realName: "司马实名" });
    const words = ["甲乙丙丁戊己庚辛壬癸", "子丑寅卯辰巳午未申酉"];
    const inPeriod = at("2026-12-15T03:00:00Z");
    await fileObjection(
      writer,
      { noticeId: notice.id, noticeEntryId: notice.entries[0]!.id, body: `${words[0]}：该同志违规插手工程招投标。` },
      { address: "192.0.2.1", anonymous: false, now: inPeriod },
    );
    await fileReport(
      writer,
      {
        category: "OTHER",
        subjectName: "欧阳讳某",
        subjectUnit: "某局",
        body: `${words[1]}：该同志在考察期间宴请考察组。`,
        acknowledge: true,
      },
      { address: "192.0.2.1", anonymous: false, now: inPeriod },
    );
    setClock(inPeriod);
    const trees = [
      await render(await noticePage(), { id: notice.id }),
      await render(await homePage(), {}),
      ...(await Promise.all((await reportPages()).map((p) => render(p, {})))),
    ];
    const text = JSON.stringify(trees);
    expect(text).toContain("周海波"); // the notice's own persons are public
    for (const secret of [...words, "欧阳讳某", writer.realName, "宴请考察组", "插手工程"])
      expect({ secret, found: text.includes(secret) }).toEqual({ secret, found: false });
  });
});
