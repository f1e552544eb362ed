// What a signed-in page reads per request (issue 14): the session is read from the cookie and
// checked against the account once (lib/auth/session.ts actorFromCookies), without next-auth's
// whole session handler; the account row is read once for the jwt check, the actor and the
// consent gate; the console menu counts open cases with one query. The guarantees stay: an ended
// session, a suspended account, a forged cookie and a staff session owing its second factor are
// each refused on the very next request.
import { db } from "@/lib/db/client";
import { actorFromCookies } from "@/lib/auth/session";
import { suspendUser } from "@/lib/data/accounts";
import { caseCounts, openCaseCount } from "@/lib/data/cases/console";
import { needsConsent } from "@/lib/data/consent";
import { Browser } from "./support/auth-flow";
import { makeCase } from "./support/case-world";
import { FIXTURE_PASSWORD, makeUser } from "./support/users";

jest.setTimeout(60_000);

let net = 0;
const address = () => `198.19.${Math.floor(net / 250)}.${(net++ % 250) + 1}`;

async function signedIn(u: { phone: string }): Promise<Browser> {
  const b = new Browser(address());
  expect((await b.signIn(u.phone, FIXTURE_PASSWORD)).ok).toBe(true);
  return b;
}

const jar = (b: Browser) => Object.fromEntries(b.cookies);

describe("the pages' own read of the session cookie", () => {
  it("stands for the signed-in user, read fresh from the database", async () => {
    const u = await makeUser({ realName: "会话读取甲" });
    const b = await signedIn(u);
    expect(await actorFromCookies(jar(b))).toEqual({ id: u.id, realName: "会话读取甲", role: "NOMINATOR", status: "APPROVED" });
    // A change to the account shows on the next request, not when the cookie is renewed.
    await db().user.update({ where: { id: u.id }, data: { realName: "会话读取乙" } });
    expect(await actorFromCookies(jar(b))).toMatchObject({ realName: "会话读取乙" });
  });

  it("no cookie, a forged one or another site's name is no session", async () => {
    expect(await actorFromCookies({})).toBeNull();
    expect(await actorFromCookies({ "next-auth.session-token": "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..x.y.z" })).toBeNull();
    const b = await signedIn(await makeUser());
    const token = b.cookies.get("next-auth.session-token")!;
    const flipped = token.slice(0, -4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
    expect(await actorFromCookies({ "next-auth.session-token": flipped })).toBeNull();
  });

  it("sign-out ends it at once, for every copy of the cookie", async () => {
    const u = await makeUser();
    const b = await signedIn(u);
    const stolen = jar(b);
    expect(await actorFromCookies(stolen)).toMatchObject({ id: u.id });
    await b.signOut();
    expect(await actorFromCookies(stolen)).toBeNull();
  });

  it("a suspended account loses its next page", async () => {
    const admin = await makeUser({ role: "ADMIN" });
    const u = await makeUser();
    const b = await signedIn(u);
    const before = jar(b);
    expect(await actorFromCookies(before)).not.toBeNull();
    await suspendUser(admin, u.id, "测试暂停");
    expect(await actorFromCookies(before)).toBeNull();
  });

  it("a staff session owes its second factor until the server marks it passed", async () => {
    const staff = await makeUser({ role: "REVIEWER" });
    const b = await signedIn(staff);
    expect(await actorFromCookies(jar(b))).toMatchObject({ id: staff.id, role: "REVIEWER", secondFactor: "enrol" });
    await db().user.update({ where: { id: staff.id }, data: { totpEnabledAt: new Date() } });
    expect(await actorFromCookies(jar(b))).toMatchObject({ secondFactor: "verify" });
  });

  it("the consent gate reads the same account: a new statement version asks again at once", async () => {
    const u = await makeUser();
    expect(await needsConsent(u.id)).toBe(false);
    await db().user.update({ where: { id: u.id }, data: { consentVersion: "2000-01-01" } });
    expect(await needsConsent(u.id)).toBe(true);
  });
});

describe("the console menu's count", () => {
  it("is caseCounts' open figure, with the cases about the staff member left out", async () => {
    const reviewer = await makeUser({ role: "REVIEWER", realName: "菜单计数甲" });
    const about = await makeUser({ role: "REVIEWER", realName: "菜单被反映" });
    await makeCase();
    await makeCase({ subjectName: "菜单被反映" });
    for (const a of [reviewer, about]) {
      const counts = await caseCounts(a);
      expect(counts.open).toBeGreaterThan(0);
      expect(await openCaseCount(a)).toBe(counts.open);
    }
    expect((await caseCounts(reviewer)).open - (await caseCounts(about)).open).toBeGreaterThanOrEqual(1);
    expect(await openCaseCount(await makeUser())).toBeNull();
  });
});
