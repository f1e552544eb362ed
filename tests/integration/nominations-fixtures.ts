// Real rows for the nomination integration tests: users in every account state, vacancies
// with chosen windows and conditions, and a valid form input. No mocked Prisma.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import type { NominationInput } from "@/lib/validation/nomination";

let seq = 0;

export async function makeUser(
  opts: { status?: string; role?: string; realName?: string; workUnit?: string; birthDate?: Date; gender?: string } = {},
): Promise<Actor> {
  seq++;
  const tag = randomBytes(6).toString("hex");
  const u = await db().user.create({
    data: {
      realName: opts.realName ?? `测试${"甲乙丙丁戊己庚辛壬癸"[seq % 10]}${"一二三四五六七八九十"[Math.floor(seq / 10) % 10]}`,
      idCipher: `cipher-${tag}`,
      idHash: `hash-${tag}`,
      idMasked: "3309**********0000",
      birthDate: opts.birthDate ?? new Date(Date.UTC(1985, 4, 12)),
      gender: opts.gender ?? "M",
      phone: `13${String(Date.now() % 1e5).padStart(5, "0")}${String(seq).padStart(4, "0")}`.slice(0, 11),
      workUnit: opts.workUnit ?? "舟山市普陀区农林水利局",
      position: "办公室主任",
      politicalStatus: "CPC_MEMBER",
      passwordHash: "x",
      role: opts.role ?? "NOMINATOR",
      status: opts.status ?? "APPROVED",
      consentAt: new Date(),
    },
  });
  return { id: u.id, realName: u.realName, role: u.role as Actor["role"], status: u.status as Actor["status"] };
}

export async function makeVacancy(
  opts: {
    opensAt?: Date;
    closesAt?: Date;
    maxPerNominator?: number;
    status?: string;
    maxAge?: number | null;
    minEducation?: string | null;
    requiredLevel?: string | null;
    minYearsAtLevel?: number | null;
    post?: string;
  } = {},
) {
  const nowMs = Date.now();
  return db().vacancy.create({
    data: {
      post: opts.post ?? "副局长",
      unit: "舟山市海洋经济发展局",
      level: "DEPUTY_DIVISION",
      headcount: 1,
      duties: "协助局长分管港航物流工作。",
      qualifications: "大学本科及以上学历，现任正科级领导职务满 3 年。",
      maxAge: opts.maxAge === undefined ? 45 : opts.maxAge,
      minEducation: opts.minEducation === undefined ? "BACHELOR" : opts.minEducation,
      requiredLevel: opts.requiredLevel === undefined ? "SECTION" : opts.requiredLevel,
      minYearsAtLevel: opts.minYearsAtLevel === undefined ? 3 : opts.minYearsAtLevel,
      opensAt: opts.opensAt ?? new Date(nowMs - 86_400_000),
      closesAt: opts.closesAt ?? new Date(nowMs + 7 * 86_400_000),
      maxPerNominator: opts.maxPerNominator ?? 1,
      status: opts.status ?? "PUBLISHED",
      publishedAt: new Date(nowMs - 86_400_000),
    },
  });
}

export const REASONS = {
  reasonDe: "政治立场坚定，对党忠诚，遵规守纪，群众口碑好。",
  reasonNeng: "业务能力强，善于协调解决港口物流中的复杂问题。",
  reasonQin: "工作勤勉，敢于担当，长期坚守一线，责任心强。",
  reasonJi: "牵头完成多个重点项目，年度考核连续三年优秀。",
  reasonLian: "廉洁自律，严格要求家属和身边工作人员，无不良反映。",
};

export function nominee(
  over: Partial<{
    name: string;
    birthDate: Date;
    workUnit: string;
    currentLevel: string;
    yearsAtLevel: number;
    education: string;
    gender: string;
  }> = {},
) {
  return {
    self: false as const,
    name: over.name ?? "贺恩盛",
    gender: over.gender ?? "M",
    birthDate: over.birthDate ?? new Date(Date.UTC(1983, 10, 8)),
    relationship: "COLLEAGUE",
    workUnit: over.workUnit ?? "舟山市普陀区农林水利局",
    currentPost: "团工委书记",
    currentLevel: over.currentLevel ?? "SECTION",
    yearsAtLevel: over.yearsAtLevel ?? 4,
    education: over.education ?? "BACHELOR",
    phone: undefined,
  };
}

export function targeted(actor: Actor, vacancyId: string, over: Partial<ReturnType<typeof nominee>> = {}): NominationInput {
  return {
    kind: "TARGETED",
    vacancyId,
    nominee: { ...nominee(), ...over },
    reasons: REASONS,
    suitableField: null,
    signature: actor.realName,
  };
}

export function open(actor: Actor, over: Partial<ReturnType<typeof nominee>> = {}): NominationInput {
  return {
    kind: "OPEN",
    vacancyId: null,
    nominee: { ...nominee(), ...over },
    reasons: REASONS,
    suitableField: "MARINE_PORT",
    signature: actor.realName,
  };
}

export function selfTargeted(actor: Actor, vacancyId: string): NominationInput {
  const n = nominee();
  return {
    kind: "TARGETED",
    vacancyId,
    nominee: {
      self: true,
      workUnit: "舟山市普陀区农林水利局",
      currentPost: n.currentPost,
      currentLevel: "SECTION",
      yearsAtLevel: 5,
      education: "MASTER",
      phone: undefined,
    },
    reasons: REASONS,
    suitableField: null,
    signature: actor.realName,
  };
}
