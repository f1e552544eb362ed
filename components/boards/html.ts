// A tagged template for the few hot lists rendered as one HTML string (see vacancy-card.tsx):
// every interpolated value is escaped unless it is itself the output of `html`, so data typed
// by staff (a post, a unit) can never become markup.
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

export class SafeHtml {
  constructor(readonly value: string) {}
  toString() {
    return this.value;
  }
}

type Value = string | number | SafeHtml | null | undefined | false;

export function html(strings: TemplateStringsArray, ...values: (Value | Value[])[]): SafeHtml {
  let out = strings[0];
  values.forEach((v, i) => {
    const parts = Array.isArray(v) ? v : [v];
    for (const p of parts)
      out += p instanceof SafeHtml ? p.value : p === null || p === undefined || p === false ? "" : escapeHtml(String(p));
    out += strings[i + 1];
  });
  return new SafeHtml(out);
}
