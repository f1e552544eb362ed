// The inbox (消息), the notification preferences and unsubscribing from a mail's link, on a real
// database: paging and counts, marking read (only one's own), mark all read, mail per group,
// the digest hour for staff only, an account without email, the language of mail, and signed
// unsubscribe tokens (a forged or altered one refused). The actions are called as a crafted
// POST would call them (support/action-mocks.ts: only the session and the request are stand-ins).
import { newClientAddress, setCaller } from "./support/action-mocks";
import { db } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import type { Actor } from "@/lib/auth/actor";
import { notify, type NotifyEvent } from "@/lib/data/notify";
import * as inbox from "@/lib/data/inbox";
import { NotFoundError, DomainError } from "@/lib/data/errors";
import { unsubscribeToken } from "@/lib/notifications/unsubscribe-token";
import { preferencesInput, type PreferencesInput } from "@/lib/validation/inbox";
import { callAction, formData } from "./support/call-action";
import { outbox } from "./notifications-fixtures";
import { makeUser } from "./support/users";
import { markAllReadAction, markReadAction, openMessageAction } from "@/app/[locale]/(account)/account/messages/actions";
import { savePreferencesAction } from "@/app/[locale]/(account)/account/notifications/actions";
import { unsubscribeAction } from "@/app/[locale]/(public)/unsubscribe/[token]/actions";
import { setLocale } from "@/app/locale-actions";

jest.setTimeout(60_000);

const T0 = new Date("2026-03-02T01:00:00Z");

async function withEmail<A extends Actor>(a: A, email = `u${Math.random().toString(36).slice(2, 8)}@example.cn`): Promise<A> {
  await db().user.update({ where: { id: a.id }, data: { email } });
  return a;
}

/** `n` messages for `user`, one minute apart (the newest last), some sharing a timestamp. */
async function messages(user: Actor, n: number, sameTime = false) {
  for (let i = 0; i < n; i++) {
    const e: NotifyEvent = {
      userId: user.id,
      kind: "nomination.received",
      params: { receipt: `D2026030${i % 10}-ABCD${1000 + i}` },
      link: "/account/nominations",
    };
    await transaction((tx) => notify(tx, [e], sameTime ? T0 : new Date(T0.getTime() + i * 60_000)));
  }
}

const prefs = (over: Partial<Record<string, string>> = {}): PreferencesInput =>
  preferencesInput.parse({ mailAccount: "on", mailNomination: "on", mailVacancy: "on", mailDigest: "on", locale: "zh-CN", ...over });

/** The user's mails, once the worker has rendered those waiting (in the user's language as it is then). */
const mails = async (userId: string) => (await outbox(userId)).length;
const firstMail = async (userId: string) => (await outbox(userId))[0];

