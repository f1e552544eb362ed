import { currentActor } from "@/lib/auth/session";
import { unreadCount } from "@/lib/data/inbox";

// The header's unread count (components/layout/unread-link.tsx): the header is cached for
// everyone, so the browser asks here once per page. Per user, so never stored by anyone.
export const dynamic = "force-dynamic";

const PRIVATE = { "Cache-Control": "private, no-store" };

export async function GET() {
  const actor = await currentActor();
  if (!actor) return Response.json({ unread: null }, { status: 401, headers: PRIVATE });
  return Response.json({ unread: await unreadCount(actor) }, { headers: PRIVATE });
}
