"use client";
import { signOut } from "next-auth/react";

export function LogoutButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: "/" })} className="underline-offset-4 hover:underline">
      {label}
    </button>
  );
}
