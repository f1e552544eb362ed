// A tiny finite-state machine: the allowed transitions of one entity, in one place.
// Every write that changes a status goes through `assertTransition`, so an action that tries
// an illegal move (e.g. approving an already-rejected account twice) fails loudly.

export type Transitions<S extends string> = Readonly<Record<S, readonly S[]>>;

export class TransitionError extends Error {
  constructor(
    readonly machine: string,
    readonly from: string,
    readonly to: string,
  ) {
    super(`${machine}: transition ${from} → ${to} is not allowed`);
    this.name = "TransitionError";
  }
}

export interface Machine<S extends string> {
  readonly name: string;
  readonly states: readonly S[];
  readonly transitions: Transitions<S>;
  isState(value: string): value is S;
  can(from: string, to: string): boolean;
  assertTransition(from: string, to: S): void;
  next(from: S): readonly S[];
}

export function defineMachine<const T extends Record<string, readonly (keyof T & string)[]>>(
  name: string,
  table: T,
): Machine<keyof T & string> {
  type S = keyof T & string;
  const transitions = table as unknown as Transitions<S>;
  const states = Object.keys(transitions) as S[];
  const isState = (value: string): value is S => (states as string[]).includes(value);
  return {
    name,
    states,
    transitions,
    isState,
    can: (from, to) => isState(from) && isState(to) && transitions[from].includes(to),
    assertTransition(from, to) {
      if (!(isState(from) && transitions[from].includes(to))) throw new TransitionError(name, from, to);
    },
    next: (from) => transitions[from],
  };
}
