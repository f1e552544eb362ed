// Demo cases of the three channels, so a newcomer finds each state in the console and in the
// demo nominator's /account: 张伟's letter answered (he may follow up or confirm), another
// waiting for acceptance; a real-name objection to a person of an active 任职前公示 being
// handled by 李敏; an anonymous report waiting; a concluded real-name report. Numbers come from
// the same counters as live filings, so the next real case continues the day's sequence.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { caseCounterKey, formatCaseNumber } from "../../lib/cases/case-number";
import { caseDueDays } from "../../lib/cases/deadlines";
import { newQueryCode, normalizeQueryCode, queryCodeHash } from "../../lib/cases/query-code";
import { createWorkCalendar } from "../../lib/calendar/working-days";
import type { CaseKind } from "../../lib/state/case";
import { createHash } from "node:crypto";

const DAY = 86_400_000;
const HOUR = 3_600_000;

interface DemoMessage {
  type: "WRITER" | "REPLY" | "NOTE";
  body: string;
  /** Hours after filing. */
  after: number;
  staff?: boolean;
}

interface DemoCase {
  kind: CaseKind;
  /** Days before now it was filed. */
  daysAgo: number;
  writer: string | null; // phone of the writer, or null (anonymous)
  handler?: string;
  status: "PENDING" | "ACCEPTED" | "ANSWERED" | "INVESTIGATING" | "CLOSED" | "DISMISSED";
  category?: string;
  title: string;
  subject?: { name: string; unit: string; post: string };
  /** An objection: the notice (by title start) and the person's name in it. */
  notice?: { title: string; person: string };
  eventTime?: string;
  eventPlace?: string;
  messages: DemoMessage[];
  outcomeText?: string;
}

const CASES: DemoCase[] = [
  {
    kind: "TALK",
    daysAgo: 6,
    writer: "13900000003",
    handler: "13900000002",
    status: "ANSWERED",
    category: "SUGGESTION",
    title: "建议在推荐表中增加“岗位匹配度”说明栏",
    messages: [
      {
        type: "WRITER",
        after: 0,
        body: "我在填写定向推荐时发现，推荐理由只能从德、能、勤、绩、廉五个方面填写，不便说明被推荐人与岗位要求的匹配程度。建议增加一栏“与岗位要求的匹配情况”，便于组织部门比较。",
      },
      { type: "NOTE", after: 20, staff: true, body: "已与干部一科沟通，拟在下一批岗位公告中试行。" },
      {
        type: "REPLY",
        after: 48,
        staff: true,
        body: "感谢您的建议。经研究，我们将在下一批空缺岗位公告的推荐表中增加“与岗位要求的匹配情况”一栏，试行后根据使用情况完善。欢迎继续提出意见建议。",
      },
    ],
  },
  {
    kind: "TALK",
    daysAgo: 1,
    writer: "13900000003",
    status: "PENDING",
    category: "EXCHANGE",
    title: "关于年轻干部到基层一线锻炼的几点想法",
    messages: [
      {
        type: "WRITER",
        after: 0,
        body: "我在乡镇工作八年，体会到年轻干部在基层一线经受锻炼非常必要。建议对选派到海岛乡镇锻炼的年轻干部，在培训和日常联系上给予更多关心。",
      },
    ],
  },
  {
    kind: "OBJECTION",
    daysAgo: 1,
    writer: "13900000003",
    handler: "13900000002",
    status: "ACCEPTED",
    title: "对公示对象工作经历的反映",
    notice: { title: "舟山市港航和口岸管理局副局长", person: "周海波" },
    messages: [
      {
        type: "WRITER",
        after: 0,
        body: "公示中所列该同志的任职经历与我了解的情况不完全一致，2019 年前后其任职单位似有出入，请组织核实。",
      },
      { type: "NOTE", after: 5, staff: true, body: "已调阅干部人事档案，正在与原单位核对任职时间。" },
    ],
  },
  {
    kind: "REPORT",
    daysAgo: 2,
    writer: null,
    status: "PENDING",
    category: "VOTE_BUYING",
    title: "反映某单位民主推荐中的拉票问题",
    subject: { name: "王某", unit: "某区属国有企业", post: "部门负责人" },
    eventTime: "今年 11 月中旬",
    eventPlace: "单位会议室及电话联系",
    messages: [
      {
        type: "WRITER",
        after: 0,
        body: "民主推荐会前，有人通过电话和当面方式请同事在推荐时“关照”，并暗示事后请客答谢。请组织调查核实。",
      },
    ],
  },
  {
    kind: "REPORT",
    daysAgo: 40,
    writer: "13900000003",
    handler: "13900000002",
    status: "CLOSED",
    category: "IRREGULAR_APPOINTMENT",
    title: "反映某单位干部任职年限不足即被提拔",
    subject: { name: "刘某某", unit: "某县属事业单位", post: "副主任" },
    eventTime: "今年 9 月",
    eventPlace: "该单位",
    messages: [
      { type: "WRITER", after: 0, body: "该同志任现职未满两年即被提拔为副主任，是否符合任职年限的规定，请组织核查。" },
      { type: "NOTE", after: 30, staff: true, body: "经核查干部任免审批表和档案，该同志任现职已满两年（含试用期），符合规定。" },
    ],
    outcomeText:
      "经核查，反映对象任现职时间符合《党政领导干部选拔任用工作条例》关于任职年限的规定，反映问题不属实。感谢您对干部选拔任用工作的监督。",
  },
];

