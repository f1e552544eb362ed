// Where someone lands after signing in when they did not come from a page that asked for it:
// organization department staff on the console home (their day's work), everyone else on
// their account page. Pure, so the login form (from the session's role) and tests share it.
import { isStaff } from "./actor";

export const STAFF_LANDING = "/admin";
export const ACCOUNT_LANDING = "/account";

export function landingPath(user: { role?: string; status?: string } | null | undefined): string {
  return isStaff(user) ? STAFF_LANDING : ACCOUNT_LANDING;
}
