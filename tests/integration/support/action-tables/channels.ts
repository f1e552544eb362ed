// Entries of the action table (../action-table.ts) for the channels actions of the case channels.
import type { ActionSpec } from "../action-table";

export const ACTIONS_CHANNELS: Record<string, ActionSpec> = {};
