"use client";
import { SessionProvider } from "next-auth/react";

// Public pages are rendered once and served to everyone, so the header learns who is signed
// in from the browser (/api/auth/session) rather than from the page.
export function AuthSessionProvider({ children }: { children: React.ReactNode }) {
  return <SessionProvider refetchOnWindowFocus={false}>{children}</SessionProvider>;
}
