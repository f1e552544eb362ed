import "server-only";
import { redirect } from "next/navigation";
import { currentActor } from "./session";
import type { Actor } from "./actor";

/**
 * For console pages: the signed-in staff member, or null when the caller is not staff (the
 * console layout then shows "no permission" and the page renders nothing). Visitors go to
 * the login page. The data layer still checks on its own.
 */
export async function staffPageActor(callbackUrl = "/admin"): Promise<Actor | null> {
  const actor = await currentActor();
  if (!actor) redirect(`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  const staff = actor.status === "APPROVED" && (actor.role === "REVIEWER" || actor.role === "ADMIN");
  return staff ? actor : null;
}
