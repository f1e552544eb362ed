// The user's 干部教育培训 pages rendered with the real zh-CN catalog on real rows: the public list
// and class page (facts, sessions, materials, the sign-up box as a client part), 我的培训档案 with
// hours per year, the printable record, and 培训签到 with the code from the QR link. No record id
// in any page's text.
import "./support/page-mocks";
import { pageProps, renderPage, setPageCaller } from "./support/page-mocks";
import { db } from "@/lib/db/client";
import { makeUser } from "./support/users";
import { enrol, makeClass, DAY } from "./support/training-world";

jest.setTimeout(120_000);

// The class page hands the sign-up box its words with next-intl's provider, a client component
// the page walk cannot call outside React: here it only passes its children through.
jest.mock("next-intl", () => ({
  ...jest.requireActual("next-intl"),
  NextIntlClientProvider: ({ children }: { children: unknown }) => children,
}));

let ids: string[] = [];
let classId = "";
let user: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  user = await makeUser({ realName: "张伟" });
  const c = await makeClass({
    title: "干部选拔任用工作业务培训班",
    capacity: 40,
    eligibleLevels: ["SECTION"],
    sessions: [
      { startsAt: new Date("2025-03-02T01:00:00Z"), hoursTenths: 15, title: "条例解读" },
      { startsAt: new Date("2025-03-03T01:00:00Z"), hoursTenths: 25, title: "案例研讨" },
      { startsAt: new Date(Date.now() + 3 * DAY), hoursTenths: 5, title: "结业测试" },
    ],
  });
  classId = c.id;
  const m = await db().trainingMaterial.create({ data: { classId, title: "培训日程安排", url: "https://www.example.cn/a.pdf" } });
  const e = await enrol(classId, user.id, "APPROVED");
  for (const s of c.sessions.slice(0, 2))
    await db().trainingAttendance.create({ data: { sessionId: s.id, enrolmentId: e.id, method: "CODE" } });
  ids = [classId, m.id, e.id, user.id, ...c.sessions.map((s) => s.id)];
});

const noIds = (text: string) => {
  for (const id of ids) expect(text).not.toContain(id);
};

test("the public list and class page", async () => {
  setPageCaller(null);
  const list = await renderPage("@/app/[locale]/(public)/training/page", pageProps());
  expect(list.text).toContain("干部教育培训");
  expect(list.text).toContain("干部选拔任用工作业务培训班");
  expect(list.text).toContain("报名中");
  expect(list.text).toContain("职级：正科级");
  expect(list.text).toContain("4.5 学时");
  expect(list.hrefs).toContain(`/training/${classId}`);
  noIds(list.text);
  const page = await renderPage("@/app/[locale]/(public)/training/[id]/page", pageProps({ id: classId }));
  expect(page.text).toContain("课程安排");
  expect(page.text).toContain("条例解读");
  expect(page.text).toContain("培训日程安排");
  expect(page.markers.some((m) => m.client === "SignupBox" && m.props.classId === classId)).toBe(true);
  noIds(page.text);
});

test("我的培训档案, the printable record and 培训签到", async () => {
  setPageCaller(user);
  const record = await renderPage("@/app/[locale]/(account)/account/training/page", pageProps());
  expect(record.text).toContain("2025 年：4 学时（1 个培训班）");
  expect(record.text).toContain("已出勤");
  expect(record.text).toContain("已录取");
  noIds(record.text);
  const print = await renderPage("@/app/[locale]/(account)/account/training/print/page", pageProps());
  expect(print.text).toContain("干部教育培训档案");
  expect(print.text).toContain("张伟");
  expect(print.text).toContain("舟山市测试局");
  expect(print.text).toContain("2025 年度合计");
  noIds(print.text);
  const checkin = await renderPage("@/app/[locale]/(account)/training/check-in/page", pageProps({}, { code: "123 456" }));
  expect(checkin.text).toContain("培训签到");
  expect(checkin.markers.find((m) => m.client === "CheckinForm")?.props.initialCode).toBe("123456");
});
