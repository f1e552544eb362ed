"use client";
import Link from "next/link";
import { useId } from "react";
import { useClientSession } from "../auth/client-session";

/** Why a signed-in account may not nominate: the button's reason and a sentence on what to do. */
export interface NominateBlockedTexts {
  PENDING: string;
  REJECTED: string;
  SUSPENDED: string;
  PENDINGNote: string;
  REJECTEDNote: string;
  SUSPENDEDNote: string;
}

type Blocked = "PENDING" | "REJECTED" | "SUSPENDED";

const isBlocked = (s: unknown): s is Blocked => s === "PENDING" || s === "REJECTED" || s === "SUSPENDED";

/**
 * 我要推荐 on a vacancy. The vacancy page is the same for everyone (cached), so who is signed in
 * is read here, from the session, as the header's sign-in area does. Visitors and approved
 * accounts get the link (a visitor is asked to sign in on the way); an account that may not
 * nominate (待审核, 未通过, 已停用) sees the button disabled with the reason. Without
 * JavaScript, and while the session loads, the link is shown: the form's page refuses such an
 * account in words anyway.
 */
export function NominateButton({ href, label, blocked }: { href: string; label: string; blocked: NominateBlockedTexts }) {
  const session = useClientSession();
  const status = session.status === "ready" ? session.user?.status : undefined;
  const reasonId = useId();
  if (!isBlocked(status)) {
    return (
      <Link href={href} className="btn-primary">
        {label}
      </Link>
    );
  }
  return (
    <div className="space-y-2" data-testid="nominate-blocked">
      <button type="button" className="btn-primary" disabled aria-describedby={reasonId}>
        {label}
      </button>
      <p id={reasonId} className="text-sm">
        <span className="font-medium">{blocked[status]}</span>
        {"："}
        {blocked[`${status}Note`]}
      </p>
    </div>
  );
}
