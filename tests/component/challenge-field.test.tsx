// The browser side of the proof-of-work check: it fetches a challenge from this site, solves it
// with Web Crypto and puts the answer in the hidden `altcha` field, saying so in Chinese.
import { webcrypto } from "node:crypto";
import { TextDecoder, TextEncoder } from "node:util";
import { act, screen, waitFor } from "@testing-library/react";
import { createChallenge, verifySolution } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/sha";
import { ChallengeField } from "@/components/ui/challenge-field";
import { loginMessage } from "@/components/auth/login-form";
import { decodeChallengePayload } from "@/lib/security/challenge-payload";
import { renderWithIntl } from "./render";

jest.mock("next-auth/react", () => ({ signIn: jest.fn() }));
jest.mock("next/navigation", () => ({ useRouter: () => ({ push: jest.fn(), refresh: jest.fn() }) }));

const SECRET = "component-test-secret";

beforeAll(() => {
  // jsdom lacks Web Crypto's digest and TextEncoder, which every browser has: use Node's.
  Object.defineProperty(globalThis, "crypto", { value: webcrypto, configurable: true });
  Object.assign(globalThis, { TextEncoder, TextDecoder });
});

const newChallenge = () =>
  createChallenge({
    algorithm: "SHA-256",
    cost: 1,
    counter: 300,
    deriveKey,
    expiresAt: new Date(Date.now() + 600_000),
    hmacSignatureSecret: SECRET,
  });

/** Answers /api/challenge with a new challenge each time, or always with `fixed`. */
function serveChallenges(fixed?: Awaited<ReturnType<typeof newChallenge>>) {
  const requests: string[] = [];
  globalThis.fetch = jest.fn(async (url: string | URL | Request) => {
    requests.push(String(url));
    const challenge = fixed ?? (await newChallenge());
    return { ok: true, status: 200, json: async () => JSON.parse(JSON.stringify(challenge)) };
  }) as unknown as typeof fetch;
  return requests;
}

jest.setTimeout(30_000);

/** The field's status line (aria-live, so screen readers hear when the check is done). */
const liveRegion = () => document.querySelector<HTMLElement>("[aria-live]")!;

describe("ChallengeField", () => {
  it("solves a challenge from /api/challenge and fills the hidden altcha field", async () => {
    const requests = serveChallenges();
    const { container } = renderWithIntl(
      <form>
        <ChallengeField />
      </form>,
    );
    expect(liveRegion()).toHaveTextContent("正在进行安全验证…");
    await waitFor(() => expect(liveRegion()).toHaveTextContent("安全验证已完成"), { timeout: 10_000 });
    expect(requests).toEqual(["/api/challenge"]);
    const input = container.querySelector<HTMLInputElement>('input[type="hidden"][name="altcha"]')!;
    const payload = decodeChallengePayload(input.value)!;
    const result = await verifySolution({ ...payload, deriveKey, hmacSignatureSecret: SECRET });
    expect(result.verified).toBe(true);
  });

  it("starts on a new challenge after the form is submitted (each is accepted once)", async () => {
    const requests = serveChallenges();
    const { container } = renderWithIntl(
      <form onSubmit={(e) => e.preventDefault()}>
        <ChallengeField />
      </form>,
    );
    await waitFor(() => expect(liveRegion()).toHaveTextContent("安全验证已完成"), { timeout: 10_000 });
    const first = container.querySelector<HTMLInputElement>('input[name="altcha"]')!.value;
    await act(async () => container.querySelector("form")!.requestSubmit());
    await waitFor(() => expect(requests).toHaveLength(2));
    await waitFor(() => expect(liveRegion()).toHaveTextContent("安全验证已完成"), { timeout: 10_000 });
    expect(container.querySelector<HTMLInputElement>('input[name="altcha"]')!.value).not.toEqual(first);
  });

  it("solves without Web Crypto too (a plain-http page on a LAN address has none)", async () => {
    serveChallenges(await newChallenge());
    Object.defineProperty(globalThis, "crypto", {
      value: { getRandomValues: webcrypto.getRandomValues.bind(webcrypto) },
      configurable: true,
    });
    try {
      const { container } = renderWithIntl(
        <form>
          <ChallengeField />
        </form>,
      );
      await waitFor(() => expect(liveRegion()).toHaveTextContent("安全验证已完成"), { timeout: 10_000 });
      const payload = decodeChallengePayload(container.querySelector<HTMLInputElement>('input[name="altcha"]')!.value)!;
      Object.defineProperty(globalThis, "crypto", { value: webcrypto, configurable: true });
      expect((await verifySolution({ ...payload, deriveKey, hmacSignatureSecret: SECRET })).verified).toBe(true);
    } finally {
      Object.defineProperty(globalThis, "crypto", { value: webcrypto, configurable: true });
    }
  });

  it("holds a submission made before the check is done, then sends it with the answer", async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const challenge = await newChallenge();
    globalThis.fetch = jest.fn(async () => {
      await gate;
      return { ok: true, status: 200, json: async () => JSON.parse(JSON.stringify(challenge)) };
    }) as unknown as typeof fetch;
    const sent: string[] = [];
    const onSubmit = (e: React.FormEvent<HTMLFormElement>) => {
      e.preventDefault();
      sent.push(String(new FormData(e.currentTarget).get("altcha")));
    };
    renderWithIntl(
      <form onSubmit={onSubmit}>
        <ChallengeField />
        <button type="submit">提交注册</button>
      </form>,
    );
    await act(async () => screen.getByRole("button", { name: "提交注册" }).click());
    expect(sent).toEqual([]);
    expect(liveRegion()).toHaveTextContent("完成后将自动提交");
    await act(async () => release());
    await waitFor(() => expect(sent).toHaveLength(1), { timeout: 10_000 });
    const payload = decodeChallengePayload(sent[0])!;
    expect((await verifySolution({ ...payload, deriveKey, hmacSignatureSecret: SECRET })).verified).toBe(true);
  });

  it("says so, and offers to retry, when no challenge can be had", async () => {
    globalThis.fetch = jest.fn(async () => ({ ok: false, status: 503 })) as unknown as typeof fetch;
    renderWithIntl(<ChallengeField />);
    await waitFor(() => expect(liveRegion()).toHaveTextContent("安全验证未能完成"));
    expect(screen.getByRole("button", { name: "重新验证" })).toBeInTheDocument();
  });
});

describe("login form messages", () => {
  it("maps the server's codes to catalog keys, with the reference number", () => {
    expect(loginMessage("invalid")).toEqual({ key: "errors.login.invalid" });
    expect(loginMessage("locked")).toEqual({ key: "errors.login.locked" });
    expect(loginMessage("challenge")).toEqual({ key: "errors.login.challenge" });
    expect(loginMessage("unavailable:0A1B2C3D")).toEqual({ key: "errors.login.unavailable", values: { ref: "0A1B2C3D" } });
    // Anything else (a raw error that slipped through) is never shown as such.
    expect(loginMessage("Invalid `prisma.loginFailure.createMany()` SQLITE_FULL")).toEqual({ key: "errors.login.invalid" });
  });
});
