// Fresh rows for the selection loop's actions in the authorization matrix and the bad-input
// corpus (each form names new rows, so every accepted call has something to act on): a vacancy
// whose window closed with one shortlisted person, a person of a 公示 whose period has ended, a
// published 任命 on probation falling due.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { addDays, parseDay, shanghaiToday } from "@/lib/calendar/dates";
import { submitNomination } from "@/lib/data/nominations";
import { setShortlisted } from "@/lib/data/nomination-review";
import type { World } from "./action-world";
import { freshName } from "./action-world";
import { makeVacancy, targeted } from "../nominations-fixtures";

const DAY = 86_400_000;

/** A vacancy whose nominations closed yesterday, with one person nominated and shortlisted. */
export async function shortlistedVacancy(w: World): Promise<string> {
  const now = Date.now();
  const v = await makeVacancy({ opensAt: new Date(now - 10 * DAY), closesAt: new Date(now - DAY), post: "测试岗位副局长" });
  const by = await w.account("APPROVED");
  const n = await submitNomination(by, targeted(by, v.id, { name: freshName() }), { now: new Date(now - 5 * DAY) });
  const { candidateId } = await db().nomination.findUniqueOrThrow({ where: { id: n.id }, select: { candidateId: true } });
  await setShortlisted(w.owner, v.id, candidateId, true);
  return v.id;
}

/** A person of a published 任职前公示 whose period ended last week, with no objection about them. */
export async function endedNoticeEntry(): Promise<string> {
  const today = shanghaiToday();
  const n = await db().notice.create({
    data: {
      kind: "PRE_APPOINTMENT",
      title: `任职前公示（${randomBytes(3).toString("hex")}）`,
      body: "经研究，拟任用下列同志，现予以公示。",
      status: "PUBLISHED",
      publishedAt: new Date(Date.now() - 20 * DAY),
      startsOn: parseDay(addDays(today, -20))!,
      endsOn: parseDay(addDays(today, -7))!,
      contact: "电话：0580-12380",
      entries: {
        create: {
          name: freshName(),
          gender: "M",
          birthYearMonth: "1983-11",
          education: "大学本科",
          currentPost: "某局副局长",
          proposedPost: "某局局长",
        },
      },
    },
    select: { entries: { select: { id: true } } },
  });
  return n.entries[0]!.id;
}

/** A published 任命 on probation ending in a month, not yet assessed. */
export async function dueProbation(): Promise<string> {
  const decided = parseDay(addDays(shanghaiToday(), -335))!;
  const a = await db().appointment.create({
    data: {
      kind: "APPOINT",
      personName: freshName(),
      post: "海洋产业处处长",
      unit: "舟山市海洋经济发展局",
      decidedOn: decided,
      status: "PUBLISHED",
      publishedAt: decided,
      probation: true,
      probationEndsOn: parseDay(addDays(shanghaiToday(), 30))!,
    },
    select: { id: true },
  });
  return a.id;
}
