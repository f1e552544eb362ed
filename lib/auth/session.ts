import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { db } from "../db/client";
import type { AccountStatus, Role } from "../state/account";
import type { Actor } from "./actor";
import { authOptions } from "./options";

/** The signed-in user, read fresh from the database once per request; null for visitors. */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions());
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  return loadActor(id);
});

export async function loadActor(id: string): Promise<Actor | null> {
  const u = await db().user.findUnique({ where: { id }, select: { id: true, realName: true, role: true, status: true } });
  return u ? { id: u.id, realName: u.realName, role: u.role as Role, status: u.status as AccountStatus } : null;
}
