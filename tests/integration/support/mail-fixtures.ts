// Outbox rows for the action suites: a mail that reached 发送失败, for the console's retry.
import { db } from "@/lib/db/client";

export async function failedMail(): Promise<string> {
  const row = await db().mailMessage.create({
    data: {
      kind: "account.approved",
      toAddress: "bounce@example.cn",
      subject: "【干部选拔任用工作平台】实名注册已通过审核",
      text: "您的实名账户已通过审核。",
      html: "<p>您的实名账户已通过审核。</p>",
      status: "FAILED",
      attempts: 6,
      lastError: "550 5.1.1 mailbox unavailable",
    },
    select: { id: true },
  });
  return row.id;
}
