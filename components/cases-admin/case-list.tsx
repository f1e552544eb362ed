import { IntentLink as Link } from "@/components/ui/intent-link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DAY, INSTANT, parseDay } from "@/lib/calendar/dates";
import type { CaseListRow } from "@/lib/data/cases/console";
import { CaseStatusBadge, OverdueMark } from "./case-badges";

/** The words of a case's category (说心里话 and 监督举报 have categories; 公示反映 none). */
export function categoryKey(kind: string, category: string | null): string | null {
  if (!category) return null;
  if (kind === "TALK") return `cases.talkCategory.${category}`;
  if (kind === "REPORT") return `cases.reportCategory.${category}`;
  return null;
}

/**
 * The inbox as a list of cards (readable at 390 px, no sideways scrolling): number, channel,
 * status and 已超期 on the first line, the title to the case, then category, filing time, due
 * day, handler, and whether it was written under a real name (never whose).
 */
export async function CaseList({ rows }: { rows: CaseListRow[] }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  if (!rows.length) return <p className="card text-muted">{t("caseAdmin.noRows")}</p>;
  return (
    <ul className="space-y-3" aria-label={t("caseAdmin.title")}>
      {rows.map((r) => {
        const cat = categoryKey(r.kind, r.category);
        return (
          <li key={r.id} className="card space-y-2" data-testid="case-row">
            <p className="flex flex-wrap items-center gap-2 text-sm">
              <span className="font-mono">{r.number}</span>
              <span className="text-muted">{t(`cases.kind.${r.kind}`)}</span>
              <CaseStatusBadge status={r.status} label={t(`cases.status.${r.status}`)} />
              {r.overdue && <OverdueMark label={t("cases.overdue")} />}
            </p>
            <p className="text-lg">
              <Link href={`/admin/cases/${r.id}`} className="link break-words">
                {r.title}
              </Link>
            </p>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm sm:grid-cols-[auto_1fr_auto_1fr]">
              {cat && (
                <>
                  <dt className="text-muted">{t("caseAdmin.col.category")}</dt>
                  <dd>{t(cat)}</dd>
                </>
              )}
              <dt className="text-muted">{t("caseAdmin.col.filed")}</dt>
              <dd>{format.dateTime(r.filedAt, INSTANT)}</dd>
              <dt className="text-muted">{t("caseAdmin.col.due")}</dt>
              <dd>{r.dueDay ? t("caseAdmin.dueOn", { day: format.dateTime(parseDay(r.dueDay)!, DAY) }) : t("caseAdmin.noDue")}</dd>
              <dt className="text-muted">{t("caseAdmin.col.handler")}</dt>
              <dd>{r.handlerName ?? t("caseAdmin.unassigned")}</dd>
              <dt className="text-muted">{t("caseAdmin.col.writer")}</dt>
              <dd>{r.anonymous ? t("cases.anonymous") : t("caseAdmin.realName")}</dd>
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
