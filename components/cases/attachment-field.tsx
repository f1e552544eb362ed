"use client";
import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { ATTACHMENT_RULES } from "@/lib/cases/kinds";

/** What the file picker offers: the accepted types and their usual extensions (the server checks the bytes). */
const ACCEPT = [...ATTACHMENT_RULES.mimeTypes, ".jpg", ".jpeg", ".png", ".gif", ".webp", ".pdf"].join(",");

interface Chosen {
  name: string;
  size: number;
}

const megabytes = (bytes: number) => (Math.max(bytes, 10_240) / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1);

/**
 * The files of a 公示反映 or 监督举报 form (input name "attachments"; the action reads them with
 * readAttachments). Shows what was chosen, and says at once when there are too many or one is
 * too large, before anything is sent. A refused form comes back without its files (browsers
 * never let a page fill in a file input), so after a refusal it asks for them again.
 */
export function AttachmentField({
  errors,
  refused = false,
  name = "attachments",
}: {
  errors?: string[];
  refused?: boolean;
  name?: string;
}) {
  const t = useTranslations("cases");
  const tAll = useTranslations();
  const id = useId();
  const [chosen, setChosen] = useState<Chosen[]>([]);
  const local = [
    chosen.length > ATTACHMENT_RULES.maxFiles ? "cases.errors.attachments.tooMany" : null,
    chosen.some((f) => f.size > ATTACHMENT_RULES.maxBytes) ? "cases.errors.attachments.tooLarge" : null,
  ].filter((e): e is string => !!e);
  // The server's words until a new choice is made; then what the browser can tell already.
  const shown = chosen.length ? local : (errors ?? []);
  const hintId = `${id}-hint`;
  const againId = `${id}-again`;
  const errorId = `${id}-error`;
  const describedBy = [hintId, refused && !chosen.length ? againId : null, shown.length ? errorId : null].filter(Boolean).join(" ");
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        {t("attachments.label")}
        <span className="ml-1 text-sm font-normal text-muted">（{tAll("common.optional")}）</span>
      </label>
      <input
        id={id}
        name={name}
        type="file"
        multiple
        accept={ACCEPT}
        aria-invalid={shown.length > 0}
        aria-describedby={describedBy}
        className="block w-full text-sm file:mr-3 file:rounded-md file:border file:border-gray-300 file:bg-white file:px-3 file:py-1.5"
        onChange={(e) => setChosen(Array.from(e.currentTarget.files ?? [], (f) => ({ name: f.name, size: f.size })))}
      />
      <p id={hintId} className="text-sm text-muted">
        {t("attachments.hint")}
      </p>
      {refused && !chosen.length && (
        <p id={againId} className="text-sm font-medium text-brand-700">
          {t("attachments.chooseAgain")}
        </p>
      )}
      {chosen.length > 0 && (
        <div className="text-sm" aria-live="polite">
          <p>{t("attachments.chosen", { count: chosen.length })}</p>
          <ul className="list-disc pl-5">
            {chosen.map((f, i) => (
              <li key={`${i}-${f.name}`} className={f.size > ATTACHMENT_RULES.maxBytes ? "text-brand-700" : undefined}>
                <span className="break-all">{f.name}</span>（{t("attachments.size", { size: megabytes(f.size) })}）
              </li>
            ))}
          </ul>
        </div>
      )}
      {shown.length > 0 && (
        <p id={errorId} className="text-sm font-medium text-brand-700">
          {shown.map((e) => tAll(e)).join("；")}
        </p>
      )}
    </div>
  );
}
