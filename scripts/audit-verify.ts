// `npm run audit:verify`: walks the audit log in id order and checks every link of the hash
// chain. Exit 0 when intact; exit 1 naming the first broken entry.
import { verifyChain, GENESIS_HASH } from "../lib/audit/chain";
import { scriptClient } from "./seed/run";

async function main() {
  const prisma = scriptClient();
  let prev = GENESIS_HASH;
  let after = 0;
  let total = 0;
  try {
    for (;;) {
      const batch = await prisma.auditLog.findMany({ where: { id: { gt: after } }, orderBy: { id: "asc" }, take: 2000 });
      if (batch.length === 0) break;
      const result = verifyChain(batch, prev);
      if (!result.ok) {
        console.error(
          `audit chain BROKEN at entry #${result.brokenAt}: ${result.reason} (${total + result.count - 1} entries before it are intact)`,
        );
        process.exitCode = 1;
        return;
      }
      total += batch.length;
      prev = batch[batch.length - 1].hash;
      after = batch[batch.length - 1].id;
    }
    console.log(`audit chain OK: ${total} entries verified`);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
