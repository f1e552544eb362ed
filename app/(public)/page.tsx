import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SECTIONS } from "@/components/layout/nav-items";

export default async function HomePage() {
  const t = await getTranslations();
  return (
    <div className="space-y-10">
      <section className="overflow-hidden rounded-xl bg-gradient-to-br from-brand-700 via-brand-600 to-amber-600 px-6 py-10 text-white shadow sm:px-10">
        <p className="text-lg tracking-[0.3em] text-amber-100 sm:text-2xl">{t("common.motto")}</p>
        <h1 className="mt-3 text-3xl font-bold sm:text-4xl">{t("home.title")}</h1>
        <p className="mt-4 max-w-3xl text-base text-brand-50 sm:text-lg">{t("home.lead")}</p>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link href="/nominate" className="btn bg-white text-brand-700 hover:bg-brand-50">
            {t("home.start")}
          </Link>
          <Link href="/register" className="btn border border-white/80 text-white hover:bg-white/10">
            {t("home.registerCta")}
          </Link>
        </div>
      </section>

      <section className="grid gap-4 md:grid-cols-2" aria-label={t("nav.nominations")}>
        <Link href="/nominate/targeted" className="card block border-l-4 border-l-brand-600 hover:shadow-md">
          <h2 className="text-xl text-brand-700">{t("home.targetedTitle")}</h2>
          <p className="mt-2 text-muted">{t("home.targetedText")}</p>
        </Link>
        <Link href="/nominate/open" className="card block border-l-4 border-l-amber-600 hover:shadow-md">
          <h2 className="text-xl text-amber-800">{t("home.openTitle")}</h2>
          <p className="mt-2 text-muted">{t("home.openText")}</p>
        </Link>
      </section>

      <section aria-labelledby="sections-title">
        <h2 id="sections-title" className="mb-4 text-xl">
          {t("home.sectionsTitle")}
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {SECTIONS.map((s) => (
            <li key={s.key}>
              <Link href={s.href} className="card block h-full hover:border-brand-600">
                <h3 className="text-lg">{t(`nav.${s.key}`)}</h3>
                <p className="mt-1 text-sm text-muted">{t(`home.${s.key}Text`)}</p>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
