// What differs between the three channels: the case-number prefix, the categories, who may
// write, and whether files may be sent. Everything else is the one case engine (lib/data/cases/).
import type { CaseKind } from "../state/case";

export const CASE_PREFIX: Record<CaseKind, string> = { TALK: "XL", OBJECTION: "FY", REPORT: "JB" };

/** 我向组织说心里话: 意见建议, 工作交流, 个人诉求, 其他. */
export const TALK_CATEGORIES = ["SUGGESTION", "EXCHANGE", "PERSONAL", "OTHER"] as const;
/** 监督举报, after 12380's scope: 跑官要官, 买官卖官, 拉票贿选, 违规用人, 说情打招呼, 其他. */
export const REPORT_CATEGORIES = [
  "SEEKING_OFFICE",
  "BUYING_OFFICE",
  "VOTE_BUYING",
  "IRREGULAR_APPOINTMENT",
  "INTERCEDING",
  "OTHER",
] as const;

/** 公示反映 outcome for the person: verdict on the facts, conclusion for the appointment. */
export const OBJECTION_VERDICTS = ["UNFOUNDED", "PARTLY", "FOUNDED"] as const; // 不属实 / 部分属实 / 属实
export const OBJECTION_CONCLUSIONS = ["NO_EFFECT", "DEFER", "REFUSE"] as const; // 不影响任职 / 暂缓任职 / 不予任职
export type ObjectionConclusion = (typeof OBJECTION_CONCLUSIONS)[number];

export interface ChannelRules {
  /** Approved accounts may file under their name. */
  realName: boolean;
  /** Visitors (and users who choose to) may file anonymously, behind the challenge, with a 查询码. */
  anonymous: boolean;
  /** Images and PDF may be attached. */
  attachments: boolean;
}

export const CHANNEL_RULES: Record<CaseKind, ChannelRules> = {
  TALK: { realName: true, anonymous: false, attachments: false },
  OBJECTION: { realName: true, anonymous: true, attachments: true },
  REPORT: { realName: true, anonymous: true, attachments: true },
};

/** Length limits (characters) of what a writer types. */
export const CASE_LIMITS = {
  title: 60,
  body: 5000,
  followUp: 2000,
  reply: 5000,
  subjectName: 30,
  subjectUnit: 60,
  subjectPost: 60,
  eventTime: 60,
  eventPlace: 100,
  outcomeText: 2000,
} as const;

/** Attachments: images and PDF only, at most 3 files of 5 MB each. */
export const ATTACHMENT_RULES = {
  maxFiles: 3,
  maxBytes: 5 * 1024 * 1024,
  mimeTypes: ["image/jpeg", "image/png", "image/gif", "image/webp", "application/pdf"],
} as const;
