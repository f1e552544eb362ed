// 我向组织说心里话, the filing door, on a real database: only approved accounts file (pending,
// rejected and suspended ones and visitors are refused, by the action and by the data layer),
// the daily cap per account, the same text twice a day refused, the writer told in the inbox,
// and the action lands on the letter's page with its number.
import { newClientAddress, setCaller } from "./support/action-mocks";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { AuthzError } from "@/lib/auth/actor";
import { DomainError } from "@/lib/data/errors";
import { fileTalk } from "@/lib/data/cases/talk";
import { getMyCase } from "@/lib/data/cases/writer-view";
import { talkInput, type TalkInput } from "@/lib/validation/cases-talk";
import { callAction, formData } from "./support/call-action";
import { makeUser } from "./support/users";
import { fileTalkAction } from "@/app/[locale]/(public)/messages/actions";

jest.setTimeout(60_000);

let n = 0;
const letter = (over: Partial<TalkInput> = {}): TalkInput =>
  talkInput.parse({
    category: "SUGGESTION",
    title: "关于干部培训的建议",
    body: `建议增加年轻干部到基层一线实践锻炼的机会。第${++n}封。`,
    ...over,
  });

const ADDRESS = { address: "198.51.100.7" };

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AuthzError) return `authz:${e.code}`;
    if (e instanceof DomainError) return e.messageKey;
    throw e;
  }
  return "accepted";
}

describe("filing a letter (data layer)", () => {
  it("an approved account files: number XL…, 待受理, due days set, first message its own, the writer told", async () => {
    const writer = await makeUser({ realName: "林建国" });
    const filed = await fileTalk(writer, letter({ category: "PERSONAL", title: "个人工作调动诉求" }), ADDRESS);
    expect(filed.number).toMatch(/^XL\d{8}-\d{4}$/);
    expect(filed.queryCode).toBeNull();
    const row = await db().case.findUniqueOrThrow({ where: { id: filed.id }, include: { messages: true } });
    expect(row).toMatchObject({
      kind: "TALK",
      status: "PENDING",
      category: "PERSONAL",
      writerId: writer.id,
      anonymous: false,
      queryCodeHash: null,
    });
    expect(row.acceptDueOn.getTime()).toBeLessThanOrEqual(row.answerDueOn!.getTime());
    expect(row.messages).toHaveLength(1);
    expect(row.messages[0]).toMatchObject({ type: "WRITER", authorId: writer.id });
    const notes = await db().notification.findMany({ where: { userId: writer.id } });
    expect(notes.map((x) => [x.kind, x.link])).toEqual([["case.received", `/account/cases/${filed.id}`]]);
    // The message carries the number and channel only, never the letter's words.
    expect(notes[0]!.params).toContain(filed.number);
    expect(notes[0]!.params).not.toContain("基层一线");
    const view = await getMyCase(writer, filed.id);
    expect(view).toMatchObject({ number: filed.number, status: "PENDING", canFollowUp: false, canConfirm: false });
    expect(view.due?.step).toBe("accept");
  });

  it.each(["PENDING", "REJECTED", "SUSPENDED"] as const)("a %s account is refused and nothing is written", async (status) => {
    const who = await makeUser({ status });
    expect(await refusal(fileTalk(who, letter(), ADDRESS))).toBe("authz:notApproved");
    expect(await db().case.count({ where: { writerId: who.id } })).toBe(0);
  });

  it("a visitor is refused", async () => {
    expect(await refusal(fileTalk(null, letter(), ADDRESS))).toBe("authz:unauthenticated");
  });

  it("at most OPENSELECT_LIMIT_CASES_PER_DAY (default 5) letters a Beijing day per account; the next day again", async () => {
    const writer = await makeUser();
    const day = new Date("2026-12-02T02:00:00Z"); // 10:00 北京时间
    for (let i = 0; i < 5; i++) await fileTalk(writer, letter(), { ...ADDRESS, now: new Date(day.getTime() + i * 60_000) });
    expect(await refusal(fileTalk(writer, letter(), { ...ADDRESS, now: new Date(day.getTime() + 3_600_000) }))).toBe(
      "errors.rateLimit.cases",
    );
    expect(await db().case.count({ where: { writerId: writer.id } })).toBe(5);
    // Another account from the same address is not held back by this one's letters.
    const other = await makeUser();
    expect(await refusal(fileTalk(other, letter(), { ...ADDRESS, now: new Date(day.getTime() + 3_600_000) }))).toBe("accepted");
    // 16:00 UTC is 00:00 of the next Beijing day.
    expect(await refusal(fileTalk(writer, letter(), { ...ADDRESS, now: new Date("2026-12-02T16:00:01Z") }))).toBe("accepted");
  });

  it("the same text twice in a Beijing day is refused (spaces aside), and the refusal does not use up a slot", async () => {
    const writer = await makeUser();
    const at = new Date("2026-12-03T01:00:00Z");
    const body = "建议在乡镇干部中推行轮岗交流，\n促进年轻干部成长。";
    await fileTalk(writer, letter({ body }), { ...ADDRESS, now: at });
    const again = fileTalk(writer, letter({ body: body.replace("，\n", "， "), title: "另一个标题" }), {
      ...ADDRESS,
      now: new Date(at.getTime() + 60_000),
    });
    expect(await refusal(again)).toBe("cases.errors.duplicate");
    // Four more letters still fit in the day: the refused one gave its slot back.
    for (let i = 0; i < 4; i++) await fileTalk(writer, letter(), { ...ADDRESS, now: new Date(at.getTime() + (i + 2) * 60_000) });
    expect(await db().case.count({ where: { writerId: writer.id } })).toBe(5);
    // Another writer may send the same words.
    expect(await refusal(fileTalk(await makeUser(), letter({ body }), { ...ADDRESS, now: at }))).toBe("accepted");
  });
});

