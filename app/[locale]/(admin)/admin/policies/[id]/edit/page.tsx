import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { staffPage } from "@/lib/auth/page-guards";
import { getPolicy } from "@/lib/data/policies";
import { NotFoundError } from "@/lib/data/errors";
import { formatDay } from "@/lib/calendar/dates";
import { BackLink } from "@/components/boards/back-link";
import { PolicyForm } from "@/components/admin-boards/policy-form";
import { savePolicyAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("boardAdmin"))("edit") };
}

export default async function EditPolicyPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await staffPage(`/admin/policies/${id}/edit`);
  const [t, p] = await Promise.all([
    getTranslations(),
    getPolicy(actor, id).catch((e) => {
      if (e instanceof NotFoundError) notFound();
      throw e;
    }),
  ]);
  return (
    <div className="space-y-4">
      <BackLink href={`/admin/policies/${id}`} label={p.title} />
      <h1 className="text-2xl">{t("boardAdmin.policy.edit")}</h1>
      {!p.canEdit ? (
        <p className="card">{t("boardAdmin.unpublishToEdit")}</p>
      ) : (
        <div className="card">
          <PolicyForm
            action={savePolicyAction}
            id={p.id}
            initial={{
              title: p.title,
              category: p.category,
              issuer: p.issuer,
              docNumber: p.docNumber ?? "",
              issuedOn: formatDay(p.issuedOn),
              body: p.body,
            }}
          />
        </div>
      )}
    </div>
  );
}
