import type { F, T } from "./i18n-types";
import { noticeClosingLines } from "@/lib/boards/notice-closing";

/**
 * How a 任职前公示 ends, as the official document does: where to report concerns (the
 * department, and the organization departments' 12380 phone and website), then the issuing
 * department and the date, set to the right. The words are lib/boards/notice-closing.ts's, which
 * the notice's feed item uses too.
 */
export function NoticeClosing({ t, format, org, publishedAt }: { t: T; format: F; org: string; publishedAt: Date | null }) {
  const lines = noticeClosingLines(t, format, org, publishedAt);
  return (
    <footer className="card space-y-3" data-testid="notice-closing">
      <p>{lines.feedback}</p>
      <p>
        {lines.reporting[0]}
        <span className="mx-2" aria-hidden="true">
          ·
        </span>
        {lines.reporting[1]}
      </p>
      <p className="pt-4 text-right leading-relaxed">
        {lines.issuer}
        {lines.date && (
          <>
            <br />
            {lines.date}
          </>
        )}
      </p>
    </footer>
  );
}
