"use client";
import { useParams } from "next/navigation";
import zhCN from "@/messages/zh-CN/error-page.json";
import en from "@/messages/en/error-page.json";

// The page's few words straight from their own small catalog files (both languages, under 1 kB),
// so that public pages need no translation library in the browser for them.
const WORDS = { "zh-CN": zhCN.errorPage, en: en.errorPage };

/**
 * What a page shows when something failed that the page could not answer itself (a server
 * error, a refused upload, a lost connection). Next's digest is the reference the server log
 * carries with the stack.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { locale } = useParams<{ locale?: string }>() ?? {};
  const t = locale === "en" ? WORDS.en : WORDS["zh-CN"];
  return (
    <section className="mx-auto max-w-2xl space-y-4 py-10" role="alert">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p>{t.body}</p>
      {error.digest && <p className="text-sm text-muted">{t.reference.replace("{ref}", error.digest)}</p>}
      <button type="button" className="btn-primary" onClick={reset}>
        {t.retry}
      </button>
    </section>
  );
}
