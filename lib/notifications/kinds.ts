// Every event a user is told of: its preference group (mail on/off per group; the inbox always
// gets it) and where its message links to. Words: the "notify" catalog namespace, by kind
// (notify.<kind>.title / .body), in the reader's language, with the event's params.

export const NOTIFICATION_GROUPS = ["account", "nomination", "vacancy", "case", "training", "digest"] as const;
export type NotificationGroup = (typeof NOTIFICATION_GROUPS)[number];

export const NOTIFICATION_KINDS = {
  // Accounts
  "account.received": { group: "account" },
  "account.approved": { group: "account" },
  "account.rejected": { group: "account" },
  "account.suspended": { group: "account" },
  "account.restored": { group: "account" },
  "account.closed": { group: "account" },
  // A change of real name or ID number under review (lib/data/profile.ts)
  "profile.changeReceived": { group: "account" },
  "profile.changeApproved": { group: "account" },
  "profile.changeRejected": { group: "account" },
  // Account security (lib/data/security-mail.ts: mailed whatever the preferences say, no unsubscribe link)
  "security.passwordResetLink": { group: "account" },
  "security.passwordChanged": { group: "account" },
  "security.resetCodeIssued": { group: "account" },
  // Nominations
  "nomination.received": { group: "nomination" },
  "nomination.accepted": { group: "nomination" },
  "nomination.rejected": { group: "nomination" },
  "nomination.void": { group: "nomination" },
  "nomination.expiring": { group: "nomination" },
  "nomination.expired": { group: "nomination" },
  // Vacancies a user nominated for
  "vacancy.closed": { group: "vacancy" },
  "vacancy.notice": { group: "vacancy" },
  "vacancy.filled": { group: "vacancy" },
  // Cases (说心里话, 公示反映, 监督举报) of a real-name writer: number and channel only, never the words
  "case.received": { group: "case" },
  "case.accepted": { group: "case" },
  "case.dismissed": { group: "case" },
  "case.answered": { group: "case" },
  "case.investigating": { group: "case" },
  "case.closed": { group: "case" },
  // …and to its handler: the writer followed up on an answer
  "case.followedUp": { group: "case" },
  // 干部教育培训: a sign-up admitted, waitlisted, moved up from the waiting list, declined; and the
  // reminder the day before a session (lib/data/training/reminders.ts)
  "training.approved": { group: "training" },
  "training.waitlisted": { group: "training" },
  "training.movedUp": { group: "training" },
  "training.declined": { group: "training" },
  "training.reminder": { group: "training" },
  // …and a class called off by staff (lib/data/training/classes.ts cancelClass), with the reason
  "training.classCancelled": { group: "training" },
  // Messages written before kinds existed: their own title and body.
  legacy: { group: "account" },
} as const satisfies Record<string, { group: NotificationGroup }>;

export type NotificationKind = keyof typeof NOTIFICATION_KINDS;
export type NotificationParams = Record<string, string | number>;

export function isNotificationKind(kind: string): kind is NotificationKind {
  return Object.prototype.hasOwnProperty.call(NOTIFICATION_KINDS, kind);
}

export function groupOf(kind: NotificationKind): NotificationGroup {
  return NOTIFICATION_KINDS[kind].group;
}
