// The server actions themselves, called directly as a crafted POST would call them: only the
// session lookup is replaced (to choose who is "signed in"); validation, data layer and
// database are real.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { lesserActors, makeUser, uniquePhone, validId } from "./support/users";
import { solvedChallenge } from "./support/challenge";

let signedIn: Actor | null = null;
jest.mock("@/lib/auth/session", () => ({ currentActor: async () => signedIn }));
jest.mock("next/cache", () => ({ revalidatePath: jest.fn(), revalidateTag: jest.fn() }));

import * as actions from "@/app/[locale]/(admin)/admin/account-actions";
import { registerAction } from "@/app/[locale]/(public)/register/actions";
import { resubmitProfileAction } from "@/app/[locale]/(account)/account/actions";

const form = (fields: Record<string, string | string[]>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) f.append(k, x);
  return f;
};

describe("console actions refuse lesser roles on a direct POST", () => {
  it("approve / reject / suspend / restore / bulk / reveal / staff / role: refused, nothing changes", async () => {
    const target = await makeUser({ status: "PENDING" });
    const approvedTarget = await makeUser({ status: "APPROVED" });
    const attempts: [string, () => Promise<{ message?: string; revealed?: string }>][] = [
      ["approve", () => actions.approveAction({}, form({ id: target.id }))],
      ["reject", () => actions.rejectAction({}, form({ id: target.id, reason: "x" }))],
      ["suspend", () => actions.suspendAction({}, form({ id: approvedTarget.id, reason: "x" }))],
      ["restore", () => actions.restoreAction({}, form({ id: approvedTarget.id }))],
      ["bulk", () => actions.bulkApproveAction({}, form({ ids: [target.id] }))],
      ["reveal", () => actions.revealIdAction({}, form({ id: target.id }))],
      [
        "createStaff",
        () =>
          actions.createStaffAction(
            {},
            form({
              realName: "钱进",
              idNumber: validId("19700101"),
              phone: uniquePhone(),
              workUnit: "组织部",
              position: "干事",
              role: "ADMIN",
              password: "Zuzhi-2026-xyz",
              confirmPassword: "Zuzhi-2026-xyz",
            }),
          ),
      ],
      ["changeRole", () => actions.changeRoleAction({}, form({ id: approvedTarget.id, role: "ADMIN" }))],
    ];
    const lesser = await lesserActors();
    const usersBefore = await db().user.count();
    for (const [who, actor] of lesser) {
      signedIn = actor;
      for (const [name, attempt] of attempts) {
        const result = await attempt();
        expect([who, name, result.message]).toEqual([
          who,
          name,
          actor ? expect.stringMatching(/^errors\.auth\.(forbidden|notApproved)$/) : "errors.auth.unauthenticated",
        ]);
        expect(result.revealed).toBeUndefined();
      }
    }
    expect(await db().user.count()).toBe(usersBefore);
    expect((await db().user.findUniqueOrThrow({ where: { id: target.id } })).status).toBe("PENDING");
    expect((await db().user.findUniqueOrThrow({ where: { id: approvedTarget.id } })).role).toBe("NOMINATOR");
  });

  it("a reviewer is refused the admin-only actions", async () => {
    signedIn = await makeUser({ role: "REVIEWER" });
    const u = await makeUser();
    expect((await actions.changeRoleAction({}, form({ id: u.id, role: "ADMIN" }))).message).toBe("errors.auth.forbidden");
    expect((await db().user.findUniqueOrThrow({ where: { id: u.id } })).role).toBe("NOMINATOR");
  });

  it("a reviewer's reject without a reason gets a field error and changes nothing", async () => {
    signedIn = await makeUser({ role: "REVIEWER" });
    const u = await makeUser({ status: "PENDING" });
    const r = await actions.rejectAction({}, form({ id: u.id, reason: "   " }));
    expect(r.errors?.reason).toEqual(["errors.required"]);
    expect((await db().user.findUniqueOrThrow({ where: { id: u.id } })).status).toBe("PENDING");
  });
});

describe("registration and resubmission actions", () => {
  it("a visitor registers; bad input returns field errors and keeps what was typed except passwords", async () => {
    signedIn = null;
    const bad = await registerAction(
      {},
      form({
        realName: "周",
        idNumber: "123",
        phone: "139",
        workUnit: "",
        position: "科员",
        politicalStatus: "MASSES",
        password: "x",
        confirmPassword: "y",
      }),
    );
    expect(bad.message).toBe("errors.invalid");
    expect(Object.keys(bad.errors ?? {}).sort()).toEqual(
      expect.arrayContaining(["consent", "idNumber", "password", "phone", "realName", "workUnit"]),
    );
    expect(bad.values).toMatchObject({ position: "科员" });
    expect(bad.values?.password).toBeUndefined();

    const phone = uniquePhone();
    await expect(
      registerAction(
        {},
        form({
          realName: "周海燕",
          idNumber: validId("19920304"),
          phone,
          workUnit: "嵊泗县商务局",
          position: "科员",
          politicalStatus: "MASSES",
          password: "Shengsi-2026-x",
          confirmPassword: "Shengsi-2026-x",
          consent: "on",
          altcha: await solvedChallenge(),
        }),
      ),
    ).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT") });
    expect((await db().user.findUniqueOrThrow({ where: { phone } })).status).toBe("PENDING");
  });

  it("a signed-in user cannot register again", async () => {
    signedIn = await makeUser();
    expect((await registerAction({}, form({}))).message).toBe("errors.register.signedIn");
  });

  it("an approved user cannot use resubmission to change their verified identity", async () => {
    const u = await makeUser({ status: "APPROVED" });
    signedIn = u;
    const r = await resubmitProfileAction(
      {},
      form({
        realName: "李四",
        idNumber: validId("19700101"),
        phone: uniquePhone(),
        workUnit: "x",
        position: "y",
        politicalStatus: "MASSES",
      }),
    );
    expect(r.message).toBe("errors.account.notEditable");
    expect((await db().user.findUniqueOrThrow({ where: { id: u.id } })).realName).toBe("测试用户");
  });
});
