"use client";
// What a writer sees once a 公示反映 or 监督举报 is filed. An anonymous writer's 查询码 is in this
// answer and nowhere else (the database keeps only a keyed hash): it is shown this once, with
// how to keep it and where to use it. The page is not cached and the code is not in its
// address, so reloading or going back shows an empty form, never the code.
import { IntentLink as Link } from "@/components/ui/intent-link";
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { FiledReceipt as Receipt } from "@/lib/cases/filed-state";

export function FiledReceipt({ filed, message, again }: { filed: Receipt; message: string; again: { href: string; label: string } }) {
  const t = useTranslations();
  const [copied, setCopied] = useState<"yes" | "no" | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(filed.queryCode ?? "");
      setCopied("yes");
    } catch {
      setCopied("no");
    }
  };
  return (
    <section className="space-y-4" data-testid="filed-receipt" aria-labelledby="receipt-title">
      <h2 id="receipt-title" className="text-xl text-green-900" tabIndex={-1}>
        {t("caseLookup.receipt.title")}
      </h2>
      <p role="status">{t(message, { number: filed.number })}</p>
      {filed.queryCode ? (
        <div className="space-y-3 rounded-lg border-2 border-amber-600 bg-amber-50 p-4">
          <p className="font-medium">{t("caseLookup.receipt.codeLabel")}</p>
          <p className="font-mono text-xl tracking-wider break-words select-all sm:text-3xl" data-testid="query-code">
            {filed.queryCode}
          </p>
          <p className="flex flex-wrap items-center gap-3">
            <button type="button" className="btn-secondary" onClick={copy}>
              {t("caseLookup.receipt.copy")}
            </button>
            <span aria-live="polite" className="text-sm">
              {copied === "yes" ? t("caseLookup.receipt.copied") : copied === "no" ? t("caseLookup.receipt.copyFailed") : ""}
            </span>
          </p>
          <ul className="list-disc space-y-1 pl-5 text-sm">
            <li className="font-medium text-brand-800">{t("caseLookup.receipt.once")}</li>
            <li>{t("caseLookup.receipt.keep")}</li>
            <li>{t("caseLookup.receipt.use")}</li>
          </ul>
          <p>
            <Link href="/cases/lookup" className="btn-primary">
              {t("caseLookup.receipt.lookup")}
            </Link>
          </p>
        </div>
      ) : (
        <div className="space-y-3">
          <p>{t("caseLookup.receipt.named")}</p>
          <p>
            <Link href={filed.caseId ? `/account/cases/${filed.caseId}` : "/account/cases"} className="btn-primary">
              {t("caseLookup.receipt.mine")}
            </Link>
          </p>
        </div>
      )}
      <p>
        <a href={again.href} className="link">
          {again.label}
        </a>
      </p>
    </section>
  );
}
