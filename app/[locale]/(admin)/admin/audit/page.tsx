import { IntentLink as Link } from "@/components/ui/intent-link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { staffPage } from "@/lib/auth/page-guards";
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, actionPhraseKey, entityTypeKey } from "@/lib/audit/catalog";
import type { Words } from "@/lib/audit/words";
import { shanghaiDateTimeText } from "@/lib/calendar/dates";
import {
  auditChainSummary,
  auditPeople,
  auditQueryFrom,
  auditQueryParams,
  listAuditEntries,
  personText,
  type AuditChainSummary,
} from "@/lib/data/audit-view";
import { Pagination } from "@/components/ui/pagination";
import { AuditChangeList, AuditObjectCell, AuditRawEntry } from "@/components/admin/audit-entry";
import { DateField } from "@/components/ui/date-fields";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("audit") };
}

const query = (params: Record<string, string | undefined>) => {
  const q = new URLSearchParams(Object.entries(params).filter(([, v]) => v) as [string, string][]);
  return q.size ? `?${q}` : "";
};

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await staffPage("/admin/audit");
  const params = await searchParams;
  const q = auditQueryFrom(params);
  const [t, result, people, chain] = await Promise.all([
    getTranslations(),
    listAuditEntries(actor, q),
    auditPeople(actor),
    params.verify === "1" ? auditChainSummary(actor) : Promise.resolve(null),
  ]);
  const w = t as unknown as Words;
  const filters = auditQueryParams(q);
  const filtered = Object.values(filters).some(Boolean);
  return (
    <div className="space-y-5">
      <header className="space-y-2">
        <h1 className="text-2xl">{t("admin.audit")}</h1>
        <p className="text-muted">{t("auditLog.lead")}</p>
      </header>

      <form method="get" action="/admin/audit" className="card space-y-4" aria-label={t("auditLog.filters")}>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <label className="space-y-1">
            <span className="block text-sm font-medium">{t("auditLog.personLabel")}</span>
            <input
              name="person"
              defaultValue={q.person ?? ""}
              list="audit-people"
              maxLength={40}
              placeholder={t("auditLog.personHint")}
              className="input"
            />
            <datalist id="audit-people">
              {people.map((p) => (
                <option key={p} value={p} />
              ))}
            </datalist>
          </label>
          <label className="space-y-1">
            <span className="block text-sm font-medium">{t("auditLog.actionLabel")}</span>
            <select name="action" defaultValue={q.action ?? ""} className="input">
              <option value="">{t("auditLog.allActions")}</option>
              {AUDIT_ACTIONS.map((a) => (
                <option key={a} value={a}>
                  {t(actionPhraseKey(a))}
                </option>
              ))}
            </select>
          </label>
          <label className="space-y-1">
            <span className="block text-sm font-medium">{t("auditLog.type")}</span>
            <select name="type" defaultValue={q.type ?? ""} className="input">
              <option value="">{t("auditLog.allTypes")}</option>
              {AUDIT_ENTITY_TYPES.map((e) => (
                <option key={e} value={e}>
                  {t(entityTypeKey(e))}
                </option>
              ))}
            </select>
          </label>
          <DateField filter name="from" label={t("auditLog.from")} defaultValue={q.from ?? ""} />
          <DateField filter name="to" label={t("auditLog.to")} defaultValue={q.to ?? ""} />
        </div>
        {q.entity && (
          <p className="text-sm">
            <input type="hidden" name="entity" value={q.entity} />
            {t("auditLog.entityFilter")}
          </p>
        )}
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" className="btn-primary">
            {t("auditLog.apply")}
          </button>
          {filtered && (
            <Link href="/admin/audit" className="btn-secondary">
              {t("auditLog.reset")}
            </Link>
          )}
          <a href={`/admin/exports/audit${query(filters)}`} className="btn-secondary" download>
            {t("auditLog.export")}
          </a>
        </div>
        <p className="text-sm text-muted">{t("auditLog.exportNote")}</p>
      </form>

      <p className="text-sm text-muted" role="status">
        {t("auditLog.total", { count: result.total })}
      </p>

      {result.rows.length === 0 ? (
        <p className="card text-muted">{t("auditLog.noRows")}</p>
      ) : (
        <>
          {/* Wide screens: a table; narrow ones: one card per entry (nothing wider than the screen). */}
          <div className="hidden rounded-lg border border-stone-200 bg-white xl:block">
            <table className="w-full table-fixed text-left text-sm">
              <colgroup>
                <col className="w-36" />
                <col className="w-24" />
                <col className="w-40" />
                <col className="w-48" />
                <col />
              </colgroup>
              <thead className="bg-stone-100">
                <tr>
                  <th scope="col" className="px-3 py-2 whitespace-nowrap">
                    {t("auditLog.col.time")}
                  </th>
                  <th scope="col" className="px-3 py-2 whitespace-nowrap">
                    {t("auditLog.col.person")}
                  </th>
                  <th scope="col" className="px-3 py-2 whitespace-nowrap">
                    {t("auditLog.col.action")}
                  </th>
                  <th scope="col" className="px-3 py-2 whitespace-nowrap">
                    {t("auditLog.col.object")}
                  </th>
                  <th scope="col" className="px-3 py-2 whitespace-nowrap">
                    {t("auditLog.col.changes")}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-200 align-top">
                {result.rows.map((r) => (
                  <tr key={r.id} data-testid="audit-row">
                    <td className="px-3 py-2 whitespace-nowrap tabular-nums">{shanghaiDateTimeText(r.at)}</td>
                    <td className="px-3 py-2 break-words">{personText(r.person, w)}</td>
                    <td className="px-3 py-2">{t(r.phraseKey)}</td>
                    <td className="px-3 py-2 break-words">
                      <AuditObjectCell row={r} t={w} />
                    </td>
                    <td className="px-3 py-2 break-words">
                      <AuditChangeList row={r} t={w} />
                      {r.raw && <AuditRawEntry row={r} t={w} />}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ol className="space-y-3 xl:hidden">
            {result.rows.map((r) => (
              <li key={r.id} className="card space-y-2 text-sm">
                <p className="flex flex-wrap justify-between gap-x-3">
                  <span className="font-medium">{t(r.phraseKey)}</span>
                  <span className="text-muted tabular-nums">{shanghaiDateTimeText(r.at)}</span>
                </p>
                <p>
                  <span className="text-muted">{t("auditLog.col.person")}：</span>
                  {personText(r.person, w)}
                </p>
                <div>
                  <AuditObjectCell row={r} t={w} />
                </div>
                <AuditChangeList row={r} t={w} />
                {r.raw && <AuditRawEntry row={r} t={w} />}
              </li>
            ))}
          </ol>
        </>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} basePath="/admin/audit" params={filters} />

      <section className="card space-y-3" aria-labelledby="audit-verify">
        <h2 id="audit-verify" className="text-lg">
          {t("auditLog.verify.title")}
        </h2>
        <p className="text-sm text-muted">{t("auditLog.verify.explain")}</p>
        {chain && <ChainVerdict chain={chain} t={w} />}
        <form method="get" action="/admin/audit">
          {Object.entries(filters).map(([k, v]) => (v ? <input key={k} type="hidden" name={k} value={v} /> : null))}
          <input type="hidden" name="verify" value="1" />
          <button type="submit" className="btn-secondary">
            {t("auditLog.verify.run")}
          </button>
        </form>
      </section>
    </div>
  );
}

function ChainVerdict({ chain, t }: { chain: AuditChainSummary; t: Words }) {
  const tone =
    chain.verdict === "ok"
      ? "border-green-700 bg-green-50 text-green-950"
      : chain.verdict === "unanchored"
        ? "border-amber-500 bg-amber-50 text-amber-950"
        : "border-red-700 bg-red-50 text-red-950";
  const text =
    chain.verdict === "broken"
      ? chain.brokenAt !== null
        ? t("auditLog.verify.broken", { at: chain.brokenAt })
        : t("auditLog.verify.brokenNoAt")
      : t(`auditLog.verify.${chain.verdict}`, { count: chain.entries });
  return (
    <p role="status" className={`rounded-md border px-4 py-3 ${tone}`} data-testid="audit-verdict">
      {text}
    </p>
  );
}
