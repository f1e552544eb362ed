// Operating settings read from the environment, in one place, each with its default. A value
// that is not a whole number in range reads as the default: a typo in a deployment's settings
// must not stop mail or the console, and the default is always a sensible one.

function wholeNumber(raw: string | undefined, min: number, max: number, fallback: number): number {
  const text = (raw ?? "").trim();
  if (!/^\d{1,4}$/.test(text)) return fallback;
  const n = Number(text);
  return n >= min && n <= max ? n : fallback;
}

/**
 * How many working days the organization department takes to review a registration
 * (OPENSELECT_REVIEW_DAYS, default 3): told to registrants, and the line past which the staff
 * digest lists a registration (or a closed vacancy's undecided nominations) as overdue.
 */
export function reviewTargetDays(env: NodeJS.ProcessEnv = process.env): number {
  return wholeNumber(env.OPENSELECT_REVIEW_DAYS, 1, 60, 3);
}

/** Working days within which a case (letter, objection, report) is to be accepted (OPENSELECT_CASE_ACCEPT_DAYS, default 5). */
export function caseAcceptDays(env: NodeJS.ProcessEnv = process.env): number {
  return wholeNumber(env.OPENSELECT_CASE_ACCEPT_DAYS, 1, 60, 5);
}

/** Working days within which a case is to be answered or concluded, counted from filing (OPENSELECT_CASE_ANSWER_DAYS, default 15). */
export function caseAnswerDays(env: NodeJS.ProcessEnv = process.env): number {
  return wholeNumber(env.OPENSELECT_CASE_ANSWER_DAYS, 1, 250, 15);
}