describe("fileTalkAction (a crafted POST)", () => {
  const form = (over: Record<string, string> = {}) =>
    formData({ category: "EXCHANGE", title: "工作交流", body: `关于年轻干部培养的几点想法，第${++n}封。`, ...over });

  beforeEach(() => newClientAddress());

  it("an approved account lands on its letter's page with the confirmation", async () => {
    const writer = await makeUser();
    setCaller(writer);
    const out = await callAction(fileTalkAction as never, [{}, form()]);
    expect(out.kind).toBe("redirect");
    const id = (out as { to: string }).to.match(/^\/account\/cases\/([^?]+)\?filed=1$/)?.[1];
    expect(id).toBeTruthy();
    expect((await db().case.findUniqueOrThrow({ where: { id: id! } })).writerId).toBe(writer.id);
  });

  it.each([
    ["visitor", null, "errors.auth.unauthenticated"],
    ["pending", "PENDING", "errors.auth.notApproved"],
    ["suspended", "SUSPENDED", "errors.auth.suspended"],
  ] as const)("a %s is refused before anything is read", async (_, status, message) => {
    const who: Actor | null = status ? await makeUser({ status }) : null;
    setCaller(who);
    const before = await db().case.count();
    const out = await callAction(fileTalkAction as never, [{}, form()]);
    expect(out).toMatchObject({ kind: "returned", state: { message } });
    expect(await db().case.count()).toBe(before);
  });

  it("a category outside the list, an empty title and an over-long body are refused by field", async () => {
    setCaller(await makeUser());
    const out = await callAction(fileTalkAction as never, [{}, form({ category: "ADMIN", title: " ", body: "字".repeat(5001) })]);
    expect(out).toMatchObject({
      kind: "returned",
      state: { message: "errors.invalid", errors: { category: ["errors.invalid"], title: ["errors.required"], body: ["errors.tooLong"] } },
    });
  });
});
