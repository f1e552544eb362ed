import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { staffPage } from "@/lib/auth/page-guards";
import { shanghaiToday } from "@/lib/calendar/dates";
import { BackLink } from "@/components/boards/back-link";
import { PolicyForm } from "@/components/admin-boards/policy-form";
import { savePolicyAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("boardAdmin.policy"))("new") };
}

export default async function NewPolicyPage() {
  await staffPage("/admin/policies/new");
  const t = await getTranslations();
  return (
    <div className="space-y-4">
      <BackLink href="/admin/policies" label={t("boardAdmin.nav.policies")} />
      <h1 className="text-2xl">{t("boardAdmin.policy.new")}</h1>
      <div className="card">
        <PolicyForm action={savePolicyAction} initial={{ issuedOn: shanghaiToday() }} />
      </div>
    </div>
  );
}
