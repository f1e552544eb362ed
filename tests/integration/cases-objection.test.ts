// 公示反映: an objection to one person of a published 任职前公示, accepted from the first day
// 00:00:00 to the last day 23:59:59 Beijing time and refused a second either side (the data
// layer reads the clock at the moment of filing); anonymous (查询码, never an account) or under
// an approved account's real name; and the check the 任免 step makes (objectionBlocks).
import { newClientAddress, setCaller } from "./support/action-mocks";
import { db } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import type { Actor } from "@/lib/auth/actor";
import * as notices from "@/lib/data/notices";
import { caseIdByQueryCode, moveCase } from "@/lib/data/cases/engine";
import { fileObjection, objectionTarget } from "@/lib/data/cases/objection";
import { objectionBlocks } from "@/lib/data/cases/objections";
import type { ObjectionInput } from "@/lib/validation/cases-channels";
import { fileAnonymousObjectionAction, fileObjectionAction } from "@/app/[locale]/(public)/notices/[id]/object/actions";
import { activePreNotice, publishedPreNotice, type PublishedNotice } from "./support/channels-world";
import { makeUser } from "./support/users";
import { generalNoticeInput, preNoticeInput } from "./boards-fixtures";
import { callAction, formData } from "./support/call-action";
import { solvedChallenge } from "./support/challenge";
import { fileOf, samples } from "../helpers/sample-files";

jest.setTimeout(60_000);

const at = (iso: string) => new Date(iso);
const QUERY_CODE = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/;

let staff: Actor;
let approved: Actor;
let pending: Actor;
// Mon 2026-12-14 … Fri 2026-12-18: five working days, published the Thursday before.
let notice: PublishedNotice;

let letters = 0;
const body = () => `反映该同志在港口规划处工作期间违规插手工程招投标，第${++letters}条线索，请组织核查。`;
const objection = (n: PublishedNotice, person = 0, text = body()): ObjectionInput => ({
  noticeId: n.id,
  noticeEntryId: n.entries[person]!.id,
  body: text,
});
let addresses = 0;
const anon = (now: Date) => ({ address: `203.0.113.${++addresses}`, anonymous: true, now });

beforeAll(async () => {
  staff = await makeUser({ role: "ADMIN", realName: "管理员甲" });
  approved = await makeUser({ realName: "实名人乙" });
  pending = await makeUser({ status: "PENDING", realName: "待审核丙" });
  notice = await publishedPreNotice(staff, "2026-12-14", at("2026-12-10T02:00:00Z"));
});

describe("the period, to the second (Beijing time)", () => {
  test("one second before the first day: refused with cases.errors.notInPeriod, nothing written", async () => {
    // 2026-12-13 23:59:59 Beijing.
    await expect(fileObjection(null, objection(notice), anon(at("2026-12-13T15:59:59Z")))).rejects.toMatchObject({
      messageKey: "cases.errors.notInPeriod",
    });
    expect(await db().case.count({ where: { noticeId: notice.id } })).toBe(0);
  });

  test("at the first day's 00:00:00: accepted, about the one person named", async () => {
    const filed = await fileObjection(null, objection(notice, 1), anon(at("2026-12-13T16:00:00Z")));
    expect(filed.number).toBe("FY20261214-0001");
    const c = await db().case.findUniqueOrThrow({ where: { id: filed.id } });
    expect(c).toMatchObject({
      kind: "OBJECTION",
      status: "PENDING",
      noticeId: notice.id,
      noticeEntryId: notice.entries[1]!.id,
      subjectName: "林晓燕",
    });
  });

  test("on the last day at 23:59:59: accepted", async () => {
    const filed = await fileObjection(null, objection(notice, 0), anon(at("2026-12-18T15:59:59Z")));
    const c = await db().case.findUniqueOrThrow({ where: { id: filed.id } });
    expect(c).toMatchObject({ noticeEntryId: notice.entries[0]!.id, subjectName: "周海波" });
  });

  test("one second after the last day: refused, also under a real name", async () => {
    const before = await db().case.count();
    await expect(fileObjection(null, objection(notice), anon(at("2026-12-18T16:00:00Z")))).rejects.toMatchObject({
      messageKey: "cases.errors.notInPeriod",
    });
    await expect(
      fileObjection(approved, objection(notice), { address: "203.0.113.250", anonymous: false, now: at("2026-12-18T16:00:00Z") }),
    ).rejects.toMatchObject({ messageKey: "cases.errors.notInPeriod" });
    expect(await db().case.count()).toBe(before);
  });

  test("the form's view of the notice follows the same clock", async () => {
    expect((await objectionTarget(notice.id, at("2026-12-13T15:59:59Z")))!.state).toBe("UPCOMING");
    expect((await objectionTarget(notice.id, at("2026-12-13T16:00:00Z")))!.state).toBe("ACTIVE");
    expect((await objectionTarget(notice.id, at("2026-12-18T15:59:59Z")))!.state).toBe("ACTIVE");
    expect((await objectionTarget(notice.id, at("2026-12-18T16:00:00Z")))!.state).toBe("ENDED");
  });
});

