import type { Metadata } from "next";
import { notFound } from "next/navigation";
// Process-wide translator and formatter (see board-i18n.ts): same words, compiled once.
import { getBoardFormatter as getFormatter, getBoardTranslations as getTranslations } from "@/components/boards/board-i18n";
import { board } from "@/lib/data/public-cache";
import { markdownExcerpt } from "@/lib/markdown/render";
import { MarkdownBody } from "@/components/boards/markdown-body";
import { DetailList } from "@/components/ui/detail-list";
import { BackLink } from "@/components/boards/back-link";
import { DAY } from "@/lib/calendar/dates";
import { pageLocale } from "@/i18n/page-locale";

// Rendered on first request, then cached like the list (see app/[locale]/layout.tsx).
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ id: string; locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await pageLocale(params);
  const p = await board.policy((await params).id);
  if (!p) return {};
  return { title: p.title, description: markdownExcerpt(p.body, 120) };
}

export default async function PolicyPage({ params }: Props) {
  await pageLocale(params);
  const p = await board.policy((await params).id);
  if (!p) notFound();
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (
    <article className="space-y-5">
      <BackLink href="/policies" label={t("policy.title")} />
      <h1 className="text-2xl sm:text-3xl">{p.title}</h1>
      <section className="card">
        <DetailList
          rows={[
            [t("policy.fields.category"), t(`policy.category.${p.category}`)],
            [t("policy.fields.issuer"), p.issuer],
            [t("policy.fields.docNumber"), p.docNumber ?? "—"],
            [t("policy.fields.issuedOn"), format.dateTime(p.issuedOn, DAY)],
          ]}
        />
      </section>
      <section className="card">
        <MarkdownBody markdown={p.body} />
      </section>
    </article>
  );
}
