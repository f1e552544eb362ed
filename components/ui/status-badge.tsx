const TONES: Record<string, string> = {
  PENDING: "bg-amber-100 text-amber-900 border-amber-300",
  APPROVED: "bg-green-100 text-green-900 border-green-300",
  REJECTED: "bg-red-100 text-red-900 border-red-300",
  SUSPENDED: "bg-stone-200 text-stone-800 border-stone-400",
};

export function StatusBadge({ status, label }: { status: string; label: string }) {
  return <span className={`badge ${TONES[status] ?? "border-stone-300 bg-stone-100 text-stone-800"}`}>{label}</span>;
}
