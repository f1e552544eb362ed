// Real rows for the server-action suites: one caller of every kind, and fresh targets (a
// pending account, a draft policy, an open vacancy, a nomination …) made through the data
// layer or the fixtures other suites use, so every form an action receives names real rows.
import { randomInt } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { formatDay, shanghaiToday, toShanghaiDateTimeInput } from "@/lib/calendar/dates";
import { lastPackageYear } from "@/lib/calendar/working-days";
import * as policies from "@/lib/data/policies";
import * as vacancies from "@/lib/data/vacancies";
import * as notices from "@/lib/data/notices";
import * as appointments from "@/lib/data/appointments";
import * as holidays from "@/lib/data/holidays";
import { submitNomination } from "@/lib/data/nominations";
import { makeUser, validId } from "./users";
import { appointmentInput, generalNoticeInput, policyInput, vacancyInput } from "../boards-fixtures";
import { makeVacancy, targeted } from "../nominations-fixtures";
import { newYearOnly } from "./holiday-rows";

const DAY = 86_400_000;

/** The callers every action is tried with (null: a visitor without a session). */
export const CALLER_KINDS = ["visitor", "pending", "rejected", "suspended", "suspendedReviewer", "nominator", "reviewer", "admin"] as const;
export type CallerKind = (typeof CALLER_KINDS)[number];

/** An 18-digit ID number nobody in this database has yet (random birth date and sequence). */
// Random, and never the same twice in one file: the bad-input corpus makes a few thousand
// accounts, and among 11 million random ID numbers (100 million phone numbers) two of them
// matched now and then (a unique constraint failure in a fixture, not in the code under test).
const issuedIds = new Set<string>();
export function freshIdNumber(): string {
  for (;;) {
    const birth = new Date(Date.UTC(1965 + randomInt(35), randomInt(12), 1 + randomInt(28)));
    const id = validId(formatDay(birth).replaceAll("-", ""), randomInt(100, 999));
    if (!issuedIds.has(id)) {
      issuedIds.add(id);
      return id;
    }
  }
}

const GIVEN = "海波晓东恩盛建国志强丽娟秀英明华文军";
let names = 0;
/** A person's name not used before in this test file (candidates are matched by name). */
export function freshName(): string {
  const n = names++;
  return `贺${GIVEN[n % GIVEN.length]}${GIVEN[Math.floor(n / GIVEN.length) % GIVEN.length]}${GIVEN[Math.floor(n / GIVEN.length ** 2) % GIVEN.length]}`;
}

const issuedPhones = new Set<string>();
export function freshPhone(): string {
  for (;;) {
    const phone = `139${String(randomInt(1e8)).padStart(8, "0")}`;
    if (!issuedPhones.has(phone)) {
      issuedPhones.add(phone);
      return phone;
    }
  }
}

/** Years the holiday actions may write (the package owns the years up to lastPackageYear()). */
export const holidayYears = () => ({ save: lastPackageYear() + 4, remove: lastPackageYear() + 5 });

export class World {
  callers = {} as Record<CallerKind, Actor | null>;
  /** The suspended callers' own nominations, made while they were still approved. */
  ownNomination = new Map<string, string>();
  owner!: Actor; // the administrator who makes the targets

  static async create(): Promise<World> {
    const w = new World();
    w.owner = await makeUser({ role: "ADMIN", realName: "管理员甲" });
    w.callers.visitor = null;
    w.callers.pending = await makeUser({ status: "PENDING", realName: "待审核人" });
    w.callers.rejected = await makeUser({ status: "REJECTED", realName: "未通过人" });
    w.callers.nominator = await makeUser({ realName: "推荐人乙" });
    w.callers.reviewer = await makeUser({ role: "REVIEWER", realName: "审核员甲" });
    w.callers.admin = await makeUser({ role: "ADMIN", realName: "管理员乙" });
    // Suspended after they nominated someone, so each has a nomination of their own.
    for (const [kind, role, name] of [
      ["suspended", "NOMINATOR", "停用人甲"],
      ["suspendedReviewer", "REVIEWER", "停用审核员"],
    ] as const) {
      const u = await makeUser({ role, realName: name });
      w.ownNomination.set(u.id, await w.nominationBy(u));
      await db().user.update({ where: { id: u.id }, data: { status: "SUSPENDED" } });
      w.callers[kind] = { ...u, status: "SUSPENDED" };
    }
    await w.ensureCalendarCovers(new Date(Date.now() + 90 * DAY));
    return w;
  }

