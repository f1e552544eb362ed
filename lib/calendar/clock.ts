// The time the app runs against: the nomination window and its one-year expiry, a vacancy's
// stage, a notice's period, the console's reminders, the public boards' minute. Production reads
// the system clock; tests set it (to the second, for window edges) with setClock/resetClock, and
// the data functions also take an explicit `now` so a single call can be pinned without global
// state. Kept on globalThis so every module instance (and Next's bundles) sees the same clock.

type Clock = () => Date;

const systemClock: Clock = () => new Date();
const holder = globalThis as unknown as { openselectClock?: Clock };

export function now(): Date {
  return (holder.openselectClock ?? systemClock)();
}

/** Fix the clock at an instant (or follow a function). Tests only. */
export function setClock(at: Date | Clock): void {
  holder.openselectClock = typeof at === "function" ? at : () => new Date(at.getTime());
}

export function resetClock(): void {
  holder.openselectClock = undefined;
}
