"use client";
import { useTranslations } from "next-intl";
import type { PrecheckFlag } from "@/lib/nominations/precheck";

/** Pre-check failures in words ("学历为大学专科，低于岗位要求的大学本科"). */
export function FlagList({ flags, compact = false }: { flags: PrecheckFlag[]; compact?: boolean }) {
  const t = useTranslations("nominations");
  const word = (f: PrecheckFlag, v: string | number) => {
    if (typeof v === "number") return String(v);
    const ns = f.code === "minEducation" ? "education" : "level";
    return t.has(`${ns}.${v}`) ? t(`${ns}.${v}`) : v;
  };
  if (flags.length === 0) return null;
  return (
    <ul className={compact ? "space-y-0.5 text-sm" : "mt-2 list-disc space-y-1 pl-6"}>
      {flags.map((f) => {
        const text = t(`flag.${f.code}`, { limit: word(f, f.limit), actual: word(f, f.actual) });
        // In a table row (compact) each pre-check stays on one line, cut with the full words on
        // hover: wrapped in the narrow column they made every flagged row several lines tall.
        return compact ? (
          <li key={f.code} className="max-w-[16rem] truncate" title={text}>
            {text}
          </li>
        ) : (
          <li key={f.code}>{text}</li>
        );
      })}
    </ul>
  );
}