  /** Pre-appointment notices need the working-day calendar of the months ahead. */
  private async ensureCalendarCovers(until: Date) {
    const year = until.getUTCFullYear();
    for (let y = lastPackageYear() + 1; y <= year; y++) await holidays.saveHolidayYear(this.owner, y, newYearOnly(y));
  }

  account(status: Exclude<Actor["status"], "CLOSED"> = "PENDING", role: "NOMINATOR" | "REVIEWER" | "ADMIN" = "NOMINATOR") {
    return makeUser({ status, role, realName: "目标用户", idNumber: freshIdNumber(), phone: freshPhone() });
  }

  /**
   * A new caller of the kind (the same kind of account as this.callers[kind]): the corpus takes
   * one for each valid form it prepares, so per-account limits (nominations per day …) count a
   * handful of calls, not the whole suite's.
   */
  async freshCaller(kind: CallerKind): Promise<Actor | null> {
    const like = this.callers[kind];
    if (!like) return null;
    // No caller kind is closed (a closed account has no session).
    const u = await this.account(like.status === "SUSPENDED" || like.status === "CLOSED" ? "APPROVED" : like.status, like.role);
    if (like.status === "SUSPENDED") await db().user.update({ where: { id: u.id }, data: { status: "SUSPENDED" } });
    return { ...u, status: like.status };
  }

  async draftPolicy() {
    return (await policies.createPolicy(this.owner, policyInput())).id;
  }

  async draftVacancy() {
    return (await vacancies.createVacancy(this.owner, vacancyInput(new Date()))).id;
  }

  async publishedVacancy() {
    const { id } = await vacancies.createVacancy(this.owner, vacancyInput(new Date()));
    await vacancies.publishVacancy(this.owner, id);
    return id;
  }

  /** A published vacancy open for nominations now. */
  async openVacancy() {
    return (await makeVacancy({ post: "测试岗位副局长" })).id;
  }

  async draftNotice() {
    return (await notices.createNotice(this.owner, generalNoticeInput())).id;
  }

  async draftAppointment() {
    return (await appointments.createAppointment(this.owner, appointmentInput())).id;
  }

  async savedHolidayYear() {
    const year = holidayYears().remove;
    await holidays.saveHolidayYear(this.owner, year, newYearOnly(year));
    return year;
  }

  /**
   * A targeted nomination of a fresh vacancy, by `who` (approved at the time) or else by a new
   * nominator (each account may file only so many a day).
   */
  async nominationBy(who: Actor | null, name = "贺恩盛") {
    const by = who ?? (await this.account("APPROVED"));
    return (await submitNomination(by, targeted(by, await this.openVacancy(), { name }))).id;
  }

  async nominationRow(id: string) {
    return db().nomination.findUniqueOrThrow({ where: { id }, select: { vacancyId: true, candidateId: true } });
  }

  /** Two candidate records (two people no one has named before). */
  async candidatePair() {
    const a = await this.nominationRow(await this.nominationBy(null, freshName()));
    const b = await this.nominationRow(await this.nominationBy(null, freshName()));
    return [a.candidateId, b.candidateId] as const;
  }
}

// Form values that pass today's validation, as a browser would post them.

export const dateTimeInput = (offsetDays: number) => toShanghaiDateTimeInput(new Date(Date.now() + offsetDays * DAY));
export const dayInput = (offsetDays: number) => shanghaiToday(new Date(Date.now() + offsetDays * DAY));
