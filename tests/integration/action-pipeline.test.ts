// The one door, through real actions and a real database: bodies of the wrong shape, refused
// forms that keep every choice, the cleared 推荐开始时间 that used to be a 500, and an
// unexpected failure (a real one: the table is gone) that answers with a reference number.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { MAX_FORM_CHARS } from "@/lib/actions/form-input";
import { makeUser } from "./support/users";
import { form } from "./boards-fixtures";

let signedIn: Actor | null = null;
jest.mock("@/lib/auth/session", () => ({ currentActor: async () => signedIn }));
jest.mock("next/cache", () => ({
  revalidatePath: jest.fn(),
  revalidateTag: jest.fn(),
  updateTag: jest.fn(),
  unstable_cache: (fn: unknown) => fn,
}));

import { registerAction } from "@/app/[locale]/(public)/register/actions";
import { submitNominationAction } from "@/app/[locale]/(account)/nominate/actions";
import { saveVacancyAction } from "@/app/[locale]/(admin)/admin/vacancies/actions";
import { createStaffAction, rejectAction } from "@/app/[locale]/(admin)/admin/account-actions";
import { savePolicyAction } from "@/app/[locale]/(admin)/admin/policies/actions";

type Loose = (
  prev: unknown,
  form: unknown,
) => Promise<{
  message?: string;
  errors?: Record<string, string[] | undefined>;
  values?: Record<string, string>;
  messageValues?: Record<string, string | number>;
}>;
const loose = (a: unknown) => a as Loose;

const newVacancy = {
  post: "区发改局副局长",
  unit: "区发展和改革局",
  level: "DEPUTY_DIVISION",
  headcount: "1",
  duties: "协助局长分管规划工作",
  qualifications: "具有大学本科以上学历",
  minEducation: "BACHELOR",
  requiredLevel: "SECTION",
  minYearsAtLevel: "2",
  opensAt: "",
  closesAt: "2026-12-20T17:00",
};

describe("a body of the wrong shape (e.g. `0=[]`) is refused with a message, not a TypeError", () => {
  it.each([
    ["registerAction", registerAction, null],
    ["submitNominationAction", submitNominationAction, "nominator"],
    ["saveVacancyAction", saveVacancyAction, "reviewer"],
    ["rejectAction", rejectAction, "reviewer"],
  ] as const)("%s", async (_name, action, who) => {
    signedIn = who === null ? null : await makeUser(who === "reviewer" ? { role: "REVIEWER" } : {});
    const before = await db().user.count();
    for (const body of [[], undefined, "0=[]", {}, null]) {
      const r = await loose(action)({}, body);
      expect(r.message).toBe("errors.badRequest");
    }
    expect(await db().user.count()).toBe(before);
  });
});

describe("a refused form comes back as typed, selects and checkboxes included", () => {
  it("a new vacancy keeps 职级, 最低学历 and 要求现任职级; a cleared 推荐开始时间 is a field error", async () => {
    signedIn = await makeUser({ role: "REVIEWER" });
    const before = await db().vacancy.count();
    const r = await saveVacancyAction({}, form(newVacancy));
    expect(r.message).toBe("errors.invalid");
    expect(r.errors?.opensAt).toEqual(["errors.required"]);
    expect(r.values).toMatchObject({
      level: "DEPUTY_DIVISION",
      minEducation: "BACHELOR",
      requiredLevel: "SECTION",
      minYearsAtLevel: "2",
      post: "区发改局副局长",
    });
    expect(await db().vacancy.count()).toBe(before);
  });

  it("registration keeps 政治面貌 and the consent box; passwords are never sent back", async () => {
    signedIn = null;
    const r = await registerAction(
      {},
      form({
        realName: "周海燕",
        idNumber: "123",
        phone: "13900000000",
        workUnit: "嵊泗县商务局",
        position: "科员",
        politicalStatus: "CPC_MEMBER",
        consent: "on",
        password: "Shengsi-2026-x",
        confirmPassword: "Shengsi-2026-x",
      }),
    );
    expect(r.errors?.idNumber).toBeDefined();
    expect(r.values).toMatchObject({ politicalStatus: "CPC_MEMBER", consent: "on", realName: "周海燕" });
    expect(r.values?.password).toBeUndefined();
    expect(r.values?.confirmPassword).toBeUndefined();
  });

  it("a new staff account keeps its 角色", async () => {
    signedIn = await makeUser({ role: "ADMIN" });
    const r = await createStaffAction(
      {},
      form({
        realName: "钱进",
        idNumber: "1",
        phone: "1",
        workUnit: "组织部",
        position: "干事",
        role: "ADMIN",
        password: "a",
        confirmPassword: "b",
      }),
    );
    expect(r.message).toBe("errors.invalid");
    expect(r.values?.role).toBe("ADMIN");
  });
});

describe("input is normalized and checked at the door", () => {
  it("control characters, bidi overrides and invisible characters in names are field errors; nothing is written", async () => {
    signedIn = await makeUser({ role: "REVIEWER" });
    const before = await db().policy.count();
    const base = {
      title: "关于印发《干部选拔任用工作规定》的通知",
      category: "LAWS",
      issuer: "中共某市委组织部",
      issuedOn: "2026-03-01",
      body: "正文",
    };
    expect((await savePolicyAction({}, form({ ...base, title: "通知\u0000" }))).errors?.title).toEqual(["errors.controlChars"]);
    expect((await savePolicyAction({}, form({ ...base, issuer: "组织部\u202E" }))).errors?.issuer).toEqual(["errors.invisibleChars"]);
    expect((await savePolicyAction({}, form({ ...base, issuedOn: "9999-12-31" }))).errors?.issuedOn).toEqual(["errors.dayRange"]);
    expect(await db().policy.count()).toBe(before);
  });

  it("a form over the size limit gets a clear message", async () => {
    signedIn = await makeUser({ role: "REVIEWER" });
    const r = await savePolicyAction({}, form({ title: "t", body: "长".repeat(MAX_FORM_CHARS + 1) }));
    expect(r.message).toBe("errors.tooLarge");
  });

  it("an id that fails the schema is a form message, not an uncaught ZodError", async () => {
    signedIn = await makeUser({ role: "REVIEWER" });
    const r = await rejectAction({}, form({ id: "../../etc/passwd", reason: "材料不全" }));
    expect(r.message).toBe("errors.invalid");
  });
});

describe("an unexpected failure", () => {
  it("answers with a generic message and a reference number that the log carries with the stack; no database text reaches the user", async () => {
    signedIn = await makeUser({ role: "REVIEWER" });
    const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
    // A real failure of the database: the table the action writes to is gone.
    await db().$executeRawUnsafe(`DROP TABLE "Policy"`);
    const r = await savePolicyAction(
      {},
      form({ title: "关于印发某规定的通知", category: "LAWS", issuer: "中共某市委组织部", issuedOn: "2026-03-01", body: "正文" }),
    );
    expect(r.message).toBe("errors.unexpected");
    const ref = String(r.messageValues?.ref);
    expect(ref).toMatch(/^[0-9A-F]{8}$/);
    expect(JSON.stringify(r)).not.toMatch(/prisma|sqlite|Policy|relation|table/i);
    expect(r.values?.title).toBe("关于印发某规定的通知");
    const line = logged.mock.calls.find((c) => String(c[0]).includes(ref));
    expect(line).toBeDefined();
    expect(line![1]).toBeInstanceOf(Error);
    expect((line![1] as Error).stack).toBeTruthy();
    logged.mockRestore();
  });
});
