// The mail bench's SMTP server in a process of its own (forked by bench/mail.ts), so the time it
// takes to receive and count mail is not charged to the worker being measured. Messages over
// IPC: it sends { port } once listening; asked "count", it answers { received, distinct }
// (distinct Message-IDs); asked "close", it stops.
import { startSmtpSink } from "../tests/integration/support/smtp-sink";

async function main() {
  const sink = await startSmtpSink();
  process.send!({ port: sink.port });
  process.on("message", (m: unknown) => {
    if (m === "count") {
      process.send!({ received: sink.received.length, distinct: new Set(sink.received.map((x) => x.messageId)).size });
      // Keep the count, not the messages: 20,000 raw mails would only fill memory.
      for (const x of sink.received) x.raw = Buffer.alloc(0);
    } else if (m === "close") void sink.close().then(() => process.exit(0));
  });
}

void main();
