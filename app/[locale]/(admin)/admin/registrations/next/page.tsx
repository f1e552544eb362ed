import { redirect } from "next/navigation";
import { staffPage } from "@/lib/auth/page-guards";
import { nextPendingRegistration } from "@/lib/data/registration-queue";

// Per visitor (session, query): never cached.
export const dynamic = "force-dynamic";

// "下一条": the registration after ?after= in the queue's order, found when the link is
// followed (a colleague may have decided some meanwhile); none left: the queue, which says so.
export default async function NextRegistration({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const { after } = await searchParams;
  const actor = await staffPage("/admin/registrations/next");
  const id = await nextPendingRegistration(actor, typeof after === "string" ? after : undefined);
  redirect(id ? `/admin/registrations/${id}` : "/admin/registrations");
}
