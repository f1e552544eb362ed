import { z } from "zod";
import { recordId } from "./common";

// The user's 干部教育培训 forms: sign up for / withdraw from a class, check in with a code.

export const classIdInput = z.object({ classId: recordId });

/** The code as typed (spaces and dashes allowed); the data layer reads the six digits and says what is wrong. */
export const checkinInput = z.object({
  code: z.preprocess((v) => (typeof v === "string" ? v.trim() : ""), z.string().min(1, "errors.required").max(20, "errors.tooLong")),
});
