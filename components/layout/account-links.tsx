"use client";
import { IntentLink as Link } from "@/components/ui/intent-link";
import { useClientSession } from "../auth/client-session";
import { isStaff } from "@/lib/auth/actor";
import { LogoutButton } from "../auth/logout-button";
import { UnreadLink } from "./unread-link";

export interface AccountLinkLabels {
  login: string;
  register: string;
  myAccount: string;
  messages: string;
  /** The 消息 link's name with unread messages, "{count}" standing for the number. */
  unreadMessages: string;
  console: string;
  logout: string;
}

/**
 * The header's sign-in area. The page itself is the same for every visitor (cached), so the
 * session is read here; while it loads, a placeholder of the same size keeps the header from
 * jumping and never shows the wrong state.
 */
export function AccountLinks({ labels }: { labels: AccountLinkLabels }) {
  const session = useClientSession();
  if (session.status === "loading") {
    // Without JavaScript the session never loads: the way in is still offered.
    return (
      <span className="inline-flex h-7 min-w-32 items-center gap-4">
        <noscript>
          <VisitorLinks labels={labels} />
        </noscript>
      </span>
    );
  }
  const user = session.user;
  if (!user) return <VisitorLinks labels={labels} />;
  return (
    <>
      <span aria-label={labels.myAccount}>{user.name}</span>
      <Link href="/account" className="underline-offset-4 hover:underline">
        {labels.myAccount}
      </Link>
      <UnreadLink label={labels.messages} unreadLabel={labels.unreadMessages} />
      {isStaff(user) && (
        <Link href="/admin" className="underline-offset-4 hover:underline">
          {labels.console}
        </Link>
      )}
      <LogoutButton label={labels.logout} />
    </>
  );
}

function VisitorLinks({ labels }: { labels: AccountLinkLabels }) {
  return (
    <>
      <Link href="/login" className="underline-offset-4 hover:underline">
        {labels.login}
      </Link>{" "}
      <Link href="/register" className="rounded bg-white px-3 py-1 font-medium text-brand-700 hover:bg-brand-50">
        {labels.register}
      </Link>
    </>
  );
}
