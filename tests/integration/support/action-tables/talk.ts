// Entries of the action table (../action-table.ts) for the talk actions of the case channels.
import type { ActionSpec } from "../action-table";

export const ACTIONS_TALK: Record<string, ActionSpec> = {};
