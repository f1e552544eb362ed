import type { Actor } from "@/lib/auth/actor";
import { isStaff } from "@/lib/state/account";

/** An approved reviewer or administrator (the data layer enforces the same at its doors). */
export function isStaffActor(actor: Actor | null): actor is Actor {
  return !!actor && actor.status === "APPROVED" && isStaff(actor.role);
}
