import { notFound, redirect } from "next/navigation";
import { staffPage } from "@/lib/auth/page-guards";
import { nextPendingNomination } from "@/lib/data/nomination-queue";
import { NotFoundError } from "@/lib/data/errors";

// Per visitor (session, query): never cached.
export const dynamic = "force-dynamic";

// "下一条" on a nomination's review page: the next nomination of the same vacancy (or of the
// talent pool) still to be decided, found when the link is followed; none left: back to the
// vacancy's review page (or the talent pool).
export default async function NextNomination({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const { after } = await searchParams;
  const actor = await staffPage("/admin/nominations/next");
  if (typeof after !== "string" || !/^[A-Za-z0-9_-]{1,40}$/.test(after)) notFound();
  const next = await nextPendingNomination(actor, after).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  if (next.nextId) redirect(`/admin/nominations/detail/${next.nextId}`);
  redirect(next.vacancyId ? `/admin/nominations/${next.vacancyId}` : "/admin/talent-pool");
}
