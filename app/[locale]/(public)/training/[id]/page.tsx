import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { getBoardFormatter, getBoardTranslations } from "@/components/boards/board-i18n";
import { BackLink } from "@/components/boards/back-link";
import { MarkdownBody } from "@/components/boards/markdown-body";
import { markdownExcerpt } from "@/lib/markdown/render";
import { BoardBadge } from "@/components/boards/board-badge";
import { ClassFacts, classStage, stageTone } from "@/components/training/class-facts";
import { SignupBox } from "@/components/training/signup-box";
import { pageLocale } from "@/i18n/page-locale";
import { now as clockNow } from "@/lib/calendar/clock";
import { INSTANT } from "@/lib/calendar/dates";
import { trainingBoard } from "@/lib/data/training/public-cache";
import { formatHours } from "@/lib/training/hours";
import { cancelTrainingSignupAction, signUpTrainingAction } from "./actions";

// A class: its facts, sessions and materials, cached like the boards; the sign-up box is the
// small per-request part (components/training/signup-box.tsx).
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ id: string; locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await pageLocale(params);
  const c = await trainingBoard.one((await params).id);
  return c ? { title: c.title, description: markdownExcerpt(c.description, 120) } : {};
}

/** The sign-up box's words only (the public pages carry no catalog otherwise). */
async function boxMessages() {
  const all = (await getMessages()) as { training: { signup: unknown; errors: unknown }; errors: unknown };
  return { training: { signup: all.training.signup, errors: all.training.errors }, errors: all.errors };
}

export default async function TrainingClassPage({ params }: Props) {
  await pageLocale(params);
  const { id } = await params;
  const c = await trainingBoard.one(id);
  if (!c) notFound();
  const [t, format, messages] = await Promise.all([getBoardTranslations(), getBoardFormatter(), boxMessages()]);
  const stage = classStage(c, clockNow());
  return (
    <article className="space-y-6">
      <BackLink href="/training" label={t("training.public.title")} />
      <header className="space-y-2">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl sm:text-3xl">{c.title}</h1>
          <BoardBadge tone={stageTone(stage)} label={t(`training.stage.${stage}`)} />
        </div>
        <p className="text-lg text-muted">{c.organizer}</p>
      </header>
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <div className="space-y-6">
          <section className="card space-y-3" aria-labelledby="facts">
            <h2 id="facts" className="sr-only">
              {t("training.public.details")}
            </h2>
            <ClassFacts t={t} format={format} c={c} />
          </section>
          {c.description && (
            <section className="space-y-2" aria-labelledby="about">
              <h2 id="about" className="text-xl">
                {t("training.public.description")}
              </h2>
              {/* Sanitized HTML from the console's editor, or Markdown: rendered like a board's body. */}
              <MarkdownBody markdown={c.description} />
            </section>
          )}
          <section className="space-y-2" aria-labelledby="sessions">
            <h2 id="sessions" className="text-xl">
              {t("training.public.sessions")}
            </h2>
            {c.sessions.length === 0 ? (
              <p className="text-muted">{t("training.public.noSessions")}</p>
            ) : (
              <ol className="divide-y divide-stone-200 rounded border border-stone-200">
                {c.sessions.map((s) => (
                  <li key={s.id} className="flex flex-wrap justify-between gap-x-4 gap-y-1 p-3">
                    <span className="font-medium">{s.title}</span>
                    <span className="text-sm text-muted">
                      {t("training.public.range", { from: format.dateTime(s.startsAt, INSTANT), to: format.dateTime(s.endsAt, INSTANT) })}
                      {" · "}
                      {t("training.public.hoursValue", { hours: formatHours(s.hoursTenths) })}
                    </span>
                  </li>
                ))}
              </ol>
            )}
          </section>
          <section className="space-y-2" aria-labelledby="materials-title" id="materials">
            <h2 id="materials-title" className="text-xl">
              {t("training.public.materials")}
            </h2>
            {c.materials.length === 0 ? (
              <p className="text-muted">{t("training.public.noMaterials")}</p>
            ) : (
              <ul className="space-y-2">
                {c.materials.map((m) => (
                  <li key={m.id} className="flex flex-wrap items-baseline gap-x-3">
                    <span>{m.title}</span>
                    {m.file && (
                      <a href={`/training/materials/${m.id}`} className="link text-sm" download>
                        {t("training.public.download", { name: m.file.name, size: Math.max(1, Math.round(m.file.size / 1024)) })}
                      </a>
                    )}
                    {m.url && (
                      <a href={m.url} className="link text-sm" rel="noopener noreferrer" target="_blank">
                        {t("training.public.openLink")}
                      </a>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
        <aside className="space-y-3">
          <NextIntlClientProvider messages={messages}>
            <SignupBox classId={c.id} signUpAction={signUpTrainingAction} cancelAction={cancelTrainingSignupAction} />
          </NextIntlClientProvider>
          <p className="text-sm">
            <Link href="/account/training" className="link">
              {t("training.public.myRecord")}
            </Link>
            {" · "}
            <Link href="/training/check-in" className="link">
              {t("training.public.checkIn")}
            </Link>
          </p>
        </aside>
      </div>
    </article>
  );
}
