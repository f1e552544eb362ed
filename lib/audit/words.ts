// The audit log's values in words: the page (next-intl's translator) and the .xlsx export (the
// Chinese catalog through use-intl) render through the same functions, so a state word, a
// date or a yes/no reads the same in both. Dates in the dense table style, Beijing time.
import { createTranslator } from "use-intl/core";
import { catalogs } from "../../messages";
import { shanghaiDateTimeText } from "../calendar/dates";
import type { AuditChange, AuditValue } from "./catalog";

/** A translator as next-intl's getTranslations() returns it (the part used here). */
export interface Words {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
}

/** The Chinese catalog as Words (exports are in Chinese whatever the interface language). */
export function chineseWords(): Words {
  const t = createTranslator({ locale: "zh-CN", messages: catalogs["zh-CN"] }) as unknown as Words;
  return t;
}

const clip = (s: string, max?: number) => (max && s.length > max ? `${s.slice(0, max)}…` : s);

/** One value in words; `max` shortens long text (the page shows the full text on hover). */
export function valueText(v: AuditValue, t: Words, max?: number): string {
  switch (v.t) {
    case "text":
      return clip(v.v.replace(/\s+/g, " ").trim(), max);
    case "key":
      return t.has(v.key) ? t(v.key) : t("auditLog.otherValue");
    case "bool":
      return t(v.v ? "auditLog.yes" : "auditLog.no");
    case "num":
      return String(v.v);
    case "day":
      return v.v;
    case "time":
      return shanghaiDateTimeText(new Date(v.v));
    case "ref":
      return t("auditLog.gone");
    case "list":
      return v.items.length ? clip(v.items.map((i) => valueText(i, t)).join("、"), max) : t("auditLog.empty");
    case "pairs":
      return v.items.length ? clip(v.items.map((p) => `${t(p.labelKey)}：${valueText(p.value, t)}`).join("；"), max) : t("auditLog.empty");
    case "none":
      return t("auditLog.empty");
  }
}

/** The full text of a value when `valueText(v, t, max)` shortened it, else undefined (a hover title). */
/** One change line: "状态：待审核 → 已通过". */
export function changeText(c: AuditChange, t: Words, max?: number): string {
  const label = t.has(c.labelKey) ? t(c.labelKey) : t("auditLog.field.other");
  if (c.before && c.after) return `${label}：${valueText(c.before, t, max)} → ${valueText(c.after, t, max)}`;
  if (c.before && c.context) return `${label}：${valueText(c.before, t, max)}`;
  if (c.before) return `${label}：${valueText(c.before, t, max)}（${t("auditLog.removed")}）`;
  return `${label}：${c.after ? valueText(c.after, t, max) : t("auditLog.empty")}`;
}
