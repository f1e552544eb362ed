// Settings the privacy statement states and the closure rules apply. Read from the
// environment, each with its default; a value out of range reads as the default.

/**
 * Years that a closed account's signed records (nominations, letters and reports filed under
 * the real name) keep the signer's identity after closure: OPENSELECT_RETENTION_YEARS, 1–30,
 * default 5. Why 5: a nomination is a record of 干部选拔任用 that inspections of 选人用人 look
 * back on over a whole term of office, and a leadership term is five years; a department whose
 * archive rules require longer sets it higher. Until then the phone number and ID number stay
 * reserved (nobody registers with them); afterwards the account's remaining identity is erased.
 */
export function retentionYears(env: NodeJS.ProcessEnv = process.env): number {
  const text = (env.OPENSELECT_RETENTION_YEARS ?? "").trim();
  if (!/^\d{1,2}$/.test(text)) return 5;
  const n = Number(text);
  return n >= 1 && n <= 30 ? n : 5;
}

/**
 * How people reach the department about their personal information (/privacy):
 * OPENSELECT_PRIVACY_CONTACT (free text: phone, address, mailbox), else null and the page uses
 * the catalog's contact line.
 */
export function privacyContact(env: NodeJS.ProcessEnv = process.env): string | null {
  return (env.OPENSELECT_PRIVACY_CONTACT ?? "").trim() || null;
}

/** The department named on /privacy: OPENSELECT_ORG_NAME (also used in mail), else null (the catalog's). */
export function orgName(env: NodeJS.ProcessEnv = process.env): string | null {
  return (env.OPENSELECT_ORG_NAME ?? "").trim() || null;
}
