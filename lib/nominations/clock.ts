// The time the nomination rules run against. Production reads the system clock; tests set it
// to the second (window edges, one-year expiry) with setClock/resetClock, and every data
// function also takes an explicit `now` so a single call can be pinned without global state.

type Clock = () => Date;

const systemClock: Clock = () => new Date();
const holder = globalThis as unknown as { openselectNominationClock?: Clock };

export function now(): Date {
  return (holder.openselectNominationClock ?? systemClock)();
}

/** Fix the clock at an instant (or follow a function). Tests only. */
export function setClock(at: Date | Clock): void {
  holder.openselectNominationClock = typeof at === "function" ? at : () => new Date(at.getTime());
}

export function resetClock(): void {
  holder.openselectNominationClock = undefined;
}
