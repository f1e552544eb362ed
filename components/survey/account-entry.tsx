import { IntentLink as Link } from "@/components/ui/intent-link";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import { surveysOpenFor } from "@/lib/data/survey/answer";

/** On /account while a survey waits for this account's answers: its title and the way in. */
export async function SurveyAccountEntry({ actor }: { actor: Actor }) {
  const open = await surveysOpenFor(actor);
  if (!open.length) return null;
  const t = await getTranslations("survey");
  return (
    <section
      aria-labelledby="survey-entry"
      className="card flex flex-wrap items-center justify-between gap-3 border-l-4 border-l-green-700"
      data-testid="account-survey"
    >
      <div>
        <h2 id="survey-entry" className="text-lg">
          {open.map((s) => s.title).join("、")}
        </h2>
        <p className="text-muted">{t("admin.accountEntry")}</p>
      </div>
      <Link href="/account/surveys" className="btn-primary">
        {t("answer.go")}
      </Link>
    </section>
  );
}
