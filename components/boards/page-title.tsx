/** A board's heading with its lead text and optional extras (feed links, actions). */
export function PageTitle({ title, lead, children }: { title: string; lead?: string; children?: React.ReactNode }) {
  return (
    <header className="space-y-2">
      <h1 className="text-2xl sm:text-3xl">{title}</h1>
      {lead && <p className="max-w-3xl text-muted">{lead}</p>}
      {children}
    </header>
  );
}
