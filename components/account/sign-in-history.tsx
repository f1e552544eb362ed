import { getFormatter, getTranslations } from "next-intl/server";
import type { SignInRow } from "@/lib/data/sessions";
import { browserKey } from "@/lib/security/user-agent";
import { INSTANT } from "@/lib/calendar/dates";

/** The person's recent sign-ins: time (北京时间), address, browser and system in words. */
export async function SignInHistory({ rows }: { rows: SignInRow[] }) {
  const [t, format] = await Promise.all([getTranslations("accountSecurity.signIns"), getFormatter()]);
  const tb = await getTranslations("accountSecurity.browserName");
  const browser = (name: string | null) => (!name ? t("unknownBrowser") : tb.has(browserKey(name)) ? tb(browserKey(name)) : name);
  if (rows.length === 0) return <p className="mt-2 text-muted">{t("none")}</p>;
  return (
    <div className="relative mt-3 overflow-x-auto">
      <table className="w-full text-left" data-testid="sign-in-history">
        <caption className="sr-only">{t("title")}</caption>
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col" className="py-2 pr-4 whitespace-nowrap">
              {t("time")}
            </th>
            <th scope="col" className="py-2 pr-4 whitespace-nowrap">
              {t("address")}
            </th>
            <th scope="col" className="py-2 whitespace-nowrap">
              {t("device")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200">
          {rows.map((r) => (
            <tr key={r.id}>
              <td className="py-2 pr-4 whitespace-nowrap tabular-nums">
                <time dateTime={r.at.toISOString()}>{format.dateTime(r.at, INSTANT)}</time>
              </td>
              <td className="py-2 pr-4 break-all tabular-nums">{r.address ?? t("unknownAddress")}</td>
              <td className="py-2">
                {t("deviceWords", { browser: browser(r.browser), os: r.os ?? t("unknownOs") })}
                {r.mobile && <span className="ml-2 text-sm text-muted">{t("mobile")}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
