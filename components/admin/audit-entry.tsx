import { IntentLink as Link } from "@/components/ui/intent-link";
import type { AuditRow } from "@/lib/data/audit-view";
import { changeText, valueText, type Words } from "@/lib/audit/words";

const CLIP = 80;

/** The object of an entry: its type, its name linking to its console page, and its history. */
export function AuditObjectCell({ row, t }: { row: AuditRow; t: Words }) {
  const o = row.object;
  if (!o) return <span className="text-muted">—</span>;
  const history = row.entity ? `/admin/audit?${new URLSearchParams({ type: row.entity.type, entity: row.entity.id })}` : null;
  return (
    <span className="block space-y-0.5">
      <span className="block text-muted">{t(o.typeKey)}</span>
      {o.name ? (
        o.href ? (
          <Link href={o.href} className="link block break-words">
            {o.name}
          </Link>
        ) : (
          <span className="block break-words">{o.name}</span>
        )
      ) : o.gone ? (
        <span className="block text-muted">（{t("auditLog.gone")}）</span>
      ) : null}
      {history && (
        <Link href={history} className="link block text-xs">
          {t("auditLog.sameObject")}
        </Link>
      )}
    </span>
  );
}

/** The field-by-field change, each line in words; long values shortened with the full text on hover. */
export function AuditChangeList({ row, t }: { row: AuditRow; t: Words }) {
  if (row.changes.length === 0) return <span className="text-muted">{t("auditLog.noChanges")}</span>;
  return (
    <ul className="space-y-0.5">
      {row.changes.map((c) => {
        const full = changeText(c, t);
        const short = changeText(c, t, CLIP);
        return (
          <li key={c.field} title={full !== short ? full : undefined} className="break-words">
            {short}
          </li>
        );
      })}
      {row.omitted > 0 && row.raw && <li className="text-xs text-muted">{t("auditLog.omitted", { count: row.omitted })}</li>}
    </ul>
  );
}

/** The stored entry, behind a disclosure: administrators only (the data layer sends it to them alone). */
export function AuditRawEntry({ row, t }: { row: AuditRow; t: Words }) {
  const raw = row.raw;
  if (!raw) return null;
  const fields: [string, string | null][] = [
    ["actorName", raw.actorName],
    ["action", raw.action],
    ["entityType", raw.entityType],
    ["entityId", raw.entityId],
    ["before", raw.before],
    ["after", raw.after],
    ["hash", raw.hash],
  ];
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-xs text-blue-800 underline underline-offset-4">
        {t("auditLog.raw")} · {t("auditLog.col.seq")} {row.id}
      </summary>
      <p className="mt-1 text-xs text-muted">{t("auditLog.rawNote")}</p>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-xs">
        {fields.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="text-muted">{t(`auditLog.rawFields.${k}`)}</dt>
            <dd className="font-mono break-all">{v ?? valueText({ t: "none" }, t)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
