/** Entries carrying any of these tags and stored before `at` (ms) are out of date. */
export function expireTags(tags: string[], at?: number): void;
/** When a tag was last expired (ms), if ever. */
export function tagExpiredAt(tag: string): number | undefined;