export async function seedCases(prisma: PrismaClient, now = Date.now()): Promise<void> {
  const cal = createWorkCalendar();
  const users = new Map((await prisma.user.findMany({ select: { id: true, phone: true } })).map((u) => [u.phone, u.id]));
  for (const c of CASES) {
    const filedAt = new Date(now - c.daysAgo * DAY);
    const key = caseCounterKey(c.kind, filedAt);
    const counter = await prisma.caseCounter.upsert({ where: { key }, create: { key, value: 1 }, update: { value: { increment: 1 } } });
    const writerId = c.writer ? (users.get(c.writer) ?? null) : null;
    const handlerId = c.handler ? (users.get(c.handler) ?? null) : null;
    let noticeId: string | null = null;
    let noticeEntryId: string | null = null;
    let subjectName = c.subject?.name ?? null;
    if (c.notice) {
      const entry = await prisma.noticeEntry.findFirst({
        where: { name: c.notice.person, notice: { title: { startsWith: c.notice.title } } },
        select: { id: true, noticeId: true, name: true },
      });
      if (!entry) continue; // the boards seed has no such notice: leave the objection out
      noticeId = entry.noticeId;
      noticeEntryId = entry.id;
      subjectName = entry.name;
    }
    const due = caseDueDays(cal, filedAt);
    const at = (hours: number) => new Date(filedAt.getTime() + hours * HOUR);
    const replied = c.messages.find((m) => m.type === "REPLY");
    const finished = c.status === "CLOSED" || c.status === "DISMISSED";
    const code = writerId ? null : newQueryCode();
    const body = c.messages[0]!.body;
    await prisma.case.create({
      data: {
        kind: c.kind,
        number: formatCaseNumber(key, counter.value),
        status: c.status,
        category: c.category ?? null,
        title: c.title,
        writerId,
        anonymous: !writerId,
        queryCodeHash: code ? queryCodeHash(normalizeQueryCode(code)!) : null,
        noticeId,
        noticeEntryId,
        subjectName,
        subjectUnit: c.subject?.unit ?? null,
        subjectPost: c.subject?.post ?? null,
        eventTime: c.eventTime ?? null,
        eventPlace: c.eventPlace ?? null,
        handlerId,
        acceptDueOn: due.acceptDueOn,
        answerDueOn: due.answerDueOn,
        acceptedAt: c.status === "PENDING" ? null : at(4),
        answeredAt: replied ? at(replied.after) : null,
        closedAt: finished ? at(60) : null,
        outcomeText: c.outcomeText ?? null,
        contentHash: createHash("sha256").update(`${c.kind}\u0000demo\u0000${body}`).digest("hex"),
        createdAt: filedAt,
        messages: {
          create: c.messages.map((m) => ({
            type: m.type,
            body: m.body,
            authorId: m.staff ? handlerId : writerId,
            createdAt: at(m.after),
          })),
        },
      },
    });
  }
}
