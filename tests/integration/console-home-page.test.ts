// The console home and the registration queue as pages, rendered from real rows with the real
// zh-CN catalog (a missing word would throw): the server components are called and their output
// walked (async components awaited, client components kept as markers with their props). What a
// reviewer reads must be words and dates in the site's style: no catalog keys, no record ids.
import Link from "next/link";
import { IntentLink } from "@/components/ui/intent-link";
import { NextIntlClientProvider } from "next-intl";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { resetClock, setClock } from "@/lib/calendar/clock";
import { TrendChart } from "@/components/console-home/trend-chart";
import { RegistrationQueueForm } from "@/components/console-queue/registration-queue-form";
import { makeUser } from "./support/users";

jest.mock("@/lib/auth/session", () => ({
  currentActor: async () => (globalThis as unknown as { homePageCaller?: Actor | null }).homePageCaller ?? null,
}));
jest.mock("next/cache", () => ({ revalidatePath: jest.fn(), revalidateTag: jest.fn(), unstable_cache: (fn: unknown) => fn }));
jest.mock("next-intl/server", () => {
  const intl = jest.requireActual("next-intl");
  const messages = jest.requireActual("@/messages").catalogs["zh-CN"];
  return {
    getTranslations: async (namespace?: string) => intl.createTranslator({ locale: "zh-CN", messages, namespace }),
    getFormatter: async () => intl.createFormatter({ locale: "zh-CN", timeZone: "Asia/Shanghai" }),
    getMessages: async () => messages,
    getLocale: async () => "zh-CN",
  };
});

jest.setTimeout(60_000);

const NOW = new Date("2026-12-04T02:00:00Z");
const bj = (day: string, hour = 10) => new Date(`${day}T${String(hour).padStart(2, "0")}:00:00+08:00`);

interface Marker {
  client: string;
  props: Record<string, unknown>;
}
const CLIENT = new Map<unknown, string>([
  [Link, "Link"],
  [IntentLink, "Link"],
  [NextIntlClientProvider, "NextIntlClientProvider"],
  [TrendChart, "TrendChart"],
  [RegistrationQueueForm, "RegistrationQueueForm"],
]);

async function render(node: unknown, markers: Marker[]): Promise<string> {
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
  return { text, markers };
}

/** What must never reach a reviewer: catalog keys and record ids (cuid). */
function expectPlain(text: string) {
  expect(text).not.toMatch(/\b(consoleHome|consoleQueue|caseAdmin|admin|cases)\.[a-zA-Z]/);
  expect(text).not.toMatch(/\bc[a-z0-9]{20,}\b/);
}

const ids: Record<string, string> = {};
beforeAll(async () => {
  setClock(NOW);
  const reviewer = await makeUser({ role: "REVIEWER", realName: "审核员丙" });
  (globalThis as unknown as { homePageCaller?: Actor | null }).homePageCaller = reviewer;
  const late = await makeUser({ status: "PENDING", realName: "周一" });
  await db().user.update({ where: { id: late.id }, data: { createdAt: bj("2026-11-27") } });
  const fresh = await makeUser({ status: "PENDING", realName: "吴二" });
  await db().user.update({ where: { id: fresh.id }, data: { createdAt: bj("2026-12-03") } });
  Object.assign(ids, { late: late.id, fresh: fresh.id, reviewer: reviewer.id });
  const v = await db().vacancy.create({
    data: {
      post: "港航管理处处长",
      unit: "舟山市港航局",
      level: "DIVISION",
      headcount: 1,
      duties: "职责",
      qualifications: "条件",
      opensAt: bj("2026-11-20"),
      closesAt: new Date(NOW.getTime() + 86_400_000),
      status: "PUBLISHED",
      publishedAt: bj("2026-11-20"),
    },
  });
  ids.vacancy = v.id;
  await db().appointment.create({
    data: {
      kind: "APPOINT",
      personName: "郑三",
      post: "局长",
      unit: "舟山市某局",
      decidedOn: new Date("2025-12-10T00:00:00Z"),
      status: "PUBLISHED",
      publishedAt: bj("2025-12-10"),
      probation: true,
      probationEndsOn: new Date("2026-12-10T00:00:00Z"),
    },
  });
});
afterAll(() => resetClock());

describe("the console home as a page", () => {
  it("says what needs doing in words, with links, dates in the site's style, and no ids or keys", async () => {
    const { text, markers } = await page("@/app/[locale]/(admin)/admin/page", {});
    expectPlain(text);
    expect(text).toContain("待审核注册 2");
    expect(text).toContain("最早的一份已等待 5 个工作日已超时");
    expect(text).toContain("审核时限为 3 个工作日");
    expect(text).toContain("港航管理处处长（舟山市港航局）");
    expect(text).toContain("截止时间 2026年12月5日 10:00");
    expect(text).toContain("郑三（舟山市某局局长）");
    expect(text).toContain("试用期满 2026年12月10日");
    expect(text).toContain("目前没有处于公示期内的任职前公示");
    // The charts' tables: every day written in full, weeks as a range.
    expect(text).toContain("2026年12月4日");
    expect(text).toContain("2026年11月30日至12月6日");
    const hrefs = markers.filter((m) => m.client === "Link").map((m) => m.props.href);
    expect(hrefs).toEqual(expect.arrayContaining(["/admin/registrations", `/admin/nominations/${ids.vacancy}`, "/admin/probations"]));
    const charts = markers.filter((m) => m.client === "TrendChart");
    expect(charts).toHaveLength(2);
    expect(charts[0].props.summary).toBe("近 30 天没有收到推荐。");
    expect(charts[1].props.summary).toMatch(/^近 12 周共有 \d+ 人注册，最多的一周 \d+ 人（2026年\d+月\d+日起）。$/);
    expect((charts[0].props.points as { label: string }[]).at(-1)).toEqual({ label: "12月4日", count: 0 });
  });
});

describe("the registration queue as a page", () => {
  it("opens on 待审核, oldest first, with the wait and the overdue mark in words", async () => {
    const { text, markers } = await page("@/app/[locale]/(admin)/admin/registrations/page", { searchParams: Promise.resolve({}) });
    expectPlain(text);
    expect(text).toContain("待审核的注册申请按提交时间排列，最早的在前。审核时限为 3 个工作日。");
    const form = markers.find((m) => m.client === "RegistrationQueueForm")!;
    const lines = form.props.lines as { id: string; name: string; waited: string; overdue: boolean; submitted: string; details: string }[];
    expect(lines.map((l) => [l.id, l.name, l.waited, l.overdue])).toEqual([
      [ids.late, "周一", "已等待 5 个工作日", true],
      [ids.fresh, "吴二", "已等待 1 个工作日", false],
    ]);
    expect(lines[0].submitted).toBe("提交时间 2026年11月27日 10:00");
    for (const l of lines) expectPlain(`${l.name}${l.waited}${l.submitted}${l.details}`);
    expect(text).toContain("导出当前列表（Excel）");
  });
});
