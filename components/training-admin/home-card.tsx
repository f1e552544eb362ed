import { IntentLink as Link } from "@/components/ui/intent-link";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import { pendingSignupCount } from "@/lib/data/training/classes";
import { HomeCard } from "@/components/console-home/home-card";

/** The console home's 干部教育培训 card: shown only while sign-ups wait for a decision. */
export async function TrainingHomeCard({ actor }: { actor: Actor }) {
  const waiting = await pendingSignupCount(actor);
  if (waiting.total === 0) return null;
  const t = await getTranslations("trainingAdmin.home");
  return (
    <HomeCard id="home-training" title={t("title")} href="/admin/training?status=PUBLISHED">
      <Link href="/admin/training?status=PUBLISHED" className="link font-semibold">
        {t("waiting", { count: waiting.total, classes: waiting.classes })}
      </Link>
    </HomeCard>
  );
}
