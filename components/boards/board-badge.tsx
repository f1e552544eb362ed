// Colours by meaning, readable in both themes of the site (text ≥ 4.5:1 on its background).
const TONES: Record<string, string> = {
  OPEN: "bg-green-100 text-green-900 border-green-400",
  ACTIVE: "bg-green-100 text-green-900 border-green-400",
  PUBLISHED: "bg-green-100 text-green-900 border-green-400",
  UPCOMING: "bg-sky-100 text-sky-900 border-sky-300",
  NOT_YET: "bg-sky-100 text-sky-900 border-sky-300",
  NOTICE: "bg-amber-100 text-amber-900 border-amber-400",
  DRAFT: "bg-amber-50 text-amber-900 border-amber-300",
  FILLED: "bg-blue-100 text-blue-900 border-blue-300",
  CLOSED: "bg-stone-200 text-stone-800 border-stone-400",
  ENDED: "bg-stone-200 text-stone-800 border-stone-400",
  UNPUBLISHED: "bg-stone-200 text-stone-800 border-stone-400",
  CANCELLED: "bg-red-50 text-red-900 border-red-300",
  APPOINT: "bg-brand-50 text-brand-800 border-brand-100",
  REMOVE: "bg-stone-100 text-stone-800 border-stone-300",
};

export const badgeClass = (tone: string) => `badge ${TONES[tone] ?? "border-stone-300 bg-stone-100 text-stone-800"}`;

export function BoardBadge({ tone, label }: { tone: string; label: string }) {
  return <span className={badgeClass(tone)}>{label}</span>;
}
