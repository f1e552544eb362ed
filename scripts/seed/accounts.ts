// Demo accounts: the four published logins plus a realistic queue of registrations.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { encryptField, keyedHash } from "../../lib/security/crypto";
import { maskIdNumber, parseIdNumber } from "../../lib/security/id-number";
import { hashPassword } from "../../lib/security/password";
import { demoIdNumber, demoName, pick, POSITIONS, rng, UNITS, ZHOUSHAN_AREAS } from "./people";
import { PRIVACY_VERSION } from "../../lib/privacy/version";

export const DEMO_PASSWORD = "Demo@2026";

interface DemoAccount {
  phone: string;
  realName: string;
  idNumber: string;
  workUnit: string;
  position: string;
  politicalStatus: string;
  role: "NOMINATOR" | "REVIEWER" | "ADMIN";
  status: "PENDING" | "APPROVED" | "REJECTED" | "SUSPENDED";
  reviewNote?: string;
  email?: string;
}

export const DEMO_LOGINS: DemoAccount[] = [
  {
    phone: "13900000001",
    realName: "陈建国",
    idNumber: demoIdNumber("330901", "19780512", 11, true),
    workUnit: "中共舟山市委组织部",
    position: "信息中心主任",
    politicalStatus: "CPC_MEMBER",
    role: "ADMIN",
    status: "APPROVED",
  },
  {
    phone: "13900000002",
    realName: "李敏",
    idNumber: demoIdNumber("330902", "19850321", 22, false),
    workUnit: "中共舟山市委组织部干部科",
    position: "干部科科长",
    politicalStatus: "CPC_MEMBER",
    role: "REVIEWER",
    status: "APPROVED",
    email: "limin@example.gov.cn",
  },
  {
    phone: "13900000003",
    realName: "张伟",
    idNumber: demoIdNumber("330903", "19831108", 35, true),
    workUnit: "舟山市普陀区农林水利局",
    position: "办公室主任",
    politicalStatus: "CPC_MEMBER",
    role: "NOMINATOR",
    status: "APPROVED",
  },
  {
    phone: "13900000004",
    realName: "王芳",
    idNumber: demoIdNumber("330921", "19900715", 48, false),
    workUnit: "岱山县人民政府办公室",
    position: "科员",
    politicalStatus: "CYL_MEMBER",
    role: "NOMINATOR",
    status: "PENDING",
  },
];

export function identity(idNumber: string) {
  const parsed = parseIdNumber(idNumber);
  if (!parsed.ok) throw new Error(`invalid demo ID ${idNumber}: ${parsed.error}`);
  return {
    idCipher: encryptField(parsed.value),
    idHash: keyedHash(parsed.value),
    idMasked: maskIdNumber(parsed.value),
    birthDate: parsed.birthDate,
    gender: parsed.gender,
  };
}

/** More registrations in every state, so the queue, filters and pagination have something to show. */
export function demoQueue(count: number, seed = 7): DemoAccount[] {
  const r = rng(seed);
  const statuses: DemoAccount["status"][] = ["APPROVED", "APPROVED", "APPROVED", "PENDING", "PENDING", "REJECTED", "SUSPENDED"];
  return Array.from({ length: count }, (_, i) => {
    const male = r() < 0.55;
    const year = 1968 + Math.floor(r() * 32);
    const birth = `${year}${String(1 + Math.floor(r() * 12)).padStart(2, "0")}${String(1 + Math.floor(r() * 28)).padStart(2, "0")}`;
    const status = statuses[i % statuses.length];
    return {
      phone: `138${String(57_000_000 + i * 37).padStart(8, "0")}`,
      realName: demoName(r, male),
      idNumber: demoIdNumber(pick(r, ZHOUSHAN_AREAS), birth, 100 + i, male),
      workUnit: pick(r, UNITS),
      position: pick(r, POSITIONS),
      politicalStatus: pick(r, ["CPC_MEMBER", "CPC_MEMBER", "MASSES", "CYL_MEMBER", "DEMOCRATIC_PARTY"]),
      role: "NOMINATOR",
      status,
      reviewNote:
        status === "REJECTED"
          ? "工作单位与职务填写不完整，请补充后重新提交。"
          : status === "SUSPENDED"
            ? "经核查存在不实推荐，暂停使用。"
            : undefined,
    };
  });
}

export async function seedAccounts(prisma: PrismaClient, extra = 36): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const now = Date.now();
  const all = [...DEMO_LOGINS, ...demoQueue(extra)];
  await prisma.user.createMany({
    data: all.map((a, i) => ({
      ...identity(a.idNumber),
      realName: a.realName,
      phone: a.phone,
      email: a.email ?? null,
      workUnit: a.workUnit,
      position: a.position,
      politicalStatus: a.politicalStatus,
      passwordHash,
      role: a.role,
      status: a.status,
      reviewNote: a.reviewNote ?? null,
      reviewedAt: a.status === "PENDING" ? null : new Date(now - i * 3600_000),
      consentAt: new Date(now - (i + 1) * 7200_000),
      // Every demo account agreed to the privacy statement in force when it registered.
      consentVersion: PRIVACY_VERSION,
      createdAt: new Date(now - (i + 1) * 7200_000),
    })),
  });
  const users = await prisma.user.findMany({ select: { id: true, consentAt: true } });
  await prisma.consentRecord.createMany({
    data: users.map((u) => ({ userId: u.id, version: PRIVACY_VERSION, action: "AGREE", at: u.consentAt })),
  });
}
