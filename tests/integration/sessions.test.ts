// 修改密码, the sign-in history and 退出所有设备 against a real database and next-auth's own handler:
// a password change ends the other sessions (a token of the old sessionVersion is refused) while
// the changing session is re-issued and stays; each successful sign-in is recorded with its
// address and browser and shown to its owner only; old sign-ins are trimmed; sign out everywhere
// ends them all.
import "./support/action-mocks";
import { newClientAddress, setCaller } from "./support/action-mocks";
import { cookies } from "next/headers";
import { db } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { actorFromSession } from "@/lib/auth/session";
import { changeOwnPassword, listOwnSignIns, recordSignInEvent, SIGN_INS_KEPT } from "@/lib/data/sessions";
import { sessionCookieName } from "@/lib/auth/reissue-session";
import { changePasswordAction, signOutEverywhereAction } from "@/app/[locale]/(account)/account/security/actions";
import { AuthzError } from "@/lib/auth/actor";
import { Browser } from "./support/auth-flow";
import { callAction, formData } from "./support/call-action";
import { FIXTURE_PASSWORD, makeUser } from "./support/users";

jest.setTimeout(60_000);

const NEW_PASSWORD = "Haidao-Qingfeng-2026";
const CHROME_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const WECHAT_IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.49 NetType/WIFI Language/zh_CN";

async function signedIn(phone: string, userAgent?: string, password = FIXTURE_PASSWORD) {
  const b = new Browser(newClientAddress());
  b.userAgent = userAgent;
  expect((await b.signIn(phone, password)).ok).toBe(true);
  return b;
}

const COOKIE = sessionCookieName(false);

