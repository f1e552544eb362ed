// A real proof-of-work solution for integration tests: issued by the app's own challenge code
// (small puzzle, so it solves in milliseconds) and solved with altcha-lib's solver, exactly what
// the browser's ChallengeField posts in its hidden `altcha` field.
import { solveChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/sha";
import { issueChallenge } from "@/lib/security/challenge";
import { encodeChallengePayload } from "@/lib/security/challenge-payload";

export async function solvedChallenge(opts: { now?: Date } = {}): Promise<string> {
  const challenge = await issueChallenge({ maxNumber: 1000, now: opts.now });
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error("challenge not solved");
  return encodeChallengePayload(challenge, solution);
}
