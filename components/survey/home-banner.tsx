import { IntentLink as Link } from "@/components/ui/intent-link";
import { getBoardTranslations as getTranslations } from "@/components/boards/board-i18n";
import { openSurveysNow } from "@/lib/data/survey/public";

/**
 * On the home page while a survey takes answers from accounts: its title and a link to the
 * account's survey page (which says whether this account takes part). The home page is cached
 * for everyone, so it names no one; code holders follow the address on their slip.
 */
export async function SurveyHomeBanner() {
  const open = (await openSurveysNow()).filter((s) => s.forAccounts);
  if (!open.length) return null;
  const t = await getTranslations();
  return (
    <section
      className="card flex flex-wrap items-center justify-between gap-3 border-l-4 border-l-green-700"
      aria-label={t("survey.answer.title")}
      data-testid="home-survey"
    >
      <ul className="space-y-1">
        {open.map((s) => (
          <li key={s.id} className="text-lg">
            {t("survey.answer.homeBanner", { title: s.title })}
          </li>
        ))}
      </ul>
      <Link href="/account/surveys" className="btn-secondary">
        {t("survey.answer.homeLink")}
      </Link>
    </section>
  );
}
