// A case's status and its 已超期 mark, in the console's colours (text ≥ 4.5:1 on its background).
const TONES: Record<string, string> = {
  PENDING: "bg-amber-100 text-amber-900 border-amber-400",
  ACCEPTED: "bg-sky-100 text-sky-900 border-sky-300",
  INVESTIGATING: "bg-sky-100 text-sky-900 border-sky-300",
  ANSWERED: "bg-green-100 text-green-900 border-green-400",
  CLOSED: "bg-stone-200 text-stone-800 border-stone-400",
  DISMISSED: "bg-stone-200 text-stone-800 border-stone-400",
};

export function CaseStatusBadge({ status, label }: { status: string; label: string }) {
  return <span className={`badge ${TONES[status] ?? "border-stone-300 bg-stone-100 text-stone-800"}`}>{label}</span>;
}

export function OverdueMark({ label }: { label: string }) {
  return <span className="badge border-red-400 bg-red-50 text-red-900">{label}</span>;
}
