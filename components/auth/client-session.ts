"use client";
import { useSyncExternalStore } from "react";

// Who is signed in, as the browser sees it: the public pages are the same for every visitor
// (cached), so the header's sign-in area and 我要推荐 ask next-auth's session endpoint once per
// page load, with plain fetch. next-auth/react (SessionProvider, useSession, signOut) did the
// same in 13 kB gzip on every page; this is a few hundred bytes.

/** What the session endpoint tells of the user (lib/auth/options.ts, session callback). */
export interface ClientUser {
  name?: string | null;
  role?: string;
  status?: string;
  tfa?: string;
}

export type ClientSession = { status: "loading" } | { status: "ready"; user: ClientUser | null };

const LOADING: ClientSession = { status: "loading" };
let state: ClientSession = LOADING;
let started = false;
const listeners = new Set<() => void>();

function set(next: ClientSession) {
  state = next;
  for (const l of listeners) l();
}

/**
 * Reads the session again (never from a cache: another visitor's answer must never show) and
 * tells every reader. The sign-in form calls it once signed in, since the header stays mounted.
 */
export async function refreshClientSession(): Promise<ClientUser | null> {
  started = true;
  try {
    const res = await fetch("/api/auth/session", { cache: "no-store", credentials: "same-origin" });
    const data = res.ok ? ((await res.json()) as { user?: ClientUser } | null) : null;
    const user = data?.user ?? null;
    set({ status: "ready", user });
    return user;
  } catch {
    set({ status: "ready", user: null });
    return null;
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!started) void refreshClientSession();
  return () => {
    listeners.delete(listener);
  };
}

/** "loading" on the server and until the first answer; then the user, or null for a visitor. */
export function useClientSession(): ClientSession {
  return useSyncExternalStore(
    subscribe,
    () => state,
    () => LOADING,
  );
}

/**
 * Signs out as next-auth's signOut does: a POST to its sign-out endpoint with the CSRF token
 * (double-submit cookie), then a full load of `callbackUrl` so no page keeps the old session.
 */
export async function signOutAndGo(callbackUrl = "/"): Promise<void> {
  const csrf = (await fetch("/api/auth/csrf", { cache: "no-store", credentials: "same-origin" }).then((r) => r.json())) as {
    csrfToken: string;
  };
  const res = await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    credentials: "same-origin",
    body: new URLSearchParams({ csrfToken: csrf.csrfToken, callbackUrl, json: "true" }),
  });
  const data = (await res.json().catch(() => ({}))) as { url?: string };
  set({ status: "ready", user: null });
  window.location.href = data.url ?? callbackUrl;
}
