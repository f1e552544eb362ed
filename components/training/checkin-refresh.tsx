"use client";
// Reloads the server-rendered venue screen (签到二维码) when its code is replaced or check-in
// opens, so the QR code on the screen is always the current one. Renders nothing.
import { useEffect } from "react";
import { useRouter } from "next/navigation";

export function CheckinRefresh({ at }: { at: string | null }) {
  const router = useRouter();
  useEffect(() => {
    if (!at) return;
    // A second late, so the server computes the next step's code; at least a second from now.
    const wait = Math.max(1000, new Date(at).getTime() - Date.now() + 1000);
    const timer = setTimeout(() => router.refresh(), Math.min(wait, 2_147_000_000));
    return () => clearTimeout(timer);
  }, [at, router]);
  return null;
}
