// Cases for the staff-side suites (the console, the authorization matrix, the bad-input corpus):
// filed through the engine's fileCase (caps, number, due days, first message, audit) like the
// channels' forms do, then put in the status a test needs. Each call files a fresh case from a
// fresh address (anonymous) or for the given writer, so daily caps and the same-text rule never
// bite across calls.
import { randomBytes, randomInt } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { now as clockNow } from "@/lib/calendar/clock";
import { fileCase } from "@/lib/data/cases/engine";
import { loadWorkCalendar } from "@/lib/data/holidays";
import type { CaseKind, CaseStatus } from "@/lib/state/case";

export interface TestCaseOptions {
  kind?: CaseKind;
  /** A real-name writer; null or left out: anonymous. */
  writer?: Actor | null;
  /** The person reported (REPORT) — a staff member's name makes it a case about them. */
  subjectName?: string;
  /** OBJECTION: the person in the notice (a NoticeEntry is made with this name). */
  entryName?: string;
  status?: CaseStatus;
  handlerId?: string | null;
  /** When it is filed (the clock's now by default). */
  at?: Date;
  answeredAt?: Date | null;
  followedUpAt?: Date | null;
  title?: string;
  body?: string;
}

function randomAddress(): string {
  return `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
}

/** A pre-appointment notice with one person in it. */
export async function noticeEntry(name: string): Promise<{ noticeId: string; noticeEntryId: string }> {
  const notice = await db().notice.create({
    data: {
      kind: "PRE_APPOINTMENT",
      title: "任职前公示（测试）",
      body: "公示正文。",
      status: "PUBLISHED",
      publishedAt: new Date(),
      startsOn: new Date(Date.UTC(2026, 11, 1)),
      endsOn: new Date(Date.UTC(2026, 11, 7)),
      entries: {
        create: {
          name,
          gender: "M",
          birthYearMonth: "1983-11",
          education: "BACHELOR",
          currentPost: "某局副局长",
          proposedPost: "某局局长",
        },
      },
    },
    select: { id: true, entries: { select: { id: true } } },
  });
  return { noticeId: notice.id, noticeEntryId: notice.entries[0]!.id };
}

/** Files a case through the engine and puts it in `status` (with its handler and answer time). */
export async function makeCase(opts: TestCaseOptions = {}): Promise<{ id: string; number: string }> {
  const kind = opts.kind ?? "REPORT";
  const at = opts.at ?? clockNow();
  const notice = kind === "OBJECTION" ? await noticeEntry(opts.entryName ?? "贺恩盛") : null;
  const unique = randomBytes(6).toString("hex");
  const filed = await transaction(async (tx) =>
    fileCase(
      tx,
      {
        kind,
        writer: opts.writer ?? null,
        address: randomAddress(),
        category: kind === "TALK" ? "SUGGESTION" : kind === "REPORT" ? "SEEKING_OFFICE" : null,
        title:
          opts.title ?? (kind === "TALK" ? "关于干部培训的建议" : kind === "REPORT" ? "反映某单位违规用人问题" : "对任职前公示人选的反映"),
        body: opts.body ?? `来信正文：有关情况反映如下。（${unique}）`,
        ...(notice ?? {}),
        subjectName: kind === "REPORT" ? (opts.subjectName ?? "钱某某") : null,
        subjectUnit: kind === "REPORT" ? "某县某局" : null,
        subjectPost: kind === "REPORT" ? "副局长" : null,
        eventTime: kind === "REPORT" ? "2026年11月" : null,
        eventPlace: kind === "REPORT" ? "某县" : null,
      },
      await loadWorkCalendar(tx),
      at,
    ),
  );
  const status = opts.status ?? "PENDING";
  const answeredAt =
    opts.answeredAt !== undefined ? opts.answeredAt : status === "ANSWERED" || (kind === "TALK" && status === "CLOSED") ? at : null;
  await db().case.update({
    where: { id: filed.id },
    data: {
      status,
      handlerId: opts.handlerId ?? null,
      acceptedAt: status === "PENDING" ? null : at,
      answeredAt,
      followedUpAt: opts.followedUpAt ?? null,
      closedAt: status === "CLOSED" || status === "DISMISSED" ? at : null,
    },
  });
  return { id: filed.id, number: filed.number };
}
