// In a file of its own, without zod: the registration and profile forms (client components)
// list these, and importing them from account.ts put all of zod (31 kB gzip) into /register's
// first download.
export const POLITICAL_STATUSES = ["CPC_MEMBER", "CPC_PROBATIONARY", "CYL_MEMBER", "DEMOCRATIC_PARTY", "NON_PARTISAN", "MASSES"] as const;
