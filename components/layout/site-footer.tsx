import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { orgName } from "@/lib/privacy/settings";

export async function SiteFooter() {
  const t = await getTranslations("common");
  const report = await getTranslations("report.entry");
  const stats = await getTranslations("statistics");
  const surveys = await getTranslations("survey.public");
  return (
    <footer className="mt-8 border-t border-stone-200 bg-white text-sm text-muted">
      <div className="mx-auto flex max-w-6xl flex-col gap-1 px-4 py-6">
        {/* The department a deployment names (OPENSELECT_ORG_NAME), as in mail and on /privacy. */}
        <p>{orgName() ?? t("orgName")}</p>
        <p>{t("footerNote")}</p>
        <p>
          {t("footerContact")} ·{" "}
          <Link href="/privacy" className="link">
            {t("privacy")}
          </Link>{" "}
          ·{" "}
          <Link href="/report" className="link" data-testid="footer-report">
            {report("footer")}
          </Link>{" "}
          ·{" "}
          <Link href="/statistics" className="link" data-testid="footer-statistics">
            {stats("footerLink")}
          </Link>{" "}
          ·{" "}
          <Link href="/surveys" className="link">
            {surveys("title")}
          </Link>
        </p>
        <p>{report("footerPhone")}</p>
      </div>
    </footer>
  );
}
