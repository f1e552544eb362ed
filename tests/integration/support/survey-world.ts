// 满意度测评 fixtures: surveys made through the data layer (create, questions, open), accounts
// with a unit and level, and codes.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { addQuestion, createSurvey, openSurvey } from "@/lib/data/survey/define";
import { generateCodes } from "@/lib/data/survey/codes";
import type { SurveyInput } from "@/lib/validation/survey";
import { makeUser } from "./users";

export const HOUR = 3600_000;
export const DAY = 24 * HOUR;

let admin: Actor | undefined;
export async function surveyAdmin(): Promise<Actor> {
  admin ??= await makeUser({ role: "ADMIN", realName: "测评管理员" });
  return admin;
}

export interface SurveyOpts {
  title?: string;
  year?: number;
  opensAt?: Date;
  closesAt?: Date;
  forAccounts?: boolean;
  forCodes?: boolean;
  eligibleUnits?: string[];
  eligibleLevels?: string[];
  /** Questions (default: two SCALE questions with topics and one TEXT question). */
  questions?: { kind: "SCALE" | "TEXT"; text: string; topic?: string }[];
  /** Leave it a draft. */
  draft?: boolean;
}

export const DEFAULT_QUESTIONS = [
  { kind: "SCALE" as const, text: "您对干部选任信息公开工作的评价", topic: "干部选任信息公开" },
  { kind: "SCALE" as const, text: "您对干部选拔初始提名工作的评价", topic: "干部选拔初始提名" },
  { kind: "TEXT" as const, text: "您对选人用人工作的意见建议" },
];

/** An open survey taking answers now (window: an hour ago … in a week), with its question ids in order. */
export async function makeSurvey(opts: SurveyOpts = {}, now: Date = new Date()) {
  const a = await surveyAdmin();
  const id = await createSurvey(a, {
    title: opts.title ?? "2026年度选人用人工作满意度测评",
    description: "",
    year: opts.year ?? 2026,
    opensAt: opts.opensAt ?? new Date(now.getTime() - HOUR),
    closesAt: opts.closesAt ?? new Date(now.getTime() + 7 * DAY),
    forAccounts: opts.forAccounts ?? true,
    forCodes: opts.forCodes ?? true,
    eligibleUnits: opts.eligibleUnits ?? [],
    eligibleLevels: (opts.eligibleLevels ?? []) as SurveyInput["eligibleLevels"],
  });
  const qids: string[] = [];
  for (const q of opts.questions ?? DEFAULT_QUESTIONS) qids.push(await addQuestion(a, id, q));
  if (!opts.draft) await openSurvey(a, id, now);
  return { id, qids };
}

/** An approved account with a work unit and a level (the coarse group of its response). */
export async function member(workUnit = "舟山市测试局", cadreLevel: string | null = "SECTION", realName = "参评干部") {
  const u = await makeUser({ realName });
  await db().user.update({ where: { id: u.id }, data: { workUnit, cadreLevel } });
  return u;
}

export async function codesFor(surveyId: string, count: number, unit?: string, level?: string): Promise<string[]> {
  return (await generateCodes(await surveyAdmin(), surveyId, count, { unit, level })).codes;
}
