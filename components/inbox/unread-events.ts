// The header's unread count learns of changes made on the inbox page (read one, read all)
// through this window event, without asking the server again.
export const UNREAD_EVENT = "openselect:unread";

export function announceUnread(count: number): void {
  window.dispatchEvent(new CustomEvent(UNREAD_EVENT, { detail: count }));
}
