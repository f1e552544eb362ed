// 忘记密码 by SMS through the gateway adapter (lib/sms/gateway.ts), its HTTP client against a local
// HTTP server that speaks the gateway's API: the bearer key, the JSON body, the answer. A texted
// code resets the password once; a phone with no account gets no text and the same answer; a
// gateway that fails or does not answer changes nothing of the answer; without the settings SMS is
// not offered at all.
import "./support/action-mocks";
import { newClientAddress, setCaller } from "./support/action-mocks";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { db } from "@/lib/db/client";
import { requestSmsCodeAction } from "@/app/[locale]/(public)/forgot-password/actions";
import { resetWithCodeAction } from "@/app/[locale]/(public)/reset-password/actions";
import { sendSms, smsConfig } from "@/lib/sms/gateway";
import { Browser } from "./support/auth-flow";
import { solvedChallenge } from "./support/challenge";
import { callAction, formData, type ActionResult } from "./support/call-action";
import { FIXTURE_PASSWORD, makeUser } from "./support/users";

jest.setTimeout(60_000);

const KEY = "sms-test-key-0123456789";
const NEW_PASSWORD = "Haidao-Qingfeng-2026";

interface Received {
  auth: string | undefined;
  type: string | undefined;
  body: { to?: string; text?: string; reference?: string };
}
const received: Received[] = [];
let answer: (req: Received) => { status: number; body: unknown; delayMs?: number } = () => ({ status: 200, body: { ok: true, id: "m1" } });
let server: http.Server;
let url: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (c: Buffer) => (raw += c.toString("utf8")));
    req.on("end", () => {
      const r: Received = { auth: req.headers.authorization, type: req.headers["content-type"], body: JSON.parse(raw || "{}") };
      received.push(r);
      // The gateway's side of the API: the key first, then the message.
      const a = r.auth === `Bearer ${KEY}` ? answer(r) : { status: 401, body: { ok: false, error: "bad key" } };
      setTimeout(() => {
        res.writeHead(a.status, { "content-type": "application/json" });
        res.end(JSON.stringify(a.body));
      }, a.delayMs ?? 0);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/messages`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
  process.env.OPENSELECT_SMS_URL = url;
  process.env.OPENSELECT_SMS_KEY = KEY;
  received.length = 0;
  answer = () => ({ status: 200, body: { ok: true, id: "m1" } });
  setCaller(null);
  newClientAddress();
});
afterEach(() => {
  delete process.env.OPENSELECT_SMS_URL;
  delete process.env.OPENSELECT_SMS_KEY;
  delete process.env.OPENSELECT_SMS_TIMEOUT_MS;
});

async function state(fn: unknown, fields: Record<string, string>): Promise<ActionResult> {
  const out = await callAction(fn as (...a: unknown[]) => Promise<unknown>, [{}, formData(fields)]);
  if (out.kind !== "returned") throw new Error(`expected a state, got ${out.kind}`);
  return out.state;
}
const ask = async (phone: string) => state(requestSmsCodeAction, { phone, altcha: await solvedChallenge() });

test("the client speaks the gateway's API: bearer key, JSON body; 2xx with ok is sent, anything else is not", async () => {
  const config = smsConfig()!;
  expect(await sendSms(config, { to: "13812345678", text: "测试", reference: "r1" })).toEqual({ ok: true, id: "m1" });
  expect(received[0]).toEqual({
    auth: `Bearer ${KEY}`,
    type: "application/json",
    body: { to: "13812345678", text: "测试", reference: "r1" },
  });
  answer = () => ({ status: 200, body: { ok: false } });
  expect(await sendSms(config, { to: "13812345678", text: "x", reference: "r2" })).toEqual({ ok: false, error: "refused by the gateway" });
  answer = () => ({ status: 503, body: {} });
  expect(await sendSms(config, { to: "13812345678", text: "x", reference: "r3" })).toEqual({ ok: false, error: "HTTP 503" });
  expect(await sendSms({ ...config, key: "wrong" }, { to: "13812345678", text: "x", reference: "r4" })).toEqual({
    ok: false,
    error: "HTTP 401",
  });
  answer = () => ({ status: 200, body: { ok: true, id: "late" }, delayMs: 1500 });
  expect(await sendSms({ ...config, timeoutMs: 500 }, { to: "13812345678", text: "x", reference: "r5" })).toEqual({
    ok: false,
    error: "timeout",
  });
});

test("a texted code resets the password once, with the phone; the holder's sessions end", async () => {
  const u = await makeUser();
  const b = new Browser(newClientAddress());
  expect((await b.signIn(u.phone, FIXTURE_PASSWORD)).ok).toBe(true);

  expect(await ask(u.phone)).toMatchObject({ ok: true, message: "accountSecurity.sms.sent", messageValues: { minutes: 10 } });
  expect(received).toHaveLength(1);
  expect(received[0].body.to).toBe(u.phone);
  expect(received[0].body.text).toMatch(/^【干部选拔任用工作平台】您正在找回登录密码，验证码 \d{6}，10 分钟内有效。/);
  const code = /验证码 (\d{6})/.exec(received[0].body.text!)![1];
  expect(JSON.stringify(await db().passwordReset.findMany({ where: { userId: u.id } }))).not.toContain(code);

  const form = async (password: string) => ({ phone: u.phone, code, password, confirmPassword: password, altcha: await solvedChallenge() });
  expect(await state(resetWithCodeAction, await form(NEW_PASSWORD))).toMatchObject({ ok: true });
  expect(await b.session()).toEqual({});
  expect((await new Browser(newClientAddress()).signIn(u.phone, NEW_PASSWORD)).ok).toBe(true);
  expect(await state(resetWithCodeAction, await form("Third-Password-55"))).toMatchObject({ message: "accountSecurity.errors.badCode" });
  const audit = await db().auditLog.findMany({
    where: { entityId: u.id, action: { startsWith: "auth.passwordReset" } },
    orderBy: { id: "asc" },
  });
  expect(audit.map((e) => [e.action, JSON.parse(e.after!).channel])).toEqual([
    ["auth.passwordResetRequested", "SMS"],
    ["auth.passwordReset", "SMS"],
  ]);
});

test("a phone with no account gets no text and the same answer; a failing gateway changes nothing of the answer", async () => {
  const known = await makeUser();
  const unknown = await ask("13000000321");
  expect(received).toHaveLength(0);
  answer = () => ({ status: 500, body: {} });
  newClientAddress();
  const failed = await ask(known.phone);
  expect(received).toHaveLength(1);
  expect(failed).toEqual({ ...unknown, values: failed.values });
  expect(unknown).toMatchObject({ ok: true, message: "accountSecurity.sms.sent" });
});

test("without the gateway's settings SMS is not offered", async () => {
  delete process.env.OPENSELECT_SMS_URL;
  expect(smsConfig()).toBeNull();
  expect(await ask("13000000322")).toMatchObject({ message: "accountSecurity.errors.smsOff" });
  expect(smsConfig({ OPENSELECT_SMS_URL: "ftp://x", OPENSELECT_SMS_KEY: "k" } as unknown as NodeJS.ProcessEnv)).toBeNull();
});
