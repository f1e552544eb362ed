// The boards' fixed choices, apart from their zod schemas (boards.ts): the console forms and the
// public lists show them, and a client component importing boards.ts would download all of zod.
export const POLICY_CATEGORIES = ["PARTY_RULES", "LAWS", "POLICY_DOCS", "LOCAL_RULES", "INTERPRETATION"] as const;
export const NOTICE_KINDS = ["GENERAL", "PRE_APPOINTMENT"] as const;
export const APPOINTMENT_KINDS = ["APPOINT", "REMOVE"] as const;
export const GENDERS = ["M", "F"] as const;
export const MAX_NOTICE_ENTRIES = 30;
