// The SMS gateway adapter: optional, on only when OPENSELECT_SMS_URL and OPENSELECT_SMS_KEY are set.
// It speaks one small HTTP API, which a deployment's gateway (or a thin relay in front of a
// carrier's or cloud vendor's SMS service) provides:
//
//   POST <OPENSELECT_SMS_URL>
//   Authorization: Bearer <OPENSELECT_SMS_KEY>
//   Content-Type: application/json
//   { "to": "13812345678", "text": "…", "reference": "<opaque id>" }
//
//   2xx with { "ok": true, "id": "<gateway's message id>" }  — accepted for delivery
//   anything else (a non-2xx status, ok not true, no answer within the timeout) — not sent
//
// The text is sent whole (a relay that needs a template can fill one from it); the reference lets a
// gateway drop a repeated request. No secret is written to the log: only the status and the id.

export interface SmsConfig {
  url: string;
  key: string;
  /** How long to wait for the gateway (OPENSELECT_SMS_TIMEOUT_MS, default 5 s). */
  timeoutMs: number;
}

export type SmsResult = { ok: true; id: string } | { ok: false; error: string };

/** The gateway's settings, or null when SMS is not configured (then no page offers it). */
export function smsConfig(env: NodeJS.ProcessEnv = process.env): SmsConfig | null {
  const url = (env.OPENSELECT_SMS_URL ?? "").trim();
  const key = (env.OPENSELECT_SMS_KEY ?? "").trim();
  if (!url || !key) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== "https:" && u.protocol !== "http:") return null;
  } catch {
    return null;
  }
  const t = Number((env.OPENSELECT_SMS_TIMEOUT_MS ?? "").trim());
  return { url, key, timeoutMs: Number.isInteger(t) && t >= 500 && t <= 60_000 ? t : 5_000 };
}

/** Sends one text message; never throws (a failure is an answer, the caller decides what it means). */
export async function sendSms(config: SmsConfig, message: { to: string; text: string; reference: string }): Promise<SmsResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), config.timeoutMs);
  try {
    const res = await fetch(config.url, {
      method: "POST",
      headers: { authorization: `Bearer ${config.key}`, "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify(message),
      signal: controller.signal,
      redirect: "error",
    });
    const body = (await res.json().catch(() => null)) as { ok?: unknown; id?: unknown } | null;
    if (!res.ok) return { ok: false, error: `HTTP ${res.status}` };
    if (body?.ok !== true) return { ok: false, error: "refused by the gateway" };
    return { ok: true, id: typeof body.id === "string" ? body.id.slice(0, 100) : "" };
  } catch (e) {
    return { ok: false, error: controller.signal.aborted ? "timeout" : (e as Error)?.name || "network error" };
  } finally {
    clearTimeout(timer);
  }
}
