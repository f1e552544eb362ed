import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
// Process-wide translator and formatter (see board-i18n.ts): same words, compiled once.
import { getBoardFormatter as getFormatter, getBoardTranslations as getTranslations } from "@/components/boards/board-i18n";
import { board } from "@/lib/data/public-cache";
import { MarkdownBody } from "@/components/boards/markdown-body";
import { DetailList } from "@/components/ui/detail-list";
import { BackLink } from "@/components/boards/back-link";
import { BoardBadge } from "@/components/boards/board-badge";
import { DAY } from "@/lib/calendar/dates";
import { pageLocale } from "@/i18n/page-locale";

// Rendered on first request, then cached like the list (see app/[locale]/layout.tsx).
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ id: string; locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await pageLocale(params);
  const a = await board.appointment((await params).id);
  if (!a) return {};
  const t = await getTranslations("appointment");
  const title = t(`sentence.${a.kind}`, { name: a.personName, post: a.post });
  return { title, description: `${title}（${a.unit}${a.docNumber ? `，${a.docNumber}` : ""}）` };
}

export default async function AppointmentPage({ params }: Props) {
  await pageLocale(params);
  const a = await board.appointment((await params).id);
  if (!a) notFound();
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (
    <article className="space-y-5">
      <BackLink href="/appointments" label={t("appointment.title")} />
      <header className="space-y-2">
        <BoardBadge tone={a.kind} label={t(`appointment.kind.${a.kind}`)} />
        <h1 className="text-2xl sm:text-3xl">{t(`appointment.sentence.${a.kind}`, { name: a.personName, post: a.post })}</h1>
      </header>
      <section className="card">
        <DetailList
          rows={[
            [t("appointment.fields.kind"), t(`appointment.kind.${a.kind}`)],
            [t("appointment.fields.personName"), a.personName],
            [t("appointment.fields.post"), a.post],
            [t("appointment.fields.unit"), a.unit],
            [t("appointment.fields.docNumber"), a.docNumber ?? "—"],
            [t("appointment.fields.decidedOn"), format.dateTime(a.decidedOn, DAY)],
            ...(a.vacancy
              ? ([
                  [
                    t("appointment.fields.vacancy"),
                    <Link key="v" href={`/vacancies/${a.vacancy.id}`} className="link">
                      {t("boards.vacancyLink", { post: a.vacancy.post, unit: a.vacancy.unit })}
                    </Link>,
                  ],
                ] as [string, React.ReactNode][])
              : []),
            ...(a.notice
              ? ([
                  [
                    t("appointment.fields.notice"),
                    <Link key="n" href={`/notices/${a.notice.id}`} className="link">
                      {a.notice.title}
                    </Link>,
                  ],
                ] as [string, React.ReactNode][])
              : []),
          ]}
        />
      </section>
      {a.body.trim() && (
        <section className="card">
          <MarkdownBody markdown={a.body} />
        </section>
      )}
    </article>
  );
}
