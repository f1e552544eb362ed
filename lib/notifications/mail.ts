// A notification's mail: multipart, plain text plus simple HTML in the site's style, with the
// platform's and the organization's names, the link where the user acts, and a link that turns
// this kind of mail off without signing in. The subject is the kind's title only.
import { catalogs } from "../../messages";
import type { NotificationParams } from "./kinds";
import { renderNotification, siteUrl, type MailLocale } from "./render";

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

export function renderMail(
  locale: MailLocale,
  kind: string,
  params: NotificationParams,
  opts: { link?: string | null; unsubscribePath?: string | null; env?: NodeJS.ProcessEnv },
): RenderedMail {
  const env = opts.env ?? process.env;
  const c = catalogs[locale].notifyMail;
  const site = catalogs[locale].common.siteName;
  const org = organizationName(locale, env);
  const { title, body } = renderNotification(locale, kind, params);
  const base = siteUrl(env);
  const link = opts.link ? base + opts.link : null;
  const unsubscribe = opts.unsubscribePath ? base + opts.unsubscribePath : null;
  const subject = `【${site}】${title}`;
  const text = [
    title,
    "",
    body,
    ...(link ? ["", `${c.open}：${link}`] : []),
    "",
    "—",
    `${org} · ${site}`,
    c.noReply,
    ...(unsubscribe ? [`${c.unsubscribe}：${unsubscribe}`] : []),
    "",
  ].join("\n");
  const html = `<!doctype html><html lang="${locale}"><body style="margin:0;background:#f6f6f6;font-family:'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif;color:#1f2937">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border-top:4px solid #b91c1c">
<tr><td style="padding:20px 24px 8px;font-size:14px;color:#b91c1c;font-weight:bold">${escapeHtml(site)}</td></tr>
<tr><td style="padding:0 24px;font-size:20px;font-weight:bold">${escapeHtml(title)}</td></tr>
<tr><td style="padding:12px 24px;font-size:16px;line-height:1.7;white-space:pre-line">${escapeHtml(body)}</td></tr>
${link ? `<tr><td style="padding:8px 24px 20px"><a href="${escapeHtml(link)}" style="display:inline-block;background:#b91c1c;color:#ffffff;text-decoration:none;padding:10px 18px;border-radius:4px">${escapeHtml(c.open)}</a></td></tr>` : ""}
<tr><td style="padding:16px 24px;border-top:1px solid #e5e7eb;font-size:13px;color:#6b7280;line-height:1.6">${escapeHtml(org)} · ${escapeHtml(site)}<br>${escapeHtml(c.noReply)}${unsubscribe ? `<br><a href="${escapeHtml(unsubscribe)}" style="color:#6b7280">${escapeHtml(c.unsubscribe)}</a>` : ""}</td></tr>
</table></td></tr></table></body></html>`;
  return { subject, text, html };
}
