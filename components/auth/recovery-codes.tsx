"use client";
import { useTranslations } from "next-intl";

/**
 * The 10 recovery codes, shown once after the authenticator is set up (only their hashes are
 * kept). A full page load follows, so every part of the page sees the completed sign-in.
 */
export function RecoveryCodes({ codes, next }: { codes: string[]; next: string }) {
  const t = useTranslations("twoFactor");
  return (
    <section className="space-y-4" aria-labelledby="recovery-codes">
      <p role="status" className="rounded-md border border-green-700 bg-green-50 px-4 py-3 text-green-900">
        {t("enrolled")}
      </p>
      <h2 id="recovery-codes" className="text-lg">
        {t("recovery.title")}
      </h2>
      <p>{t("recovery.lead")}</p>
      <ol className="grid grid-cols-2 gap-2 font-mono text-base sm:grid-cols-2" data-testid="recovery-codes">
        {codes.map((c) => (
          <li key={c} className="rounded border border-stone-300 px-2 py-1 text-center select-all">
            {c}
          </li>
        ))}
      </ol>
      <p className="text-sm text-muted">{t("recovery.once")}</p>
      <a href={next} className="btn-primary inline-block w-full text-center">
        {t("recovery.continue")}
      </a>
    </section>
  );
}
