// A notification's mail, and the staff's daily digest: multipart, plain text plus simple HTML in
// the site's style, with the platform's and the organization's names, the links where the reader
// acts, and a link that turns this kind of mail off without signing in. A notification's subject
// is the kind's title only; the digest's subject is its name and day. Nothing a person typed goes
// into a subject, and an ID number typed into a reason is masked before it leaves by mail.
import { catalogs } from "../../messages";
import { DAY, INSTANT, formatWith, parseDay } from "../calendar/dates";
import { maskIdNumber } from "../security/id-number";
import type { NotificationParams } from "./kinds";
import { renderNotification, siteUrl, translate, type MailLocale } from "./render";

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** The organization named in mail: OPENSELECT_ORG_NAME, else the catalog's. */
export function organizationName(locale: MailLocale, env: NodeJS.ProcessEnv = process.env): string {
  return (env.OPENSELECT_ORG_NAME ?? "").trim() || catalogs[locale].common.orgName;
}

// 18-character resident ID numbers (and the old 15-digit ones) standing alone in a text.
const ID_NUMBER = /(?<![0-9A-Za-z])(?:\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])/g;

/** A text as it may go out by mail: any ID number in it masked (3309**********12). */
export function maskIdNumbers(text: string): string {
  return text.replace(ID_NUMBER, (m) => maskIdNumber(m));
}

function forMail(params: NotificationParams): NotificationParams {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === "string" ? maskIdNumbers(v) : v]));
}

interface MailLine {
  text: string;
  /** A path on this site the line links to. */
  href?: string | null;
}

interface MailSection {
  heading?: string;
  lines: MailLine[];
  /** The section's button (its path on this site). */
  action?: { label: string; href: string } | null;
}

/** The one layout of every mail: title, sections, then the footer with the way out. */
function layout(
  locale: MailLocale,
  env: NodeJS.ProcessEnv,
  content: { title: string; sections: MailSection[]; unsubscribePath?: string | null },
): { text: string; html: string } {
  const c = catalogs[locale].notifyMail;
  const site = catalogs[locale].common.siteName;
  const org = organizationName(locale, env);
  const base = siteUrl(env);
  const url = (path: string) => base + path;
  const unsubscribe = content.unsubscribePath ? url(content.unsubscribePath) : null;
  // Chinese text takes the full-width colon and 【】 around a heading; English plain ones.
  const colon = locale === "en" ? ": " : "：";
  const text = [content.title];
  for (const s of content.sections) {
    text.push("");
    if (s.heading) text.push(locale === "en" ? `${s.heading}:` : `【${s.heading}】`);
    for (const line of s.lines) text.push(line.href ? `${line.text}\n  ${url(line.href)}` : line.text);
    if (s.action) text.push("", `${s.action.label}${colon}${url(s.action.href)}`);
  }
  text.push("", "—", `${org} · ${site}`, c.noReply, ...(unsubscribe ? [`${c.unsubscribe}${colon}${unsubscribe}`] : []), "");

  const sectionHtml = content.sections
    .map((s) => {
      const heading = s.heading
        ? `<tr><td style="padding:16px 24px 0;font-size:16px;font-weight:bold;color:#b91c1c">${escapeHtml(s.heading)}</td></tr>\n`
        : "";
      const lines = s.lines
        .map((line) =>
          line.href ? `<a href="${escapeHtml(url(line.href))}" style="color:#1d4ed8">${escapeHtml(line.text)}</a>` : escapeHtml(line.text),
        )
        .join("<br>");
      const action = s.action
        ? `<tr><td style="padding:8px 24px 20px"><a href="${escapeHtml(url(s.action.href))}" style="display:inline-block;background:#b91c1c;color:#ffffff;text-decoration:none;padding:10px 18px;border-radius:4px">${escapeHtml(s.action.label)}</a></td></tr>\n`
        : "";
      return `${heading}<tr><td style="padding:12px 24px;font-size:16px;line-height:1.7;white-space:pre-line">${lines}</td></tr>\n${action}`;
    })
    .join("");
  const html = `<!doctype html><html lang="${locale}"><body style="margin:0;background:#f6f6f6;font-family:'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif;color:#1f2937">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border-top:4px solid #b91c1c">
<tr><td style="padding:20px 24px 8px;font-size:14px;color:#b91c1c;font-weight:bold">${escapeHtml(site)}</td></tr>
<tr><td style="padding:0 24px;font-size:20px;font-weight:bold">${escapeHtml(content.title)}</td></tr>
${sectionHtml}<tr><td style="padding:16px 24px;border-top:1px solid #e5e7eb;font-size:13px;color:#6b7280;line-height:1.6">${escapeHtml(org)} · ${escapeHtml(site)}<br>${escapeHtml(c.noReply)}${unsubscribe ? `<br><a href="${escapeHtml(unsubscribe)}" style="color:#6b7280">${escapeHtml(c.unsubscribe)}</a>` : ""}</td></tr>
</table></td></tr></table></body></html>`;
  return { text: text.join("\n"), html };
}

export function renderMail(
  locale: MailLocale,
  kind: string,
  params: NotificationParams,
  opts: {
    link?: string | null;
    unsubscribePath?: string | null;
    env?: NodeJS.ProcessEnv;
    /** The button's words (default 查看详情). */
    actionLabel?: string;
  },
): RenderedMail {
  const env = opts.env ?? process.env;
  const site = catalogs[locale].common.siteName;
  const { title, body } = renderNotification(locale, kind, forMail(params));
  const { text, html } = layout(locale, env, {
    title,
    sections: [
      {
        lines: [{ text: body }],
        action: opts.link ? { label: opts.actionLabel ?? catalogs[locale].notifyMail.open, href: opts.link } : null,
      },
    ],
    unsubscribePath: opts.unsubscribePath,
  });
  return { subject: `【${site}】${title}`, text, html };
}

