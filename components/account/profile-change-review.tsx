import { getFormatter, getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import { pendingChangeForReview } from "@/lib/data/profile";
import { BIRTH, INSTANT } from "@/lib/calendar/dates";

/**
 * On a registration's review page: the account's pending correction of name or ID number, the
 * values before and after side by side (masked; the full new number through 查看完整号码 as
 * for any registration). Nothing when the account has none. Birth dates read as year and month,
 * as everywhere on the site (lib/calendar/dates.ts BIRTH).
 */
export async function ProfileChangeReview({ actor, userId }: { actor: Actor; userId: string }) {
  const change = await pendingChangeForReview(actor, userId);
  if (!change) return null;
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const rows: [string, string, string][] = [
    [t("fields.realName"), change.before.realName, change.after.realName],
    [t("fields.idNumber"), change.before.idMasked, change.after.idMasked],
    [t("fields.gender"), t(`gender.${change.before.gender}`), t(`gender.${change.after.gender}`)],
    [t("fields.birthDate"), format.dateTime(change.before.birthDate, BIRTH), format.dateTime(change.after.birthDate, BIRTH)],
  ];
  return (
    <section aria-labelledby="change-title" className="card space-y-3 border-brand-600" data-testid="profile-change-review">
      <h2 id="change-title" className="text-lg">
        {t("rights.review.title")}
      </h2>
      <p className="text-muted">{t("rights.review.lead")}</p>
      <div className="overflow-x-auto">
        <table className="w-full text-left">
          <thead>
            <tr>
              <td className="py-1 pr-4" />
              <th scope="col" className="py-1 pr-4 whitespace-nowrap">
                {t("rights.review.before")}
              </th>
              <th scope="col" className="py-1 whitespace-nowrap">
                {t("rights.review.after")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, before, after]) => (
              <tr key={label} className="border-t border-stone-200">
                <th scope="row" className="py-1 pr-4 font-medium whitespace-nowrap">
                  {label}
                </th>
                <td className="py-1 pr-4">{before}</td>
                <td className={`py-1 ${before === after ? "" : "font-semibold"}`}>{after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="text-sm text-muted">
        {t("rights.review.at")}：{format.dateTime(change.at, INSTANT)}
      </p>
    </section>
  );
}
