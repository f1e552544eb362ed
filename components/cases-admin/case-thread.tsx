import { getFormatter, getTranslations } from "next-intl/server";
import { INSTANT } from "@/lib/calendar/dates";
import type { CaseAttachmentView, CaseMessageView } from "@/lib/data/cases/console";

const STYLE: Record<CaseMessageView["type"], string> = {
  WRITER: "border-stone-300 bg-white",
  REPLY: "border-green-400 bg-green-50",
  NOTE: "border-amber-400 bg-amber-50",
  EVENT: "border-stone-300 bg-stone-50",
};

/** The files of a message; links only for those who may download them (the handlers), names for the others. */
export async function FileList({ files, title, downloadable }: { files: CaseAttachmentView[]; title: string; downloadable: boolean }) {
  const t = await getTranslations("caseAdmin.page");
  if (!files.length) return null;
  return (
    <div className="mt-2 text-sm">
      <p className="font-medium">{title}</p>
      <ul className="mt-1 space-y-1">
        {files.map((f) => (
          <li key={f.id} className="break-all">
            {downloadable ? (
              <a href={`/cases/files/${f.id}`} className="link" download>
                {f.fileName}
              </a>
            ) : (
              <span>{f.fileName}</span>
            )}{" "}
            <span className="text-muted">（{t("fileSize", { size: Math.max(1, Math.round(f.size / 1024)) })}）</span>
          </li>
        ))}
      </ul>
      {!downloadable && <p className="text-muted mt-1">{t("handlersDownload")}</p>}
    </div>
  );
}

/**
 * The whole thread for staff: the writer's letters, the replies the writer reads, and the
 * staff-only notes, each marked 仅内部可见 in words (not by colour alone).
 */
export async function CaseThread({ messages, downloadable }: { messages: CaseMessageView[]; downloadable: boolean }) {
  const [t, format] = await Promise.all([getTranslations("caseAdmin.page"), getFormatter()]);
  const heading = (m: CaseMessageView) =>
    m.type === "WRITER" ? t("writerMessage") : m.type === "REPLY" ? t("reply") : m.type === "NOTE" ? t("note") : t("event");
  return (
    <ol className="space-y-3">
      {messages.map((m) => (
        <li key={m.id} className={`rounded-md border-l-4 p-4 shadow-sm ${STYLE[m.type]}`} data-testid={`message-${m.type.toLowerCase()}`}>
          <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
            <span className="font-semibold">{heading(m)}</span>
            {m.type === "NOTE" && (
              <span className="rounded border border-amber-500 bg-white px-2 py-0.5 text-xs font-semibold text-amber-900">
                {t("internalOnly")}
              </span>
            )}
            {m.staffName && <span>{m.staffName}</span>}
            <span className="text-muted">{format.dateTime(m.at, INSTANT)}</span>
          </p>
          <p className="mt-2 break-words whitespace-pre-line">{m.body}</p>
          <FileList files={m.attachments} title={t("attachments")} downloadable={downloadable} />
        </li>
      ))}
    </ol>
  );
}
