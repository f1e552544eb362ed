// The inbox's pages and export as staff see them, rendered from real rows: the server
// components are called and their output walked (async components awaited, client components
// kept as markers with their props), so what a page would send is checked for what it must not
// carry. Only the session lookup, Next's cache calls and next-intl's request functions are
// replaced (they need a request); words come back as their catalog keys.
import ExcelJS from "exceljs";
import Link from "next/link";
import { IntentLink } from "@/components/ui/intent-link";
import { NextRequest } from "next/server";
import { NextIntlClientProvider } from "next-intl";
import { MoveForm } from "@/components/cases-admin/move-form";
import { CaseCountsCard } from "@/components/cases-admin/case-counts-card";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { makeUser } from "./support/users";
import { makeCase } from "./support/case-world";
import { caseCounts } from "@/lib/data/cases/console";

const slot = globalThis as unknown as { casePagesCaller?: Actor | null };
jest.mock("@/lib/auth/session", () => ({
  currentActor: async () => (globalThis as unknown as { casePagesCaller?: Actor | null }).casePagesCaller ?? null,
}));
jest.mock("next/cache", () => ({ revalidatePath: jest.fn(), revalidateTag: jest.fn(), unstable_cache: (fn: unknown) => fn }));
jest.mock("next-intl/server", () => {
  const translator = (ns?: string) =>
    Object.assign(
      (key: string, values?: Record<string, unknown>) =>
        `${ns ? `${ns}.` : ""}${key}${values ? `(${Object.values(values).map(String).join(",")})` : ""}`,
      { has: () => true },
    );
  return {
    getTranslations: async (ns?: string) => translator(ns),
    getFormatter: async () => ({ dateTime: () => "〔时间〕", number: String }),
    getMessages: async () => ({}),
    getLocale: async () => "zh-CN",
  };
});

jest.setTimeout(60_000);

type Node = unknown;
interface Marker {
  client: string;
  props: Record<string, unknown>;
}

/** Client components (hooks): kept as markers with their props, their children rendered. */
const CLIENT = new Map<unknown, string>([
  [MoveForm, "MoveForm"],
  [Link, "Link"],
  [IntentLink, "Link"],
  [NextIntlClientProvider, "NextIntlClientProvider"],
]);

/** Renders a server tree: awaits async components, calls plain ones, keeps client ones as markers. */
async function render(node: Node, markers: Marker[]): Promise<string> {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return (await Promise.all(node.map((n) => render(n, markers)))).join("");
  if (typeof node === "object" && "props" in node) {
    const el = node as { type: unknown; props: Record<string, unknown> };
    const client = CLIENT.get(el.type);
    if (client) {
      markers.push({ client, props: el.props });
      return render(el.props.children, markers);
    }
    if (typeof el.type === "function") return render(await (el.type as (p: unknown) => unknown)(el.props), markers);
    return render(el.props.children, markers);
  }
  return "";
}

async function page(file: string, props: Record<string, unknown>) {
  const mod = (await import(file)) as { default: (p: unknown) => unknown };
  const markers: Marker[] = [];
  const text = await render(await mod.default(props), markers);
  return { text, markers, forms: markers.filter((m) => m.client === "MoveForm").map((m) => m.props.submitLabel as string) };
}

const CASE_PAGE = "@/app/[locale]/(admin)/admin/cases/[id]/page";
const LIST_PAGE = "@/app/[locale]/(admin)/admin/cases/page";
const open = (id: string) => page(CASE_PAGE, { params: Promise.resolve({ locale: "zh-CN", id }) });
const list = (q: Record<string, string> = {}) => page(LIST_PAGE, { searchParams: Promise.resolve(q) });

let admin: Actor;
let handler: Actor;
let other: Actor;
let subject: Actor;
let writer: Actor & { phone: string };

beforeAll(async () => {
  admin = await makeUser({ role: "ADMIN", realName: "管理员戊" });
  handler = await makeUser({ role: "REVIEWER", realName: "承办人己" });
  other = await makeUser({ role: "REVIEWER", realName: "审核员庚" });
  subject = await makeUser({ role: "REVIEWER", realName: "孙被举报" });
  writer = await makeUser({ realName: "写信人辛" });
});

afterEach(() => {
  slot.casePagesCaller = null;
});

