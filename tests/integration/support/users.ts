// Test fixtures that write real rows through the same helpers the app uses.
import { db } from "@/lib/db/client";
import { encryptField, keyedHash } from "@/lib/security/crypto";
import { checkCharacter, maskIdNumber, parseIdNumber } from "@/lib/security/id-number";
import type { Actor } from "@/lib/auth/actor";
import type { AccountStatus, Role } from "@/lib/state/account";
import { PRIVACY_VERSION } from "@/lib/privacy/version";

let counter = 0;

export function validId(birth = "19850101", seq?: number): string {
  const s = String(seq ?? (counter++ % 900) + 100).padStart(3, "0");
  const first17 = `330902${birth}${s}`;
  return first17 + checkCharacter(first17);
}

export function uniquePhone(): string {
  return `137${String(Date.now() % 1e5).padStart(5, "0")}${String(counter++ % 1000).padStart(3, "0")}`;
}

// Argon2 costs ~50 ms; fixtures share one precomputed hash of "Correct-Horse-42".
export const FIXTURE_PASSWORD = "Correct-Horse-42";
let fixtureHash: Promise<string> | undefined;
async function passwordHash() {
  const { hashPassword } = await import("@/lib/security/password");
  fixtureHash ??= hashPassword(FIXTURE_PASSWORD);
  return fixtureHash;
}

export async function makeUser(
  opts: { role?: Role; status?: AccountStatus; realName?: string; phone?: string; idNumber?: string } = {},
): Promise<Actor & { phone: string; idNumber: string }> {
  const idNumber = opts.idNumber ?? validId(undefined, undefined);
  const parsed = parseIdNumber(idNumber);
  if (!parsed.ok) throw new Error("fixture id invalid");
  const phone = opts.phone ?? uniquePhone();
  const u = await db().user.create({
    data: {
      realName: opts.realName ?? "测试用户",
      idCipher: encryptField(parsed.value),
      idHash: keyedHash(parsed.value),
      idMasked: maskIdNumber(parsed.value),
      birthDate: parsed.birthDate,
      gender: parsed.gender,
      phone,
      workUnit: "舟山市测试局",
      position: "科员",
      politicalStatus: "MASSES",
      passwordHash: await passwordHash(),
      role: opts.role ?? "NOMINATOR",
      status: opts.status ?? "APPROVED",
      consentAt: new Date(),
      // Agreed to the privacy statement in force, like a real registration (the page guard
      // sends anyone else to agree first).
      consentVersion: PRIVACY_VERSION,
    },
  });
  return { id: u.id, realName: u.realName, role: u.role as Role, status: u.status as AccountStatus, phone, idNumber: parsed.value };
}

/** One actor of every kind that is *not* staff, plus visitors (null). */
export async function lesserActors(): Promise<[string, Actor | null][]> {
  return [
    ["visitor", null],
    ["pending user", await makeUser({ status: "PENDING" })],
    ["rejected user", await makeUser({ status: "REJECTED" })],
    ["approved nominator", await makeUser({ status: "APPROVED" })],
    ["suspended reviewer", await makeUser({ role: "REVIEWER", status: "SUSPENDED" })],
  ];
}
