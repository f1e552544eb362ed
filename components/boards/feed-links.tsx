import type { T } from "./i18n-types";

/** Visible RSS / Atom links of a board (the page head carries them too, see feedAlternates). */
export function FeedLinks({ t, board }: { t: T; board: "vacancies" | "notices" | "appointments" }) {
  return (
    <p className="flex flex-wrap items-center gap-3 text-sm">
      <span className="text-muted">{t("boards.subscribe")}</span>
      <a href={`/feeds/${board}/rss.xml`} className="link" type="application/rss+xml">
        RSS
      </a>
      <a href={`/feeds/${board}/atom.xml`} className="link" type="application/atom+xml">
        Atom
      </a>
    </p>
  );
}

/** `alternates` for a page's metadata: feed links in <head>. */
export function feedAlternates(board: "vacancies" | "notices" | "appointments", title: string) {
  return {
    types: {
      "application/rss+xml": [{ url: `/feeds/${board}/rss.xml`, title: `${title} (RSS)` }],
      "application/atom+xml": [{ url: `/feeds/${board}/atom.xml`, title: `${title} (Atom)` }],
    },
  };
}