describe("the case page", () => {
  test("another reviewer: the thread with notes marked, the writer hidden, no moves", async () => {
    const c = await makeCase({ kind: "REPORT", writer, handlerId: handler.id, status: "ACCEPTED", body: "举报正文甲。" });
    await db().caseMessage.create({ data: { caseId: c.id, type: "NOTE", authorId: handler.id, body: "内部意见甲。" } });
    slot.casePagesCaller = other;
    const seen = await open(c.id);
    expect(seen.text).toContain("举报正文甲。");
    expect(seen.text).toContain("内部意见甲。");
    expect(seen.text).toContain("caseAdmin.page.internalOnly");
    expect(seen.text).toContain("caseAdmin.page.writerHidden");
    expect(seen.text).toContain(`caseAdmin.page.notHandler(${handler.realName})`);
    expect(seen.text).not.toContain(writer.realName);
    expect(seen.text).not.toContain(writer.phone);
    expect(seen.forms).toEqual([]);
    // No ids or raw status values on the page: only words (catalog keys here) and the number.
    expect(seen.text).not.toContain(c.id);
    expect(seen.text.replace(/[A-Za-z]+(\.[A-Za-z_]+)+/g, "")).not.toMatch(/[A-Z_]{5,}/);
    expect(seen.text).toContain("cases.status.ACCEPTED");
    expect(await db().auditLog.count({ where: { action: "case.open", entityId: c.id, actorId: other.id } })).toBe(1);
  });

  test("the handler: the writer's identity and the moves of the status", async () => {
    const c = await makeCase({ kind: "REPORT", writer, handlerId: handler.id });
    slot.casePagesCaller = handler;
    const seen = await open(c.id);
    expect(seen.text).toContain(writer.realName);
    expect(seen.text).toContain(writer.phone);
    expect(seen.forms).toEqual([
      "caseAdmin.moves.accept",
      "caseAdmin.moves.dismissSubmit",
      "caseAdmin.moves.noteSubmit",
      "caseAdmin.moves.assignSubmit",
    ]);
    // The transfer list never offers the person the case is about, nor the handler.
    const assign = seen.markers.find((m) => m.props.submitLabel === "caseAdmin.moves.assignSubmit")!;
    const names = (assign.props.fields as { options: { label: string }[] }[])[0]!.options.map((o) => o.label);
    expect(names).toEqual(expect.arrayContaining([admin.realName, other.realName]));
    expect(names).not.toContain(handler.realName);
  });

  test("an objection closed by the administrator shows the notice, the person and the outcome", async () => {
    const c = await makeCase({ kind: "OBJECTION", entryName: "周被公示", status: "CLOSED" });
    await db().case.update({ where: { id: c.id }, data: { verdict: "PARTLY", conclusion: "DEFER", outcomeText: "暂缓任职。" } });
    slot.casePagesCaller = admin;
    const seen = await open(c.id);
    for (const words of [
      "周被公示",
      "某局局长",
      "cases.verdict.PARTLY",
      "cases.conclusion.DEFER",
      "暂缓任职。",
      "caseAdmin.page.writerAnonymous",
    ])
      expect(seen.text).toContain(words);
    // Concluded: only a note may still be added.
    expect(seen.forms).toEqual(["caseAdmin.moves.noteSubmit"]);
  });

  test("the person a case is about gets the 404, and no audit entry is written", async () => {
    const c = await makeCase({ kind: "REPORT", subjectName: subject.realName });
    slot.casePagesCaller = subject;
    await expect(open(c.id)).rejects.toMatchObject({ digest: "NEXT_HTTP_ERROR_FALLBACK;404" });
    expect(await db().auditLog.count({ where: { action: "case.open", entityId: c.id } })).toBe(0);
  });
});

describe("the list, the home card and the export", () => {
  test("the list shows real name or anonymous, never who; the home card counts", async () => {
    const named = await makeCase({ kind: "TALK", writer, title: "列表测试甲" });
    const about = await makeCase({ kind: "REPORT", subjectName: subject.realName, title: "列表测试乙" });
    slot.casePagesCaller = handler;
    const seen = await list({ kind: "TALK" });
    expect(seen.text).toContain("列表测试甲");
    expect(seen.text).toContain(named.number);
    expect(seen.text).toContain("caseAdmin.realName");
    expect(seen.text).not.toContain(writer.realName);
    slot.casePagesCaller = subject;
    expect((await list()).text).not.toContain("列表测试乙");
    expect((await list()).text).not.toContain(about.number);
    slot.casePagesCaller = admin;
    // The home card (the console home's own test renders the page): open and overdue per channel, linked.
    const markers: Marker[] = [];
    const counts = await caseCounts(admin);
    const card = await render(await CaseCountsCard({ counts }), markers);
    expect(card).toContain("caseAdmin.home.title");
    expect(card).toContain(`caseAdmin.home.count(${counts.TALK.open})`);
    expect(markers.map((m) => m.props.href)).toEqual(expect.arrayContaining(["/admin/cases?kind=TALK&status=OPEN&sort=urgent"]));
    // The menu: 来信来访 with the number of open cases.
    const menu = await page("@/app/[locale]/(admin)/admin/layout", { children: null });
    const entry = menu.markers.find((m) => m.client === "Link" && m.props.href === "/admin/cases")!;
    expect(counts.open).toBeGreaterThan(0);
    expect(await render(entry.props.children, [])).toContain(`caseAdmin.navCount(${counts.open})`);
  });

  test("GET /admin/exports/cases: .xlsx for staff (writers for administrators only), 401 and 403 for others", async () => {
    const c = await makeCase({ kind: "TALK", writer, title: "导出路由测试" });
    const { GET } = await import("@/app/[locale]/(admin)/admin/exports/cases/route");
    const get = async (who: Actor | null) => {
      slot.casePagesCaller = who;
      return GET(new NextRequest("http://localhost/admin/exports/cases?kind=TALK&format=xlsx"));
    };
    expect((await get(null)).status).toBe(401);
    expect((await get(writer)).status).toBe(403);
    const cells = async (who: Actor) => {
      const res = await get(who);
      expect(res.status).toBe(200);
      expect(res.headers.get("Cache-Control")).toContain("no-store");
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await res.arrayBuffer());
      const rows: string[][] = [];
      wb.worksheets[0]!.eachRow((r) => rows.push((r.values as unknown[]).slice(1).map(String)));
      return rows;
    };
    const forReviewer = await cells(other);
    expect(forReviewer.find((r) => r[0] === c.number)?.[3]).toBe("导出路由测试");
    expect(JSON.stringify(forReviewer)).not.toContain(writer.realName);
    expect(JSON.stringify(await cells(admin))).toContain(writer.realName);
  });
});
