import { IntentLink as Link } from "@/components/ui/intent-link";
import { getTranslations } from "next-intl/server";

/** 推荐他人 / 自荐: two links, so the choice works without JavaScript and is bookmarkable. */
export async function WhoSwitch({ basePath, self }: { basePath: string; self: boolean }) {
  const t = await getTranslations("nominations.form");
  const item = (on: boolean, href: string, label: string) => (
    <Link
      href={href}
      aria-current={on ? "page" : undefined}
      className={`min-h-11 flex-1 rounded-md px-4 py-2 text-center font-medium ${on ? "bg-brand-600 text-white" : "bg-white text-ink hover:bg-stone-100"}`}
    >
      {label}
    </Link>
  );
  return (
    <nav aria-label={t("whom")} className="flex max-w-md gap-1 rounded-lg border border-stone-300 bg-stone-100 p-1">
      {item(!self, basePath, t("nominateOther"))}
      {item(self, `${basePath}?self=1`, t("nominateSelf"))}
    </nav>
  );
}
