// Entries of the action table (../action-table.ts) for the case-admin actions of the case channels.
import type { ActionSpec } from "../action-table";

export const ACTIONS_CASE_ADMIN: Record<string, ActionSpec> = {};
