// The privacy statement (/privacy) in force, by the date it took effect. Change it whenever the
// statement's substance changes (what is collected, why, who sees it, how long it is kept):
// every signed-in user whose consent names an older version is asked again before any other
// page (lib/auth/consent-gate.ts). Registration records agreement to this version.
export const PRIVACY_VERSION = "2026-12-02";

/** Whether a user's recorded consent (User.consentVersion) covers the statement in force. */
export function consentIsCurrent(version: string | null | undefined): boolean {
  return version === PRIVACY_VERSION;
}
