// The staff digest's 来信来访 lines: new cases since the last digest and cases past their due
// day, counted per reader (never the cases about them), with none of a case's words in the mail.
import { db } from "@/lib/db/client";
import { sendDueDigests } from "@/lib/data/digest";
import { makeUser } from "./support/users";
import { makeCase } from "./support/case-world";

jest.setTimeout(60_000);

const now = new Date("2026-12-10T02:00:00Z"); // 10:00 Beijing time
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);

async function staff(realName: string) {
  const s = await makeUser({ role: "REVIEWER", realName });
  await db().user.update({ where: { id: s.id }, data: { email: `${s.id}@example.cn`, digestHour: 0 } });
  return s;
}

test("new and overdue cases are counted in the digest, without the cases about the reader and without any case's words", async () => {
  const reader = await staff("审核员壬");
  const subject = await staff("孙被反映");
  await makeCase({ kind: "REPORT", at: hoursAgo(2), title: "反映甲单位违规用人", body: "甲单位违规提拔干部。" });
  await makeCase({ kind: "REPORT", at: hoursAgo(3), subjectName: subject.realName, title: "反映孙某跑官要官" });
  await makeCase({ kind: "TALK", at: new Date("2026-11-02T02:00:00Z"), title: "关于培训的建议" }); // long past its due day
  expect(await sendDueDigests(now)).toBe(2);
  const mailOf = async (userId: string) => {
    const m = await db().mailMessage.findFirstOrThrow({ where: { userId, kind: "digest" } });
    return `${m.subject}\n${m.text}\n${m.html}`;
  };
  const forReader = await mailOf(reader.id);
  expect(forReader).toContain("来信来访");
  expect(forReader).toMatch(/以来新收到 2 件/);
  expect(forReader).toContain("1 件已超过办理时限");
  expect(forReader).toContain("/admin/cases?overdue=1");
  const forSubject = await mailOf(subject.id);
  expect(forSubject).toMatch(/以来新收到 1 件/);
  expect(forSubject).toContain("1 件已超过办理时限");
  for (const text of [forReader, forSubject])
    for (const word of ["违规用人", "违规提拔", "跑官要官", "孙某", "培训", "钱某某"]) expect(text).not.toContain(word);
});
