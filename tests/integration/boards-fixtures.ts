// Inputs for the board integration tests: valid form input of each kind, as the zod schemas
// produce it, so tests write through the real data layer.
import type { AppointmentInput, NoticeInput, PolicyInput, VacancyInput } from "@/lib/validation/boards";
import { parseDay } from "@/lib/calendar/dates";

const HOUR = 3_600_000;

export function policyInput(over: Partial<PolicyInput> = {}): PolicyInput {
  return {
    title: "舟山市干部网上推荐工作实施办法",
    category: "LOCAL_RULES",
    issuer: "中共舟山市委组织部",
    docNumber: "舟组通〔2026〕8号",
    issuedOn: parseDay("2026-03-15")!,
    body: "## 总则\n\n实名推荐，谁推荐谁负责。",
    ...over,
  };
}

export function vacancyInput(now: Date, over: Partial<VacancyInput> = {}): VacancyInput {
  return {
    post: "舟山市生态环境局副局长",
    unit: "舟山市生态环境局",
    level: "DEPUTY_DIVISION",
    headcount: 1,
    duties: "协助局长分管海洋生态环境保护。",
    qualifications: "大学本科以上学历。",
    maxAge: 45,
    minEducation: "BACHELOR",
    requiredLevel: "SECTION",
    minYearsAtLevel: 3,
    opensAt: new Date(now.getTime() - HOUR),
    closesAt: new Date(now.getTime() + 7 * 24 * HOUR),
    maxPerNominator: 1,
    ...over,
  };
}

export function preNoticeInput(startsOn: string, over: Partial<Extract<NoticeInput, { kind: "PRE_APPOINTMENT" }>> = {}): NoticeInput {
  return {
    kind: "PRE_APPOINTMENT",
    title: "港航局副局长拟任人选任职前公示",
    body: "经研究，拟任用下列同志，现予以公示。",
    startsOn: parseDay(startsOn)!,
    workingDays: 5,
    contact: "电话：0580-12380",
    entries: [
      {
        name: "周海波",
        gender: "M",
        birthYearMonth: "1984-07",
        education: "大学，工学学士",
        currentPost: "港口规划处处长",
        proposedPost: "副局长",
      },
    ],
    ...over,
  };
}

export function generalNoticeInput(over: Partial<Extract<NoticeInput, { kind: "GENERAL" }>> = {}): NoticeInput {
  return { kind: "GENERAL", title: "关于平台实名注册审核时限的说明", body: "三个工作日内完成审核。", ...over };
}

export function appointmentInput(over: Partial<AppointmentInput> = {}): AppointmentInput {
  return {
    kind: "APPOINT",
    personName: "林晓东",
    post: "舟山市海洋经济发展局海洋产业处处长",
    unit: "舟山市海洋经济发展局",
    docNumber: "舟委干〔2026〕41号",
    decidedOn: parseDay("2026-10-16")!,
    body: "",
    ...over,
  };
}

export const form = (fields: Record<string, string | string[]>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) f.append(k, x);
  return f;
};
