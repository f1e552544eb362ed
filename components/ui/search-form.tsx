/** The search bar of a console list: optional filters, a text box named q, and a submit (GET). */
export function SearchForm({
  label,
  q,
  submitLabel,
  children,
}: {
  label: string;
  q?: string;
  submitLabel: string;
  children?: React.ReactNode;
}) {
  return (
    <form className="card flex flex-wrap items-end gap-3" role="search">
      {children}
      <label className="min-w-48 flex-1 space-y-1">
        <span className="block text-sm font-medium">{label}</span>
        <input name="q" defaultValue={q ?? ""} maxLength={50} className="input" />
      </label>
      <button className="btn-secondary">{submitLabel}</button>
    </form>
  );
}
