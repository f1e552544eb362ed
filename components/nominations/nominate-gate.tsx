import { IntentLink as Link } from "@/components/ui/intent-link";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";

/**
 * Shown instead of a nomination form to a signed-in account that may not nominate (pending,
 * rejected, suspended). The actions and the data layer refuse such accounts on their own.
 */
export async function NominateGate({ actor, title }: { actor: Actor; title: string }) {
  const t = await getTranslations("nominations.explain");
  const key = actor.status === "PENDING" ? "pending" : actor.status === "REJECTED" ? "rejected" : "suspended";
  return (
    <div className="card mx-auto max-w-2xl space-y-3" role="alert" data-testid="nominate-refused">
      <h1 className="text-2xl">{title}</h1>
      <p>{t(key)}</p>
      <p>
        <Link href="/account" className="btn-secondary">
          {t("goAccount")}
        </Link>
      </p>
    </div>
  );
}