// ——— The staff digest ———

/** A vacancy as the digest names it (post and unit, both public), with a count. */
export interface DigestVacancyLine {
  vacancyId: string;
  name: string;
  count: number;
}

/** What one staff member's daily digest says: counts and public posts only, never a person's name. */
export interface DigestContent {
  /** The Beijing day of the digest, "YYYY-MM-DD". */
  day: string;
  /** The instant it was gathered, and the start of its "new nominations" window. */
  at: Date;
  since: Date;
  /** The review target in working days (the setting). */
  reviewDays: number;
  pendingRegistrations: number;
  /** Whole days the longest-waiting registration has waited. */
  oldestWaitingDays: number;
  overdueRegistrations: number;
  /** New targeted nominations since `since`, per vacancy (the most first). */
  newNominations: DigestVacancyLine[];
  /** Vacancies with new nominations beyond those listed. */
  moreVacancies: number;
  newOpenNominations: number;
  /** Closed vacancies whose nominations are still undecided past the review target. */
  overdueVacancies: DigestVacancyLine[];
  /** 来信来访: cases filed since `since`, and cases past their due day (counts only; none about the reader). */
  newCases?: number;
  overdueCases?: number;
}

/** Whether the digest has anything to say (otherwise no mail is written). */
export function digestHasNews(d: DigestContent): boolean {
  return (
    d.pendingRegistrations > 0 ||
    d.newNominations.length > 0 ||
    d.newOpenNominations > 0 ||
    d.overdueVacancies.length > 0 ||
    (d.newCases ?? 0) > 0 ||
    (d.overdueCases ?? 0) > 0
  );
}

/** Console pages the digest links to. */
export const CONSOLE_LINKS = {
  home: "/admin",
  pendingRegistrations: "/admin/registrations?status=PENDING",
  vacancyReview: (id: string) => `/admin/nominations/${id}`,
  talentPool: "/admin/talent-pool",
  openCases: "/admin/cases?status=OPEN&sort=urgent",
  overdueCases: "/admin/cases?overdue=1&sort=urgent",
} as const;

export function renderDigestMail(
  locale: MailLocale,
  d: DigestContent,
  opts: { unsubscribePath?: string | null; env?: NodeJS.ProcessEnv } = {},
): RenderedMail {
  const env = opts.env ?? process.env;
  const t = (key: string, params: NotificationParams = {}) => translate(locale, `notifyDigest.${key}`, params);
  const site = catalogs[locale].common.siteName;
  // Dates in the site's style for the reader's language (2026年12月2日 09:46, Beijing time).
  const instant = (at: Date) => formatWith(locale, at, INSTANT);
  const title = t("title", { day: parseDay(d.day) ? formatWith(locale, parseDay(d.day)!, DAY) : d.day });
  const sections: MailSection[] = [{ lines: [{ text: t("intro", { time: instant(d.at) }) }] }];
  if (d.pendingRegistrations > 0) {
    sections.push({
      heading: t("registrationsHeading"),
      lines: [{ text: t("registrations", { count: d.pendingRegistrations, days: d.oldestWaitingDays }) }],
      action: { label: t("reviewRegistrations"), href: CONSOLE_LINKS.pendingRegistrations },
    });
  }
  if (d.newNominations.length > 0 || d.newOpenNominations > 0) {
    sections.push({
      heading: t("nominationsHeading", { since: instant(d.since) }),
      lines: [
        ...d.newNominations.map((v) => ({
          text: t("nominationsVacancy", { post: v.name, count: v.count }),
          href: CONSOLE_LINKS.vacancyReview(v.vacancyId),
        })),
        ...(d.moreVacancies > 0 ? [{ text: t("moreVacancies", { count: d.moreVacancies }), href: "/admin/nominations" }] : []),
        ...(d.newOpenNominations > 0
          ? [{ text: t("nominationsOpen", { count: d.newOpenNominations }), href: CONSOLE_LINKS.talentPool }]
          : []),
      ],
    });
  }
  if (d.overdueRegistrations > 0 || d.overdueVacancies.length > 0) {
    sections.push({
      heading: t("overdueHeading"),
      lines: [
        ...(d.overdueRegistrations > 0
          ? [
              {
                text: t("overdueRegistrations", { count: d.overdueRegistrations, days: d.reviewDays }),
                href: CONSOLE_LINKS.pendingRegistrations,
              },
            ]
          : []),
        ...d.overdueVacancies.map((v) => ({
          text: t("overdueVacancy", { post: v.name, count: v.count, days: d.reviewDays }),
          href: CONSOLE_LINKS.vacancyReview(v.vacancyId),
        })),
      ],
    });
  }
  const newCases = d.newCases ?? 0;
  const overdueCases = d.overdueCases ?? 0;
  if (newCases > 0 || overdueCases > 0) {
    sections.push({
      heading: t("casesHeading"),
      lines: [
        ...(newCases > 0 ? [{ text: t("casesNew", { count: newCases, since: instant(d.since) }), href: CONSOLE_LINKS.openCases }] : []),
        ...(overdueCases > 0 ? [{ text: t("casesOverdue", { count: overdueCases }), href: CONSOLE_LINKS.overdueCases }] : []),
      ],
    });
  }
  sections.push({ lines: [{ text: t("why") }], action: { label: t("console"), href: CONSOLE_LINKS.home } });
  const { text, html } = layout(locale, env, { title, sections, unsubscribePath: opts.unsubscribePath });
  return { subject: `【${site}】${title}`, text, html };
}
