// Apart from the zod schemas (training.ts), for the class form (a client component), which
// would otherwise download all of zod with them.
export const TRAINING_KINDS = ["CENTRAL", "LECTURE", "ONLINE"] as const;
/** Characters a reader sees in a class description. */
export const MAX_DESCRIPTION = 20_000;
