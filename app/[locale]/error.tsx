"use client";
import { useTranslations } from "next-intl";

/**
 * What a page shows when something failed that the page could not answer itself (a server
 * error, a refused upload, a lost connection). Next's digest is the reference the server log
 * carries with the stack.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errorPage");
  return (
    <section className="mx-auto max-w-2xl space-y-4 py-10" role="alert">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("body")}</p>
      {error.digest && <p className="text-sm text-muted">{t("reference", { ref: error.digest })}</p>}
      <button type="button" className="btn-primary" onClick={reset}>
        {t("retry")}
      </button>
    </section>
  );
}
