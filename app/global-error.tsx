"use client";
import zhCN from "@/messages/zh-CN/error-page.json";
import en from "@/messages/en/error-page.json";
import "./globals.css";

const ZH = zhCN.errorPage;
const EN = en.errorPage;

/**
 * What a visitor sees when the site's frame itself (the root layout: header, session, language)
 * failed, so that no page's own error.tsx can answer. Without this file Next showed its built-in
 * page, in English only ("This page couldn't load").
 * It brings its own <html> and styles because the layout that gives them is what failed. The
 * reader's language is that layout's to know (a cookie read on the server), so the words are
 * Chinese with the English beneath, as on app/not-found.tsx.
 */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="zh-CN">
      <body className="mx-auto max-w-xl px-4 py-16">
        <main role="alert" className="space-y-4">
          <h1 className="text-2xl font-bold">{ZH.title}</h1>
          <p>{ZH.body}</p>
          <div lang="en" className="space-y-1 text-sm text-muted">
            <p className="font-medium">{EN.title}</p>
            <p>{EN.body}</p>
          </div>
          {error.digest && <p className="text-sm text-muted">{ZH.reference.replace("{ref}", error.digest)}</p>}
          {/* A fresh load rather than Next's reset: the layout that failed has to be rendered again on the server. */}
          <button type="button" className="btn-primary" onClick={() => window.location.reload()}>
            {ZH.retry} · <span lang="en">{EN.retry}</span>
          </button>
        </main>
      </body>
    </html>
  );
}