describe("the inbox", () => {
  it("pages newest first without repeating or skipping a message, even when many share a time", async () => {
    const user = await makeUser();
    await messages(user, 25, true);
    await messages(user, 20);
    const p1 = await inbox.listInbox(user, "zh-CN", { page: 1, filter: "all" });
    expect([p1.total, p1.pageCount, p1.rows.length, p1.unread]).toEqual([45, 3, 20, 45]);
    expect(p1.rows[0].createdAt.getTime()).toBe(T0.getTime() + 19 * 60_000);
    const p2 = await inbox.listInbox(user, "zh-CN", { page: "2", filter: "all" });
    const p3 = await inbox.listInbox(user, "zh-CN", { page: 3, filter: "all" });
    expect(p3.rows.length).toBe(5);
    expect(new Set([...p1.rows, ...p2.rows, ...p3.rows].map((r) => r.id)).size).toBe(45);
    // Garbage page numbers read as page 1.
    expect((await inbox.listInbox(user, "zh-CN", { page: "x", filter: "all" })).page).toBe(1);
  });

  it("renders each message in the page's language, with its link", async () => {
    const user = await makeUser();
    await messages(user, 1);
    const [zh] = (await inbox.listInbox(user, "zh-CN", { filter: "all" })).rows;
    const [en] = (await inbox.listInbox(user, "en", { filter: "all" })).rows;
    expect(zh.title).toBe("推荐已收到");
    expect(zh.body).toContain("回执编号 D20260300-ABCD1000");
    expect(en.title).not.toBe(zh.title);
    expect(en.body).toContain("D20260300-ABCD1000");
    expect(zh.link).toBe("/account/nominations");
  });

  it("counts unread and filters read / unread; marking read is one's own only (another's id is not found)", async () => {
    const [me, other] = [await makeUser(), await makeUser()];
    await messages(me, 3);
    await messages(other, 2);
    const mine = (await inbox.listInbox(me, "zh-CN", { filter: "all" })).rows;
    const theirs = (await inbox.listInbox(other, "zh-CN", { filter: "all" })).rows;

    await expect(inbox.markRead(me, theirs[0].id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(inbox.markRead(me, "cnotanid0000000000000000")).rejects.toBeInstanceOf(NotFoundError);
    expect(await inbox.unreadCount(other)).toBe(2);

    const first = new Date("2026-03-05T02:00:00Z");
    expect(await inbox.markRead(me, mine[1].id, first)).toEqual({ link: "/account/nominations" });
    await inbox.markRead(me, mine[1].id, new Date("2026-03-06T02:00:00Z"));
    expect((await db().notification.findUnique({ where: { id: mine[1].id } }))!.readAt).toEqual(first);

    expect(await inbox.unreadCount(me)).toBe(2);
    const unread = await inbox.listInbox(me, "zh-CN", { filter: "unread" });
    const read = await inbox.listInbox(me, "zh-CN", { filter: "read" });
    expect([unread.total, unread.unread, read.total]).toEqual([2, 2, 1]);
    expect(read.rows[0]).toMatchObject({ id: mine[1].id, read: true });
    expect(unread.rows.every((r) => !r.read)).toBe(true);
  });

  it("mark all read marks the caller's messages only, up to the newest the page showed", async () => {
    const [me, other] = [await makeUser(), await makeUser()];
    await messages(me, 4);
    await messages(other, 3);
    const shown = await inbox.listInbox(me, "zh-CN", { filter: "all" });
    const theirs = await inbox.listInbox(other, "zh-CN", { filter: "all" });
    await expect(inbox.markAllRead(me, theirs.newestId!)).rejects.toBeInstanceOf(NotFoundError);
    // A message that arrives after the page was shown stays unread.
    await transaction((tx) => notify(tx, [{ userId: me.id, kind: "account.restored" }], new Date(T0.getTime() + 3_600_000)));
    expect(await inbox.markAllRead(me, shown.newestId!)).toBe(4);
    expect(await inbox.markAllRead(me, shown.newestId!)).toBe(0);
    expect([await inbox.unreadCount(me), await inbox.unreadCount(other)]).toEqual([1, 3]);
  });

  it("the latest few for the account page, with the unread count", async () => {
    const user = await makeUser();
    await messages(user, 7);
    const latest = await inbox.latestMessages(user, "zh-CN");
    expect([latest.rows.length, latest.unread]).toEqual([5, 7]);
    expect(latest.rows[0].createdAt.getTime()).toBe(T0.getTime() + 6 * 60_000);
  });

  it("a link that is not a path on this site is never followed", async () => {
    const user = await makeUser();
    await transaction((tx) => notify(tx, [{ userId: user.id, kind: "account.approved", link: "//evil.example/x" }]));
    const [n] = (await inbox.listInbox(user, "zh-CN", { filter: "all" })).rows;
    expect(n.link).toBeNull();
    expect(await inbox.markRead(user, n.id)).toEqual({ link: null });
  });

  it("refuses visitors at the door", async () => {
    await expect(inbox.unreadCount(null)).rejects.toThrow(/unauthenticated/);
    await expect(inbox.listInbox(null, "zh-CN", { filter: "all" })).rejects.toThrow(/unauthenticated/);
    await expect(inbox.getPreferences(null)).rejects.toThrow(/unauthenticated/);
  });
});

describe("inbox actions (as a crafted POST calls them)", () => {
  beforeEach(() => newClientAddress());

  it("opening a message marks it read and goes where the user acts; someone else's reads as not found", async () => {
    const [me, other] = [await makeUser(), await makeUser()];
    await messages(me, 2);
    const [n] = (await inbox.listInbox(me, "zh-CN", { filter: "all" })).rows;
    setCaller(other);
    const refused = await callAction(openMessageAction as never, [{}, formData({ id: n.id })]);
    expect(refused).toEqual({ kind: "returned", state: expect.objectContaining({ message: "errors.notFound" }) });
    expect(await inbox.unreadCount(me)).toBe(2);

    setCaller(me);
    expect(await callAction(openMessageAction as never, [{}, formData({ id: n.id, filter: "unread", page: "1" })])).toEqual({
      kind: "redirect",
      to: "/account/nominations",
    });
    expect(await inbox.unreadCount(me)).toBe(1);
  });

  it("标为已读 and 全部标为已读 go back to the same view", async () => {
    const me = await makeUser({ status: "PENDING" });
    await messages(me, 3);
    const [n] = (await inbox.listInbox(me, "zh-CN", { filter: "all" })).rows;
    setCaller(me);
    expect(await callAction(markReadAction as never, [{}, formData({ id: n.id, filter: "unread", page: "2" })])).toEqual({
      kind: "redirect",
      to: "/account/messages?filter=unread&page=2",
    });
    // A forged place is no place: back to the first page of all.
    const { newestId } = await inbox.listInbox(me, "zh-CN", { filter: "all" });
    expect(await callAction(markAllReadAction as never, [{}, formData({ upTo: newestId!, filter: "//evil.example", page: "x" })])).toEqual({
      kind: "redirect",
      to: "/account/messages",
    });
    expect(await inbox.unreadCount(me)).toBe(0);
  });

  it("a suspended account may not mark anything", async () => {
    const me = await makeUser();
    await messages(me, 1);
    await db().user.update({ where: { id: me.id }, data: { status: "SUSPENDED" } });
    setCaller({ ...me, status: "SUSPENDED" });
    const { newestId } = await inbox.listInbox(me, "zh-CN", { filter: "all" });
    const out = await callAction(markAllReadAction as never, [{}, formData({ upTo: newestId! })]);
    expect(out).toEqual({ kind: "returned", state: expect.objectContaining({ message: "errors.auth.suspended" }) });
    expect(await inbox.unreadCount(me)).toBe(1);
  });
});

describe("preferences", () => {
  it("mail is on for every group by default; turning a group off stops its mail, never its inbox row", async () => {
    const user = await withEmail(await makeUser());
    const p = await inbox.getPreferences(user);
    expect(p.email).toMatch(/@example\.cn$/);
    expect(p.mail).toEqual([
      { group: "account", on: true },
      { group: "nomination", on: true },
      { group: "vacancy", on: true },
      { group: "case", on: true },
      { group: "training", on: true },
    ]);
    expect(p.digestHour).toBeNull();

    await inbox.savePreferences(user, prefs({ mailNomination: "" }));
    expect((await inbox.getPreferences(user)).mail.find((m) => m.group === "nomination")).toEqual({ group: "nomination", on: false });
    await messages(user, 1);
    expect(await mails(user.id)).toBe(0);
    expect(await inbox.unreadCount(user)).toBe(1);
    await transaction((tx) => notify(tx, [{ userId: user.id, kind: "account.restored", link: "/account" }]));
    expect(await mails(user.id)).toBe(1);

    await inbox.savePreferences(user, prefs());
    await messages(user, 1);
    expect(await mails(user.id)).toBe(2);
  });

  it("the digest and its hour are for staff only (a nominator's are ignored)", async () => {
    const nominator = await withEmail(await makeUser());
    await inbox.savePreferences(nominator, prefs({ mailDigest: "", digestHour: "6" }));
    expect(await db().notificationPreference.count({ where: { userId: nominator.id, group: "digest" } })).toBe(0);
    expect((await db().user.findUnique({ where: { id: nominator.id } }))!.digestHour).toBeNull();

    const reviewer = await withEmail(await makeUser({ role: "REVIEWER" }));
    const before = await inbox.getPreferences(reviewer);
    expect(before.mail.map((m) => m.group)).toEqual(["account", "nomination", "vacancy", "case", "training", "digest"]);
    expect(before.digestHour).toBe(8);
    await inbox.savePreferences(reviewer, prefs({ mailDigest: "", digestHour: "17" }));
    const after = await inbox.getPreferences(reviewer);
    expect([after.digestHour, after.mail.find((m) => m.group === "digest")!.on]).toEqual([17, false]);
    // Saving without an hour keeps the one chosen.
    await inbox.savePreferences(reviewer, prefs());
    expect((await inbox.getPreferences(reviewer)).digestHour).toBe(17);
  });

  it("the digest hour is a whole hour 0–23 written in digits; a mail box is ticked or not sent", () => {
    for (const h of ["0", "9", "09", "23"]) expect(preferencesInput.safeParse({ locale: "en", digestHour: h }).success).toBe(true);
    for (const h of ["24", "-1", "0x10", "1e1", "7.5", "８"])
      expect([h, preferencesInput.safeParse({ locale: "en", digestHour: h }).success]).toEqual([h, false]);
    expect(preferencesInput.safeParse({ locale: "en", mailAccount: "off" }).success).toBe(false);
    expect(preferencesInput.safeParse({ locale: "zh-cn" }).success).toBe(false);
  });

  it("an account without email gets in-app messages only: no mail written, no mail settings stored", async () => {
    const user = await makeUser();
    const p = await inbox.getPreferences(user);
    expect(p.email).toBeNull();
    await inbox.savePreferences(user, prefs({ mailAccount: "", locale: "en" }));
    expect(await db().notificationPreference.count({ where: { userId: user.id } })).toBe(0);
    expect((await db().user.findUnique({ where: { id: user.id } }))!.locale).toBe("en");
    await messages(user, 2);
    expect([await inbox.unreadCount(user), await mails(user.id)]).toEqual([2, 0]);
  });

  it("the language of mail: chosen in the settings, or with the site's language switch", async () => {
    const user = await withEmail(await makeUser());
    newClientAddress();
    setCaller(user);
    const saved = await callAction(savePreferencesAction as never, [
      {},
      formData({ mailAccount: "on", mailNomination: "on", mailVacancy: "on", locale: "en" }),
    ]);
    expect(saved).toEqual({ kind: "returned", state: expect.objectContaining({ ok: true, message: "inbox.prefs.saved" }) });
    await transaction((tx) => notify(tx, [{ userId: user.id, kind: "account.approved", link: "/account" }]));
    const mail = await firstMail(user.id);
    expect(mail!.subject).not.toMatch(/[\u4e00-\u9fff]{4}/);

    // The switch (mocked request: the page is zh-CN, so it switches to en; a visitor stores nothing).
    await db().user.update({ where: { id: user.id }, data: { locale: "zh-CN" } });
    await callAction(setLocale as never, [{}, formData({})]);
    expect((await db().user.findUnique({ where: { id: user.id } }))!.locale).toBe("en");
    setCaller(null);
    expect((await callAction(setLocale as never, [{}, formData({})])).kind).toBe("redirect");
  });
});

describe("unsubscribing from a mail's link", () => {
  it("shows what the link stands for, turns that group's mail off (by POST only), and says so after", async () => {
    const user = await withEmail(await makeUser());
    const token = unsubscribeToken(user.id, "nomination");
    expect(await inbox.unsubscribeTarget(token)).toEqual({ group: "nomination", off: false });
    expect(await db().notificationPreference.count({ where: { userId: user.id } })).toBe(0); // looking changed nothing

    setCaller(null);
    newClientAddress();
    expect(await callAction(unsubscribeAction as never, [{}, formData({ token })])).toEqual({
      kind: "redirect",
      to: `/unsubscribe/${token}`,
    });
    expect(await inbox.unsubscribeTarget(token)).toEqual({ group: "nomination", off: true });
    await messages(user, 1);
    expect(await mails(user.id)).toBe(0);
    // Other groups still mail; doing it twice is harmless.
    await transaction((tx) => notify(tx, [{ userId: user.id, kind: "account.restored" }]));
    expect(await mails(user.id)).toBe(1);
    await inbox.unsubscribe(token);
  });

  it("refuses a forged or altered token, and one for an account that does not exist", async () => {
    const [user, other] = [await withEmail(await makeUser()), await makeUser()];
    const good = unsubscribeToken(user.id, "account");
    const [body, sig] = good.split("~");
    const forged = [
      `${Buffer.from(`${other.id}.account`).toString("base64url")}~${sig}`, // someone else, same signature
      `${Buffer.from(`${user.id}.nomination`).toString("base64url")}~${sig}`, // another group
      `${body}~${sig.slice(0, -2)}${sig.endsWith("AA") ? "BB" : "AA"}`, // signature altered
      `${body}~${unsubscribeToken(other.id, "account").split("~")[1]}`, // another user's signature
    ];
    for (const t of forged) {
      expect(await inbox.unsubscribeTarget(t)).toBeNull();
      await expect(inbox.unsubscribe(t)).rejects.toBeInstanceOf(DomainError);
      setCaller(null);
      const out = await callAction(unsubscribeAction as never, [{}, formData({ token: t })]);
      expect(out).toEqual({ kind: "returned", state: expect.objectContaining({ message: "inbox.unsubscribe.invalid" }) });
    }
    const gone = unsubscribeToken("cnosuchuser000000000000", "account");
    expect(await inbox.unsubscribeTarget(gone)).toBeNull();
    await expect(inbox.unsubscribe(gone)).rejects.toThrow("inbox.unsubscribe.invalid");
    expect(await db().notificationPreference.count({ where: { userId: { in: [user.id, other.id] } } })).toBe(0);
  });

  it("the links in written mail work (the outbox's unsubscribe link is this page's)", async () => {
    const user = await withEmail(await makeUser());
    await transaction((tx) => notify(tx, [{ userId: user.id, kind: "vacancy.closed", params: { post: "区发改局副局长" } }]));
    const mail = await firstMail(user.id);
    const token = /\/unsubscribe\/([A-Za-z0-9_~.-]+)/.exec(mail!.text)![1];
    expect(await inbox.unsubscribeTarget(token)).toEqual({ group: "vacancy", off: false });
  });
});
