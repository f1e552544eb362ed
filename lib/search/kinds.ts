// What the site search covers: the four public boards and the training classes, in the order of
// the search page's tabs. Its own small module: the request proxy (lib/routing/locale-path.ts)
// keeps a search's `kind` only when it is one of these, without importing the indexer.
export const SEARCH_KINDS = ["policies", "vacancies", "notices", "appointments", "training"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const isSearchKind = (v: string): v is SearchKind => (SEARCH_KINDS as readonly string[]).includes(v);
