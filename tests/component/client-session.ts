import { act } from "@testing-library/react";
import { refreshClientSession, type ClientUser } from "@/components/auth/client-session";

/**
 * Sets who the browser's session store (components/auth/client-session.ts) says is signed in,
 * through its real path: /api/auth/session answered with `user` (null: a visitor, whose
 * session answer is {}), as next-auth answers it.
 */
export async function sessionAs(user: ClientUser | null): Promise<void> {
  const prev = globalThis.fetch;
  const answer = user ? { user, expires: "2099-01-01T00:00:00.000Z" } : {};
  globalThis.fetch = jest.fn(async (url: string) => {
    if (url !== "/api/auth/session") throw new Error(`unexpected fetch ${url}`);
    return { ok: true, status: 200, json: async () => answer } as Response;
  }) as unknown as typeof fetch;
  try {
    await act(async () => {
      await refreshClientSession();
    });
  } finally {
    globalThis.fetch = prev;
  }
}
