"use client";
import { signOutAndGo } from "./client-session";

export function LogoutButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => void signOutAndGo("/")} className="underline-offset-4 hover:underline">
      {label}
    </button>
  );
}
