import { IntentLink as Link } from "@/components/ui/intent-link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { staffPage } from "@/lib/auth/page-guards";
import { sessionCheckinDisplay } from "@/lib/data/training/attendance";
import { NotFoundError } from "@/lib/data/errors";
import { INSTANT } from "@/lib/calendar/dates";
import { CHECKIN_STEP_MS } from "@/lib/training/checkin-code";
import { CheckinRefresh } from "@/components/training/checkin-refresh";

type Props = { params: Promise<{ id: string; sessionId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("trainingAdmin.code"))("title") };
}

// The 签到码 for the venue's projector: the six digits large, and the QR code that opens the
// check-in with the code filled in. It changes every few minutes; the page follows by itself.
export default async function TrainingCheckinCodePage({ params }: Props) {
  const { id, sessionId } = await params;
  const actor = await staffPage(`/admin/training/${id}/sessions/${sessionId}/code`);
  const [c, t, format] = await Promise.all([
    sessionCheckinDisplay(actor, sessionId).catch((e) => {
      if (e instanceof NotFoundError) notFound();
      throw e;
    }),
    getTranslations("trainingAdmin"),
    getFormatter(),
  ]);
  if (c.session.classId !== id) notFound();
  const when = (d: Date) => format.dateTime(d, INSTANT);
  return (
    <div className="space-y-6 text-center">
      <CheckinRefresh at={c.display ? c.display.changesAt.toISOString() : c.window === "notYet" ? c.opensAt.toISOString() : null} />
      <p className="text-left">
        <Link href={`/admin/training/${id}/sessions/${sessionId}`} className="link">
          ← {t("code.back")}
        </Link>
      </p>
      <header className="space-y-1">
        <p className="text-lg text-muted break-words">{c.session.classTitle}</p>
        <h1 className="text-3xl break-words">{c.session.title}</h1>
        {c.session.place && <p className="text-muted">{c.session.place}</p>}
      </header>
      {c.display ? (
        <section className="space-y-4" aria-labelledby="code-title">
          <h2 id="code-title" className="text-xl">
            {t("code.title")}
          </h2>
          <p
            className="font-mono text-6xl font-bold tracking-[0.3em] tabular-nums sm:text-8xl"
            data-testid="checkin-code"
            aria-live="polite"
          >
            {c.display.code}
          </p>
          <div
            role="img"
            aria-label={t("code.qrLabel")}
            className="mx-auto w-full max-w-[min(80vw,28rem)] bg-white p-2 [&>svg]:h-auto [&>svg]:w-full"
            // The SVG comes from the QR library on the server (no script, no external reference).
            dangerouslySetInnerHTML={{ __html: c.display.svg }}
          />
          <p className="mx-auto max-w-prose text-lg">{t("code.lead")}</p>
        </section>
      ) : (
        <p className="card mx-auto max-w-prose text-lg">{c.window === "notYet" ? t("code.notYet") : t("code.over")}</p>
      )}
      <p className="text-muted">
        {t("code.valid", { from: when(c.opensAt), to: when(c.session.endsAt), minutes: CHECKIN_STEP_MS / 60_000 })}
      </p>
      <p className="text-lg" role="status">
        {t("attendance.summary", { present: c.present, total: c.admitted })}
      </p>
    </div>
  );
}
