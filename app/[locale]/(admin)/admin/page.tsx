import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { staffPageActor } from "@/lib/auth/page-guards";
import { pendingCount } from "@/lib/data/accounts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("title") };
}

export default async function AdminHome() {
  const actor = await staffPageActor();
  if (!actor) return null;
  const [t, pending] = await Promise.all([getTranslations("admin"), pendingCount(actor)]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl">{t("title")}</h1>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Link href="/admin/registrations?status=PENDING" className="card block hover:border-brand-600">
          <p className="text-muted">{t("pendingCount")}</p>
          <p className="text-4xl font-bold text-brand-700" data-testid="pending-count">
            {pending}
          </p>
        </Link>
      </div>
    </div>
  );
}
