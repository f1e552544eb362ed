// The unsubscribe link in every mail must reach its page: proxy.ts routes only paths that do
// not look like a file ("….abc" at the end is served as a static file), so the token may hold
// no dot. With a "." between its body and its signature, about a quarter of all tokens (those
// whose signature has no "-" or "_") ended in what looked like a file extension and got a 404.
import { config } from "@/proxy";
import { readUnsubscribeToken, unsubscribeToken } from "@/lib/notifications/unsubscribe-token";

process.env.OPENSELECT_DEMO = "0";
process.env.AUTH_SECRET ??= "test-auth-secret-0123456789abcdef";
process.env.OPENSELECT_ENCRYPTION_KEY ??= Buffer.alloc(32, 7).toString("base64");
process.env.OPENSELECT_HASH_KEY ??= Buffer.alloc(32, 9).toString("base64");
process.env.OPENSELECT_AUDIT_KEY ??= Buffer.alloc(32, 11).toString("base64");

/** Next's matcher for a plain pattern without named parameters: the pattern, anchored. */
const routed = (path: string) => config.matcher.some((m) => new RegExp(`^${m}$`).test(path));

describe("unsubscribe links", () => {
  it("the proxy routes the pattern as expected (a page yes, a file no)", () => {
    expect(routed("/account/messages")).toBe(true);
    expect(routed("/icon.svg")).toBe(false);
  });

  it("every token's page is routed by the proxy (200 users × 4 groups)", () => {
    const missed: string[] = [];
    for (let i = 0; i < 200; i++) {
      for (const group of ["account", "nomination", "vacancy", "digest"] as const) {
        const token = unsubscribeToken(`cm${i.toString(36).padStart(6, "0")}user${i}`, group);
        if (!routed(`/unsubscribe/${token}`)) missed.push(token);
        expect(readUnsubscribeToken(token)).toEqual({ userId: `cm${i.toString(36).padStart(6, "0")}user${i}`, group });
      }
    }
    expect(missed).toEqual([]);
  });

  it("refuses a forged or altered token", () => {
    const token = unsubscribeToken("cmuser1", "nomination");
    const other = unsubscribeToken("cmuser2", "nomination");
    const [body] = token.split(/[~.]/);
    const [, otherSig] = other.split(/[~.]/);
    expect(readUnsubscribeToken(`${body}~${otherSig}`)).toBeNull();
    const swapped = Buffer.from("cmuser1.account").toString("base64url");
    expect(readUnsubscribeToken(`${swapped}~${token.split(/[~.]/)[1]}`)).toBeNull();
    expect(readUnsubscribeToken(token.slice(0, -1) + (token.endsWith("A") ? "B" : "A"))).toBeNull();
    expect(readUnsubscribeToken("")).toBeNull();
    expect(readUnsubscribeToken("x~y~z")).toBeNull();
  });
});
