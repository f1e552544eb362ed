// The remembered session-cookie decryption (lib/auth/token-memo.ts): the same claims as
// next-auth's decode, decrypted once per cookie; expiry still enforced on every use; another
// secret or a changed cookie never served from memory.
import * as jwt from "next-auth/jwt";
import { decodeRemembered } from "@/lib/auth/token-memo";

const SECRET = "test-secret-0123456789abcdef0123456789abcdef";
const T0 = Date.UTC(2026, 11, 3, 2, 0, 0);

afterEach(() => {
  jest.useRealTimers();
  jest.restoreAllMocks();
});

async function cookie(claims: Record<string, unknown>, maxAge = 3600) {
  return jwt.encode({ token: claims, secret: SECRET, maxAge });
}

test("the claims are next-auth's, decrypted once for a cookie used again", async () => {
  jest.useFakeTimers({ now: T0, doNotFake: ["nextTick", "setImmediate", "queueMicrotask"] });
  const token = await cookie({ sub: "u-1", name: "李敏", ver: 3 });
  const spy = jest.spyOn(jwt, "decode");
  const first = await decodeRemembered({ token, secret: SECRET });
  expect(first).toMatchObject({ sub: "u-1", name: "李敏", ver: 3 });
  expect(first).toEqual(await jwt.decode({ token, secret: SECRET }));
  spy.mockClear();
  const again = await decodeRemembered({ token, secret: SECRET });
  expect(again).toEqual(first);
  expect(spy).not.toHaveBeenCalled();
  // What a caller does to the claims it got does not reach the next request's.
  (again as Record<string, unknown>).ver = 99;
  expect(await decodeRemembered({ token, secret: SECRET })).toMatchObject({ ver: 3 });
});

test("a cookie past its expiry is refused even after it was remembered; within the tolerance it still counts", async () => {
  jest.useFakeTimers({ now: T0, doNotFake: ["nextTick", "setImmediate", "queueMicrotask"] });
  const token = await cookie({ sub: "u-2" }, 60);
  expect(await decodeRemembered({ token, secret: SECRET })).toMatchObject({ sub: "u-2" });
  jest.setSystemTime(T0 + 70_000); // 10 s past exp, inside decode's 15 s tolerance
  expect(await decodeRemembered({ token, secret: SECRET })).toMatchObject({ sub: "u-2" });
  jest.setSystemTime(T0 + 76_000);
  await expect(decodeRemembered({ token, secret: SECRET })).rejects.toThrow(/exp/);
});

test("another secret, another salt or a changed cookie is decrypted afresh and refused", async () => {
  const token = await cookie({ sub: "u-3" });
  expect(await decodeRemembered({ token, secret: SECRET })).toMatchObject({ sub: "u-3" });
  await expect(decodeRemembered({ token, secret: `${SECRET}x` })).rejects.toThrow();
  await expect(decodeRemembered({ token, secret: SECRET, salt: "other-cookie" })).rejects.toThrow();
  const i = token.length - 5;
  const changed = token.slice(0, i) + (token[i] === "A" ? "B" : "A") + token.slice(i + 1);
  await expect(decodeRemembered({ token: changed, secret: SECRET })).rejects.toThrow();
  expect(await decodeRemembered({ token: undefined, secret: SECRET })).toBeNull();
});