describe("who writes", () => {
  const inPeriod = at("2026-12-15T03:00:00Z");

  test("anonymous: a 查询码 once, no account recorded, found by the code", async () => {
    const filed = await fileObjection(null, objection(notice), anon(inPeriod));
    expect(filed.queryCode).toMatch(QUERY_CODE);
    const c = await db().case.findUniqueOrThrow({ where: { id: filed.id }, include: { messages: true } });
    expect(c).toMatchObject({ writerId: null, anonymous: true });
    expect(c.queryCodeHash).toBeTruthy();
    expect(c.queryCodeHash).not.toContain(filed.queryCode!.replaceAll("-", ""));
    expect(c.messages.map((m) => [m.type, m.authorId])).toEqual([["WRITER", null]]);
    expect(await transaction((tx) => caseIdByQueryCode(tx, filed.queryCode!.toLowerCase()))).toBe(filed.id);
  });

  test("a signed-in approved user who chooses anonymous: no account anywhere on the case, its thread or its audit entry", async () => {
    const filed = await fileObjection(approved, objection(notice), anon(inPeriod));
    expect(filed.queryCode).toMatch(QUERY_CODE);
    const c = await db().case.findUniqueOrThrow({ where: { id: filed.id }, include: { messages: true } });
    expect(c).toMatchObject({ writerId: null, anonymous: true });
    expect(c.messages.every((m) => m.authorId === null)).toBe(true);
    const audit = await db().auditLog.findMany({ where: { entityType: "Case", entityId: filed.id } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([["case.file", null]]);
    expect(JSON.stringify(audit)).not.toContain(approved.id);
    expect(await db().notification.count({ where: { userId: approved.id } })).toBe(0);
  });

  test("real name: an approved account is the writer, no 查询码, told in the inbox", async () => {
    const filed = await fileObjection(approved, objection(notice, 1), { address: "203.0.113.200", anonymous: false, now: inPeriod });
    expect(filed.queryCode).toBeNull();
    const c = await db().case.findUniqueOrThrow({ where: { id: filed.id } });
    expect(c).toMatchObject({ writerId: approved.id, anonymous: false, queryCodeHash: null, subjectName: "林晓燕" });
    expect(await db().notification.count({ where: { userId: approved.id, kind: "case.received" } })).toBe(1);
  });

  test("real name is refused to a pending account and to a visitor; nothing written", async () => {
    const before = await db().case.count();
    await expect(
      fileObjection(pending, objection(notice), { address: "203.0.113.201", anonymous: false, now: inPeriod }),
    ).rejects.toMatchObject({
      code: "notApproved",
    });
    await expect(
      fileObjection(null, objection(notice), { address: "203.0.113.201", anonymous: false, now: inPeriod }),
    ).rejects.toMatchObject({
      code: "unauthenticated",
    });
    expect(await db().case.count()).toBe(before);
  });
});

describe("which notices take objections", () => {
  const inPeriod = at("2026-12-15T03:00:00Z");

  test("a general notice: refused", async () => {
    const { id } = await notices.createNotice(staff, generalNoticeInput());
    await notices.publishNotice(staff, id, at("2026-12-10T02:00:00Z"));
    await expect(
      fileObjection(null, { noticeId: id, noticeEntryId: notice.entries[0]!.id, body: body() }, anon(inPeriod)),
    ).rejects.toMatchObject({ messageKey: "objection.errors.notPreAppointment" });
    expect(await objectionTarget(id, inPeriod)).toBeNull();
  });

  test("a draft 任职前公示 (not public): refused as not found, even in its dates", async () => {
    const { id } = await notices.createNotice(staff, preNoticeInput("2026-12-14"));
    const entry = await db().noticeEntry.findFirstOrThrow({ where: { noticeId: id } });
    await expect(fileObjection(null, { noticeId: id, noticeEntryId: entry.id, body: body() }, anon(inPeriod))).rejects.toMatchObject({
      messageKey: "errors.notFound",
    });
    expect(await objectionTarget(id, inPeriod)).toBeNull();
    expect(await db().case.count({ where: { noticeId: id } })).toBe(0);
  });

  test("a person of another notice: refused on the person field", async () => {
    const other = await notices.createNotice(staff, preNoticeInput("2026-12-14"));
    const foreign = await db().noticeEntry.findFirstOrThrow({ where: { noticeId: other.id } });
    await expect(
      fileObjection(null, { noticeId: notice.id, noticeEntryId: foreign.id, body: body() }, anon(inPeriod)),
    ).rejects.toMatchObject({ messageKey: "errors.invalid", fieldErrors: { noticeEntryId: ["objection.errors.noSuchPerson"] } });
  });
});

describe("objectionBlocks: the check before a person's 任免 is published", () => {
  const inPeriod = at("2026-12-22T03:00:00Z");
  let blocksNotice: PublishedNotice;
  beforeAll(async () => {
    // Mon 2026-12-21 … Fri 12-25.
    blocksNotice = await publishedPreNotice(staff, "2026-12-21", at("2026-12-17T02:00:00Z"));
  });
  const file = (person: number) => fileObjection(null, objection(blocksNotice, person), anon(inPeriod));
  const move = (id: string, to: "ACCEPTED" | "DISMISSED" | "CLOSED", patch?: { verdict: string; conclusion: string }) =>
    transaction(async (tx) => {
      const c = await tx.case.findUniqueOrThrow({ where: { id } });
      await moveCase(tx, c, { actor: staff, to, patch, action: `case.test.${to}` }, inPeriod);
    });
  const blocks = (person: number) => objectionBlocks(db(), blocksNotice.entries[person]!.id);

  test("no objection: not blocked", async () => {
    expect(await blocks(0)).toEqual({ blocked: false, open: 0, conclusion: null });
  });

  test("open (待受理, then 已受理) blocks; 不影响任职 clears; 暂缓任职 and 不予任职 block; 不予受理 does not; the other person is unaffected", async () => {
    const first = await file(0);
    expect(await blocks(0)).toEqual({ blocked: true, open: 1, conclusion: null });
    expect(await blocks(1)).toEqual({ blocked: false, open: 0, conclusion: null });

    await move(first.id, "ACCEPTED");
    expect(await blocks(0)).toEqual({ blocked: true, open: 1, conclusion: null });

    await move(first.id, "CLOSED", { verdict: "UNFOUNDED", conclusion: "NO_EFFECT" });
    expect(await blocks(0)).toEqual({ blocked: false, open: 0, conclusion: "NO_EFFECT" });

    const dismissed = await file(0);
    await move(dismissed.id, "DISMISSED");
    expect(await blocks(0)).toEqual({ blocked: false, open: 0, conclusion: "NO_EFFECT" });

    const deferred = await file(0);
    await move(deferred.id, "ACCEPTED");
    await move(deferred.id, "CLOSED", { verdict: "PARTLY", conclusion: "DEFER" });
    expect(await blocks(0)).toEqual({ blocked: true, open: 0, conclusion: "DEFER" });

    const refused = await file(1);
    await move(refused.id, "ACCEPTED");
    await move(refused.id, "CLOSED", { verdict: "FOUNDED", conclusion: "REFUSE" });
    expect(await blocks(1)).toEqual({ blocked: true, open: 0, conclusion: "REFUSE" });
    expect(await transaction((tx) => objectionBlocks(tx, blocksNotice.entries[1]!.id))).toEqual({
      blocked: true,
      open: 0,
      conclusion: "REFUSE",
    });
  });
});

describe("through the form's actions (real clock, a notice in its period today)", () => {
  let live: PublishedNotice;
  beforeAll(async () => {
    live = await activePreNotice(staff);
  });
  const form = (extra: Record<string, string | Blob | (string | Blob)[]> = {}) =>
    formData({ noticeId: live.id, noticeEntryId: live.entries[0]!.id, body: body(), ...extra });

  test("anonymous without a solved challenge: refused, nothing written", async () => {
    newClientAddress();
    setCaller(null);
    const before = await db().case.count();
    const out = await callAction(fileAnonymousObjectionAction as never, [{}, form()]);
    expect(out).toMatchObject({ kind: "returned", state: { message: "errors.challenge" } });
    expect(await db().case.count()).toBe(before);
  });

  test("anonymous by an approved user: the state carries the 查询码 once, the case no account", async () => {
    newClientAddress();
    setCaller(approved);
    const out = await callAction(fileAnonymousObjectionAction as never, [{}, form({ altcha: await solvedChallenge() })]);
    expect(out.kind).toBe("returned");
    const state = (out as { state: { ok?: boolean; message?: string; filed?: { number: string; queryCode: string; caseId: null } } }).state;
    expect(state).toMatchObject({ ok: true, message: "objection.filed", filed: { caseId: null } });
    expect(state.filed!.queryCode).toMatch(QUERY_CODE);
    const c = await db().case.findUniqueOrThrow({ where: { number: state.filed!.number } });
    expect(c).toMatchObject({ writerId: null, anonymous: true });
  });

  test("real name by a pending account: refused with errors.auth.notApproved", async () => {
    setCaller(pending);
    const out = await callAction(fileObjectionAction as never, [{}, form()]);
    expect(out).toMatchObject({ kind: "returned", state: { message: "errors.auth.notApproved" } });
  });

  test("real name by an approved account, with a PDF: the case is theirs, no 查询码, the file stored", async () => {
    setCaller(approved);
    const out = await callAction(fileObjectionAction as never, [
      {},
      form({ attachments: fileOf(samples.pdf(), "线索.pdf", "application/pdf") }),
    ]);
    const state = (out as { state: { ok?: boolean; filed?: { number: string; queryCode: null; caseId: string } } }).state;
    expect(state).toMatchObject({ ok: true, filed: { queryCode: null } });
    const c = await db().case.findUniqueOrThrow({ where: { id: state.filed!.caseId }, include: { attachments: true } });
    expect(c.writerId).toBe(approved.id);
    expect(c.attachments.map((a) => [a.fileName, a.mimeType])).toEqual([["线索.pdf", "application/pdf"]]);
  });

  test("a file that is not an image or PDF: refused, nothing written", async () => {
    setCaller(approved);
    const before = await db().case.count();
    const out = await callAction(fileObjectionAction as never, [{}, form({ attachments: fileOf(samples.html(), "scan.jpg") })]);
    expect(out.kind).toBe("returned");
    expect((out as { state: { ok?: boolean } }).state.ok).toBeUndefined();
    expect(await db().case.count()).toBe(before);
  });
});
