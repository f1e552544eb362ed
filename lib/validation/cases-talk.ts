// The writer's forms of 我向组织说心里话 and of following a case: filing a letter, the one
// follow-up, confirming it is settled, and the 查询码 lookup. Messages are catalog keys.
import { z } from "zod";
import { CASE_LIMITS, TALK_CATEGORIES } from "../cases/kinds";
import { E, idInput, recordId, text } from "./common";

/** A letter to the organization department: category, title, body. */
export const talkInput = z.object({
  category: z.enum(TALK_CATEGORIES, E.invalid),
  title: text(CASE_LIMITS.title),
  body: text(CASE_LIMITS.body),
});
export type TalkInput = z.infer<typeof talkInput>;

/** The writer's one follow-up after an answer. */
export const followUpInput = z.object({ id: recordId, body: text(CASE_LIMITS.followUp) });

/** Confirming that an answered letter is settled. */
export const confirmInput = idInput;

/**
 * A 查询码 as typed: spaces, dashes and case are forgiven later (normalizeQueryCode); here only a
 * length no code could exceed, so a long paste is refused before any lookup is counted.
 */
export const queryCodeInput = z.object({ code: text(40) });
