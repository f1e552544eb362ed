import { IntentLink as Link } from "@/components/ui/intent-link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { staffPage } from "@/lib/auth/page-guards";
import { getPolicy } from "@/lib/data/policies";
import { NotFoundError } from "@/lib/data/errors";
import { BackLink } from "@/components/boards/back-link";
import { BoardBadge } from "@/components/boards/board-badge";
import { DetailList } from "@/components/ui/detail-list";
import { MarkdownBody } from "@/components/boards/markdown-body";
import { DAY } from "@/lib/calendar/dates";
import { DoneBanner } from "@/components/admin-boards/done-banner";
import { PreviewFrame } from "@/components/admin-boards/preview-frame";
import { StatusActions } from "@/components/admin-boards/status-actions";
import { publicationMoves } from "@/components/admin-boards/moves";
import { policyStatusAction } from "../actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> };

async function load(id: string) {
  return getPolicy(await staffPage(`/admin/policies/${id}`), id).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load((await params).id)).title };
}

export default async function AdminPolicyPage({ params, searchParams }: Props) {
  const [{ id }, { done }] = await Promise.all([params, searchParams]);
  const [p, t, format] = await Promise.all([load(id), getTranslations(), getFormatter()]);
  return (
    <div className="space-y-5">
      <BackLink href="/admin/policies" label={t("boardAdmin.nav.policies")} />
      <DoneBanner done={done} />
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl">{p.title}</h1>
        <BoardBadge tone={p.status} label={t(`boardAdmin.pubStatus.${p.status}`)} />
      </div>
      <div className="grid gap-5 lg:grid-cols-[1fr_18rem]">
        <PreviewFrame isPublic={p.isPublic} publicHref={`/policies/${p.id}`}>
          <article className="space-y-4">
            <h2 className="text-2xl">{p.title}</h2>
            <DetailList
              rows={[
                [t("policy.fields.category"), t(`policy.category.${p.category}`)],
                [t("policy.fields.issuer"), p.issuer],
                [t("policy.fields.docNumber"), p.docNumber ?? "—"],
                [t("policy.fields.issuedOn"), format.dateTime(p.issuedOn, DAY)],
              ]}
            />
            <MarkdownBody markdown={p.body} />
          </article>
        </PreviewFrame>
        <aside className="card space-y-4 self-start" aria-label={t("common.actions")}>
          {p.canEdit ? (
            <Link href={`/admin/policies/${p.id}/edit`} className="btn-secondary w-full">
              {t("boardAdmin.edit")}
            </Link>
          ) : (
            <p className="text-sm text-muted">{t("boardAdmin.unpublishToEdit")}</p>
          )}
          <StatusActions id={p.id} action={policyStatusAction} moves={publicationMoves(t, p.moves)} />
        </aside>
      </div>
    </div>
  );
}
