import "server-only";
// One-time codes for a meeting's participants (一报告两评议 at a meeting): staff generate N codes
// labelled with the meeting's unit and/or level, print them as slips, and hand them out. The
// codes are shown once, right after they are made: only their keyed hash is stored.
import { transaction } from "../../db/tx";
import { appendAudit } from "../../audit/log";
import { requireStaff, type Actor } from "../../auth/actor";
import { newSurveyCode, surveyCodeHash } from "../../survey/code";
import { MAX_CODES_AT_ONCE } from "../../validation/survey";
import { DomainError, NotFoundError } from "../errors";
import { freshIds } from "./anonymous-store";

const ERR = "survey.errors";

export interface IssuedCodes {
  surveyId: string;
  title: string;
  unit: string | null;
  level: string | null;
  codes: string[];
}

export async function generateCodes(
  actor: Actor | null,
  surveyId: string,
  count: number,
  label: { unit?: string; level?: string },
): Promise<IssuedCodes> {
  const a = requireStaff(actor);
  if (!Number.isInteger(count) || count < 1 || count > MAX_CODES_AT_ONCE) throw new DomainError(`${ERR}.codeCount`);
  return transaction(async (tx) => {
    const s = await tx.survey.findUnique({ where: { id: surveyId }, select: { title: true, status: true, forCodes: true } });
    if (!s) throw new NotFoundError();
    if (!s.forCodes) throw new DomainError(`${ERR}.codesOff`);
    if (s.status === "CLOSED") throw new DomainError(`${ERR}.closed`);
    const codes = new Set<string>();
    while (codes.size < count) codes.add(newSurveyCode());
    const list = [...codes];
    const ids = await freshIds(tx, "surveyCode", list.length);
    const unit = label.unit ?? null;
    const level = label.level ?? null;
    await tx.surveyCode.createMany({
      data: list.map((c, i) => ({ id: ids[i], surveyId, codeHash: surveyCodeHash(c.replaceAll("-", "")), unit, level })),
    });
    await appendAudit(tx, { actor: a, action: "survey.codes", entityType: "Survey", entityId: surveyId, after: { count, unit, level } });
    return { surveyId, title: s.title, unit, level, codes: list };
  });
}
