import { issueChallenge } from "@/lib/security/challenge";

// A fresh proof-of-work challenge for the browser (components/ui/challenge-field.tsx). Each
// request gets its own: never cached, by Next or by anything in between.
export const dynamic = "force-dynamic";

export async function GET() {
  return Response.json(await issueChallenge(), { headers: { "Cache-Control": "no-store, max-age=0" } });
}
