// Shared by the live countdown (client) and the request-time text in lists (server).
/** Days / hours / minutes left, and which message to word them with; null when the time has come. */
export function countdownParts(ms: number): { key: "days" | "hours" | "minutes"; days: number; hours: number; minutes: number } | null {
  if (ms <= 0) return null;
  const total = Math.floor(ms / 60_000);
  const [days, hours, minutes] = [Math.floor(total / 1440), Math.floor((total % 1440) / 60), total % 60];
  return { key: days > 0 ? "days" : hours > 0 ? "hours" : "minutes", days, hours, minutes: Math.max(1, minutes) };
}
