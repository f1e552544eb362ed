// One mail worker in a process of its own, as a server instance runs it: the multi-instance and
// kill -9 tests (mail-instances.test.ts) start it with `tsx --conditions=react-server`, with
// DATABASE_URL, SMTP_URL, MAIL_FROM and the OPENSELECT_MAIL_* settings in its environment.
//   argv[2] = "once":  wait for "go" on stdin, deliver until nothing is due, print the counts.
//   argv[2] = "drain": deliver until no mail is to be rendered, 待发送 or 发送中 (waiting out leases of a
//                      killed worker), at most 60 s, print the counts.
import readline from "node:readline";
import { db } from "@/lib/db/client";
import { deliverDue, type DeliveryCounts } from "@/lib/notifications/worker";
import { createMailer } from "@/lib/notifications/transport";
import { mailLeaseMs, sendBudgetMs } from "@/lib/state/mail";

async function main() {
  const mode = process.argv[2];
  const mailer = createMailer(undefined, { budgetMs: sendBudgetMs(mailLeaseMs()) });
  await db().mailMessage.count(); // connected before "ready"
  const total: DeliveryCounts = { claimed: 0, sent: 0, retrying: 0, failed: 0, released: 0, leaseLost: 0 };
  const add = (c: DeliveryCounts) => {
    for (const k of Object.keys(total) as (keyof DeliveryCounts)[]) total[k] += c[k];
  };
  if (mode === "once") {
    console.log("ready");
    await new Promise<void>((resolve) => readline.createInterface({ input: process.stdin }).once("line", () => resolve()));
    add(await deliverDue({ mailer }));
  } else if (mode === "drain") {
    const until = Date.now() + 60_000;
    while (Date.now() < until) {
      add(await deliverDue({ mailer }));
      const open =
        (await db().mailMessage.count({ where: { status: { in: ["PENDING", "SENDING"] } } })) +
        (await db().notification.count({ where: { mailTo: { not: null } } })); // mails still to be rendered
      if (open === 0) break;
      await new Promise((r) => setTimeout(r, 200));
    }
  } else throw new Error(`unknown mode ${mode}`);
  mailer.close();
  await db().$disconnect();
  console.log(JSON.stringify(total));
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