describe("修改密码", () => {
  test("ends the other sessions — a token of the old version is refused — and keeps the changing one signed in", async () => {
    const u = await makeUser();
    const here = await signedIn(u.phone);
    const phone = await signedIn(u.phone);
    const stolen = phone.snapshot();
    const oldVersion = (await here.session()).user!.ver!;
    expect(await actorFromSession(await here.session())).toMatchObject({ id: u.id });

    // The action runs with this browser's cookie, as the request from the page would.
    const jar = await cookies();
    jar.set(COOKIE, here.cookies.get(COOKIE)!);
    setCaller(u);
    const out = await callAction(changePasswordAction as never, [
      {},
      formData({ currentPassword: FIXTURE_PASSWORD, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
    ]);
    expect(out).toMatchObject({ kind: "returned", state: { ok: true, message: "accountSecurity.change.done" } });

    // Every token of the old version is refused, the changing browser's old cookie too…
    expect(await phone.session()).toEqual({});
    expect(await stolen.session()).toEqual({});
    expect(await here.snapshot().session()).toEqual({});
    expect(await actorFromSession({ user: { id: u.id, ver: oldVersion } })).toBeNull();
    // …while the re-issued cookie (the action's answer) carries the new version and is signed in.
    const reissued = new Browser(here.address);
    reissued.cookies.set(COOKIE, jar.get(COOKIE)!.value);
    const session = await reissued.session();
    expect(session.user).toMatchObject({ id: u.id, ver: oldVersion + 1 });
    expect(await actorFromSession(session)).toMatchObject({ id: u.id });

    // The new password signs in, the old one no longer; audited; the person is told.
    expect((await new Browser(newClientAddress()).signIn(u.phone, FIXTURE_PASSWORD)).ok).toBe(false);
    expect((await new Browser(newClientAddress()).signIn(u.phone, NEW_PASSWORD)).ok).toBe(true);
    expect(await db().auditLog.count({ where: { action: "auth.passwordChanged", entityId: u.id, actorId: u.id } })).toBe(1);
    expect(await db().notification.count({ where: { userId: u.id, kind: "security.passwordChanged" } })).toBe(1);
  });

  test("a wrong current password changes nothing and ends no session", async () => {
    const u = await makeUser();
    const b = await signedIn(u.phone);
    await expect(changeOwnPassword(u, { currentPassword: "Not-The-Password-1", password: NEW_PASSWORD })).rejects.toMatchObject({
      fieldErrors: { currentPassword: ["accountSecurity.errors.wrongPassword"] },
    });
    await expect(changeOwnPassword(u, { currentPassword: FIXTURE_PASSWORD, password: "1234567890" })).rejects.toMatchObject({
      fieldErrors: { password: ["errors.password.common"] },
    });
    // The person's own phone number inside the new password is refused too.
    await expect(changeOwnPassword(u, { currentPassword: FIXTURE_PASSWORD, password: `Mima${u.phone}` })).rejects.toMatchObject({
      fieldErrors: { password: ["errors.password.personal"] },
    });
    expect((await b.session()).user?.id).toBe(u.id);
    expect(await changeOwnPassword(null, { currentPassword: FIXTURE_PASSWORD, password: NEW_PASSWORD }).catch((e) => e)).toBeInstanceOf(
      AuthzError,
    );
  });
});

describe("the sign-in history", () => {
  test("each successful sign-in is recorded with its address and browser; a failed one is not", async () => {
    const u = await makeUser();
    const office = await signedIn(u.phone, CHROME_WINDOWS);
    await signedIn(u.phone, WECHAT_IPHONE);
    expect((await new Browser(newClientAddress()).signIn(u.phone, "Wrong-Password-9")).ok).toBe(false);
    const rows = await listOwnSignIns(u);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ browser: "WeChat", os: "iOS", mobile: true });
    expect(rows[1]).toMatchObject({ browser: "Chrome", os: "Windows", mobile: false, address: office.address });
    expect(rows[0].at.getTime()).toBeGreaterThanOrEqual(rows[1].at.getTime());
  });

  test("shown to their owner only", async () => {
    const owner = await makeUser();
    const other = await makeUser();
    await signedIn(owner.phone, CHROME_WINDOWS);
    expect(await listOwnSignIns(other)).toEqual([]);
    await expect(listOwnSignIns(null)).rejects.toBeInstanceOf(AuthzError);
    expect(await listOwnSignIns(owner)).toHaveLength(1);
  });

  test(`only the newest ${SIGN_INS_KEPT} are kept`, async () => {
    const u = await makeUser();
    const t0 = Date.now() - 3600_000;
    for (let i = 0; i < SIGN_INS_KEPT + 5; i++) {
      await transaction((tx) =>
        recordSignInEvent(tx, { userId: u.id, at: new Date(t0 + i * 1000), address: `198.51.100.${i}`, userAgent: null }),
      );
    }
    const kept = await db().signInEvent.findMany({ where: { userId: u.id }, orderBy: { at: "asc" } });
    expect(kept).toHaveLength(SIGN_INS_KEPT);
    expect(kept[0].address).toBe("198.51.100.5");
  });
});

test("退出所有设备 ends every session, this one included, and is audited", async () => {
  const u = await makeUser();
  const a = await signedIn(u.phone);
  const b = await signedIn(u.phone);
  setCaller(u);
  // A post without the button's confirmation ends nothing.
  expect(await callAction(signOutEverywhereAction as never, [{}, formData({})])).toMatchObject({
    kind: "returned",
    state: { message: "errors.invalid" },
  });
  expect((await a.session()).user?.id).toBe(u.id);
  const out = await callAction(signOutEverywhereAction as never, [{}, formData({ confirm: "1" })]);
  expect(out).toEqual({ kind: "redirect", to: "/login" });
  expect(await a.session()).toEqual({});
  expect(await b.session()).toEqual({});
  expect(await db().auditLog.count({ where: { action: "auth.signOutEverywhere", entityId: u.id } })).toBe(1);
  // Signing in again works.
  expect((await (await signedIn(u.phone)).session()).user?.id).toBe(u.id);
});
