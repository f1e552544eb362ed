// The site header's search box: a plain GET form to /search (no client JavaScript), the same
// on every page, so it does not stop public pages from being cached. The label is for screen
// readers; the placeholder says what is searched.
export function HeaderSearch({ label, placeholder, submit }: { label: string; placeholder: string; submit: string }) {
  return (
    <form action="/search" method="get" role="search" aria-label={label} className="order-last flex w-full gap-1 sm:order-none sm:w-auto">
      <label htmlFor="site-search" className="sr-only">
        {label}
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        required
        maxLength={50}
        placeholder={placeholder}
        className="min-w-0 flex-1 rounded border border-brand-100 bg-white px-2 py-1 text-sm text-stone-900 placeholder:text-stone-500 focus-visible:outline-white sm:w-64"
      />
      <button
        type="submit"
        className="shrink-0 rounded border border-white/70 px-3 py-1 text-sm font-medium text-white hover:bg-brand-800 focus-visible:outline-white"
      >
        {submit}
      </button>
    </form>
  );
}
