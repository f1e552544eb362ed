// The largest request body a form may send. The proxy answers a larger body with 413 and these
// words before Next reads it. Within it, the action pipeline refuses more than MAX_FORM_CHARS of
// text with a form message (lib/actions/form-input.ts).
//
// Two sizes: 2 MB for every form, and CASE_FORM_BODY_LIMIT_MB for the two case forms that carry
// files (公示反映 and 监督举报: 3 files of 5 MB and the text). Next's own server-action limit
// (next.config.mjs, serverActions.bodySizeLimit) is one figure for the whole site, so it is the
// larger one, and the proxy keeps every other path at 2 MB.
import { LOCALES } from "../../i18n/config";

const ACTION_BODY_LIMIT_MB = 2;
export const ACTION_BODY_LIMIT_BYTES = ACTION_BODY_LIMIT_MB * 1024 * 1024;

/** 3 × 5 MB of files (ATTACHMENT_RULES) and the form's text with the multipart framing. */
const CASE_FORM_BODY_LIMIT_MB = 16;
export const CASE_FORM_BODY_LIMIT_BYTES = CASE_FORM_BODY_LIMIT_MB * 1024 * 1024;

/** The pages whose forms send case files (a server action posts to its page's path). */
const CASE_FORM_PATHS = [/^\/notices\/[^/]+\/object\/?$/, /^\/report(?:\/new)?\/?$/];

const LOCALE_PREFIX = new RegExp(`^/(?:${LOCALES.join("|")})(?=/)`);

/** The body limit of a POST to `pathname` (a visitor's path, or the same with a locale prefix). */
export function bodyLimitBytes(pathname: string): number {
  const path = pathname.replace(LOCALE_PREFIX, "");
  return CASE_FORM_PATHS.some((p) => p.test(path)) ? CASE_FORM_BODY_LIMIT_BYTES : ACTION_BODY_LIMIT_BYTES;
}

export function bodyTooLargeText(limitBytes: number): string {
  const mb = Math.round(limitBytes / 1024 / 1024);
  return (
    `提交的内容过大（超过 ${mb} MB），未被受理。请返回上一页，精简内容后重新提交。\n` +
    `The submission is larger than ${mb} MB and was not accepted. Please go back, shorten it and submit again.\n`
  );
}

export const LENGTH_REQUIRED_TEXT =
  "提交未被受理：请求未注明内容长度。请使用浏览器重新提交。\n" +
  "The submission was not accepted: the request did not state its length. Please submit again from a browser.\n";
