// `npm run create-admin`: the first administrator of a real deployment (no demo logins exist
// there). Flags, or prompts for what is missing:
//   npm run create-admin -- --name 张三 --id 330902198001011234 --phone 13900000000 \
//     --unit 中共舟山市委组织部 --position 信息中心主任 [--password …]
// The password is prompted (not echoed) unless given with --password or ADMIN_PASSWORD.
import readline from "node:readline";
import { parseArgs } from "node:util";
import { z } from "zod";
import { applyMigrations } from "./db/migrate";
import { databaseUrl } from "../lib/db/url";
import { staffSchema } from "../lib/validation/account";
import { catalogs } from "../messages";

const { values: flags } = parseArgs({
  options: {
    name: { type: "string" },
    id: { type: "string" },
    phone: { type: "string" },
    unit: { type: "string" },
    position: { type: "string" },
    password: { type: "string" },
  },
});

function ask(question: string, hidden = false): Promise<string> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  if (hidden) {
    // Replace echoed characters with nothing while typing the password.
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
      if (s.includes(question)) process.stdout.write(s);
    };
  }
  return new Promise((resolve) =>
    rl.question(question, (answer) => {
      rl.close();
      if (hidden) process.stdout.write("\n");
      resolve(answer.trim());
    }),
  );
}

function message(key: string): string {
  return (key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], catalogs["zh-CN"]) as string) ?? key;
}

async function main() {
  const interactive = process.stdin.isTTY;
  const get = async (v: string | undefined, q: string, hidden = false) => v ?? (interactive ? ask(q, hidden) : "");
  const password = flags.password ?? process.env.ADMIN_PASSWORD ?? (interactive ? await ask("密码（至少 10 位）：", true) : "");
  const input = {
    realName: await get(flags.name, "真实姓名："),
    idNumber: await get(flags.id, "身份证号码："),
    phone: await get(flags.phone, "手机号码："),
    workUnit: await get(flags.unit, "工作单位："),
    position: await get(flags.position, "职务："),
    role: "ADMIN",
    password,
    confirmPassword: flags.password ?? process.env.ADMIN_PASSWORD ?? (interactive ? await ask("确认密码：", true) : ""),
  };
  const parsed = staffSchema.safeParse(input);
  if (!parsed.success) {
    for (const [field, errs] of Object.entries(z.flattenError(parsed.error).fieldErrors)) {
      console.error(`  ${field}: ${(errs as string[]).map(message).join("；")}`);
    }
    process.exit(1);
  }
  await applyMigrations(databaseUrl());
  const { db } = await import("../lib/db/client");
  const { createStaff } = await import("../lib/data/accounts");
  const { transaction } = await import("../lib/db/tx");
  const { appendAudit } = await import("../lib/audit/log");
  // The data layer only lets an admin create staff; the first admin is created by the
  // operator on the server itself, recorded in the audit log as a system action.
  const bootstrap = { id: "system", realName: "create-admin", role: "ADMIN" as const, status: "APPROVED" as const };
  try {
    const { id } = await createStaff(bootstrap, parsed.data);
    await db().user.update({ where: { id }, data: { reviewedById: null } });
    await transaction((tx) => appendAudit(tx, { actor: null, action: "staff.bootstrapAdmin", entityType: "User", entityId: id }));
    console.log(`administrator created: ${parsed.data.realName} (${parsed.data.phone})`);
  } catch (e) {
    const fieldErrors = (e as { fieldErrors?: Record<string, string[]> }).fieldErrors;
    if (fieldErrors) for (const [f, errs] of Object.entries(fieldErrors)) console.error(`  ${f}: ${errs.map(message).join("；")}`);
    else console.error(e);
    process.exit(1);
  } finally {
    await db().$disconnect();
  }
}

main();
