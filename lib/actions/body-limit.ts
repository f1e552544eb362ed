// The largest request body a form may send. next.config.mjs gives Next's own server-action
// limit the same figure, and the proxy answers a larger body with 413 and these words before
// Next reads it. Within it, the action pipeline refuses more than MAX_FORM_CHARS of text with
// a form message (lib/actions/form-input.ts).
export const ACTION_BODY_LIMIT_MB = 2;
export const ACTION_BODY_LIMIT_BYTES = ACTION_BODY_LIMIT_MB * 1024 * 1024;

export const BODY_TOO_LARGE_TEXT =
  "提交的内容过大（超过 2 MB），未被受理。请返回上一页，精简内容后重新提交。\n" +
  "The submission is larger than 2 MB and was not accepted. Please go back, shorten it and submit again.\n";
