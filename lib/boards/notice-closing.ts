// How a 任职前公示 ends, as the official document does: where to report concerns (the issuing
// department, and the organization departments' 12380 phone and website), then the issuing
// department and the date. One wording for the notice's page (components/boards/notice-closing.tsx)
// and its item in the 公示公告 feed (lib/feeds/document.ts), so the two never differ.
import { DAY_OF_INSTANT } from "../calendar/dates";
import { orgName } from "../privacy/settings";

type Words = (key: string, values?: Record<string, string>) => string;
type Dates = { dateTime: (value: Date, preset: typeof DAY_OF_INSTANT) => string };

export interface NoticeClosingLines {
  /** 对公示对象如有异议……向{org}反映。 */
  feedback: string;
  /** 举报电话：12380, 举报网站：www.12380.gov.cn. */
  reporting: [string, string];
  /** The issuing department, signed at the end. */
  issuer: string;
  /** The publication day (Beijing), or null for a notice not yet published. */
  date: string | null;
}

/** The department that issues the site's notices: the configured name, else the catalog's. */
export function noticeIssuer(t: Words): string {
  return orgName() ?? t("common.orgName");
}

/** The closing lines of a 任职前公示 issued by `org` and published at `publishedAt`. */
export function noticeClosingLines(t: Words, format: Dates, org: string, publishedAt: Date | null): NoticeClosingLines {
  return {
    feedback: t("noticeClosing.feedback", { org }),
    reporting: [t("noticeClosing.phone"), t("noticeClosing.website")],
    issuer: org,
    date: publishedAt ? format.dateTime(publishedAt, DAY_OF_INSTANT) : null,
  };
}
