export function EmptyState({ text }: { text: string }) {
  return <p className="card text-muted">{text}</p>;
}
