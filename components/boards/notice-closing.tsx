import type { F, T } from "./i18n-types";
import { DAY_OF_INSTANT } from "@/lib/calendar/dates";

/**
 * How a 任职前公示 ends, as the official document does: where to report concerns (the
 * department, and the organization departments' 12380 phone and website), then the issuing
 * department and the date, set to the right.
 */
export function NoticeClosing({ t, format, org, publishedAt }: { t: T; format: F; org: string; publishedAt: Date | null }) {
  return (
    <footer className="card space-y-3" data-testid="notice-closing">
      <p>{t("noticeClosing.feedback", { org })}</p>
      <p>
        {t("noticeClosing.phone")}
        <span className="mx-2" aria-hidden="true">
          ·
        </span>
        {t("noticeClosing.website")}
      </p>
      <p className="pt-4 text-right leading-relaxed">
        {org}
        {publishedAt && (
          <>
            <br />
            {format.dateTime(publishedAt, DAY_OF_INSTANT)}
          </>
        )}
      </p>
    </footer>
  );
}
