// Cases for the writer's actions in the action suites (action-tables/talk.ts) and the writer's
// tests: a letter of the caller's own already answered by the department, and an anonymous
// case with its 查询码.
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import { loadWorkCalendar } from "@/lib/data/holidays";
import { fileCase } from "@/lib/data/cases/engine";

/**
 * A 说心里话 letter of `owner`'s in 已答复, answered just now, written straight to the tables
 * (the daily cap of the filing door would otherwise limit how many a suite can make).
 */
export async function answeredTalkOf(owner: Actor, at: Date = new Date()): Promise<string> {
  const tag = randomBytes(6).toString("hex");
  const c = await db().case.create({
    data: {
      kind: "TALK",
      number: `XL-T-${tag}`,
      status: "ANSWERED",
      category: "SUGGESTION",
      title: "关于干部培训的建议",
      writerId: owner.id,
      acceptDueOn: at,
      answerDueOn: at,
      acceptedAt: at,
      answeredAt: at,
      contentHash: `test-${tag}`,
      createdAt: at,
      messages: {
        create: [
          { type: "WRITER", authorId: owner.id, body: "建议增加年轻干部的实践锻炼。", createdAt: at },
          { type: "REPLY", body: "感谢您的建议，已转干部教育科研究。", createdAt: at },
        ],
      },
    },
    select: { id: true },
  });
  return c.id;
}

let anon = 0;
/** An anonymous 监督举报 case filed through the engine from a fresh address; its 查询码. */
export async function anonymousCaseCode(
  body = `匿名反映的情况，第${++anon}件，${randomBytes(4).toString("hex")}。`,
): Promise<{ id: string; code: string }> {
  const address = `203.0.113.${(anon % 250) + 1}-${randomBytes(3).toString("hex")}`;
  const filed = await transaction(async (tx) =>
    fileCase(
      tx,
      {
        kind: "REPORT",
        writer: null,
        address,
        category: "OTHER",
        title: "反映某单位违规用人",
        body,
        subjectName: "某某",
        subjectUnit: "某单位",
      },
      await loadWorkCalendar(tx),
      new Date(),
    ),
  );
  return { id: filed.id, code: filed.queryCode! };
}
