// The colours of a nomination's status badge, shared by the server badge and the client lists.
export const STATUS_TONES: Record<string, string> = {
  SUBMITTED: "bg-sky-100 text-sky-900 border-sky-300",
  ACCEPTED: "bg-green-100 text-green-900 border-green-300",
  REJECTED: "bg-red-100 text-red-900 border-red-300",
  WITHDRAWN: "bg-stone-100 text-stone-800 border-stone-300",
  EXPIRED: "bg-stone-200 text-stone-800 border-stone-400",
  VOID: "bg-stone-200 text-stone-800 border-stone-400",
};
