import { currentActor } from "@/lib/auth/session";
import { signupState } from "@/lib/data/training/public";

// The class page's small per-request part: where the signed-in reader stands with the class
// (their sign-up, places left). The page itself is cached and the same for everyone.
export const dynamic = "force-dynamic";

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const headers = { "Cache-Control": "no-store, private", "Content-Type": "application/json; charset=utf-8" };
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(id)) return new Response("null", { status: 404, headers });
  const state = await signupState(await currentActor(), id);
  return new Response(JSON.stringify(state), { status: state ? 200 : 404, headers });
}
