// A real SMTP server on a loopback port (the smtp-server package), for the mail tests and the
// bench: it takes what the worker sends, keeps the raw messages, and can refuse recipients,
// answer slowly, or call a hook at each stage (the kill -9 tests stop the sender from there).
// A message counts as received when its DATA is complete — the moment a real server has it
// and may queue it — even if the sender never reads the 250 that follows.
import { SMTPServer, type SMTPServerAddress, type SMTPServerSession } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";

export interface ReceivedMail {
  messageId: string;
  to: string[];
  raw: Buffer;
}

export interface SinkOptions {
  /** A 5xx answer (e.g. "550 5.1.1 mailbox unavailable") for this recipient, or null to accept. */
  refuse?: (address: string) => string | null;
  /** Called at each RCPT TO before it is answered (may delay it by returning a promise). */
  onRcpt?: (address: string, count: number) => void | Promise<void>;
  /** Called once a message's DATA is complete and recorded, before the 250 is sent. */
  onMessage?: (mail: ReceivedMail, count: number) => void | Promise<void>;
  /** Wait this long before each RCPT TO answer (a slow server). */
  rcptDelayMs?: number;
}

export interface SmtpSink {
  port: number;
  url: string;
  received: ReceivedMail[];
  /** Message-IDs received more than once, with their counts. */
  duplicates(): Map<string, number>;
  parse(mail: ReceivedMail): Promise<ParsedMail>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function messageIdOf(raw: Buffer): string {
  const head = raw.subarray(0, Math.min(raw.length, 8192)).toString("latin1");
  return /^Message-ID:\s*(<[^>\r\n]+>)/im.exec(head)?.[1] ?? "";
}

export async function startSmtpSink(opts: SinkOptions = {}): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  let rcpts = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    size: 10 * 1024 * 1024,
    onRcptTo(address: SMTPServerAddress, _session: SMTPServerSession, callback: (err?: Error | null) => void) {
      const n = ++rcpts;
      void (async () => {
        if (opts.rcptDelayMs) await sleep(opts.rcptDelayMs);
        await opts.onRcpt?.(address.address, n);
        const refusal = opts.refuse?.(address.address);
        if (refusal) {
          const code = Number(refusal.slice(0, 3)) || 550;
          callback(Object.assign(new Error(refusal.slice(4) || refusal), { responseCode: code }));
        } else callback();
      })().catch((e: unknown) => callback(e as Error));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks);
        const mail = { messageId: messageIdOf(raw), to: session.envelope.rcptTo.map((r) => r.address), raw };
        received.push(mail);
        void Promise.resolve(opts.onMessage?.(mail, received.length)).then(
          () => callback(),
          (e: unknown) => callback(e as Error),
        );
      });
    },
  });
  server.on("error", () => undefined); // a sender killed mid-dialogue resets its connection
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as { port: number }).port;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received,
    duplicates() {
      const counts = new Map<string, number>();
      for (const m of received) counts.set(m.messageId, (counts.get(m.messageId) ?? 0) + 1);
      return new Map([...counts].filter(([, n]) => n > 1));
    },
    parse: (mail) => simpleParser(mail.raw),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
