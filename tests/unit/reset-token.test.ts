// One-time password resets, without a database: how long each secret lives, that a used one is
// never usable again, the secrets' strength and how a typed code is read.
import {
  newLinkToken,
  newSmsCode,
  newStaffCode,
  normalizeSecret,
  resetExpiry,
  resetState,
  secretHashInput,
  RESET_TTL_MS,
} from "@/lib/security/reset-token";
import { describeUserAgent } from "@/lib/security/user-agent";

const issued = new Date("2026-12-02T08:00:00Z");
const at = (ms: number) => new Date(issued.getTime() + ms);

describe("expiry", () => {
  test("a mailed link lives 30 minutes: usable to the last millisecond, not at the expiry instant", () => {
    const row = { usedAt: null, expiresAt: resetExpiry("EMAIL", issued) };
    expect(RESET_TTL_MS.EMAIL).toBe(30 * 60_000);
    expect(resetState(row, issued)).toBe("usable");
    expect(resetState(row, at(30 * 60_000 - 1))).toBe("usable");
    expect(resetState(row, at(30 * 60_000))).toBe("expired");
    expect(resetState(row, at(31 * 60_000))).toBe("expired");
  });

  test("a reviewer's code lives 24 hours, a texted one 10 minutes", () => {
    expect(resetExpiry("STAFF", issued).getTime() - issued.getTime()).toBe(24 * 3600_000);
    expect(resetExpiry("SMS", issued).getTime() - issued.getTime()).toBe(10 * 60_000);
  });
});

describe("single use", () => {
  test("once used, a reset is used — before its expiry and after", () => {
    const row = { usedAt: at(60_000), expiresAt: resetExpiry("EMAIL", issued) };
    expect(resetState(row, at(2 * 60_000))).toBe("used");
    expect(resetState(row, at(3600_000))).toBe("used");
  });
});

describe("the secrets", () => {
  test("a link token carries 256 random bits, URL-safe, never the same twice", () => {
    const tokens = new Set(Array.from({ length: 200 }, () => newLinkToken()));
    expect(tokens.size).toBe(200);
    for (const t of tokens) expect(t).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  test("a reviewer's code is three groups of four unambiguous characters; a texted one six digits", () => {
    for (let i = 0; i < 50; i++) {
      expect(newStaffCode()).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
      expect(newSmsCode()).toMatch(/^\d{6}$/);
    }
  });

  test("a code is read in any case, with or without dashes and spaces; a link token exactly", () => {
    expect(normalizeSecret("STAFF", " k7qx-p2wd 9trb ")).toBe("K7QXP2WD9TRB");
    expect(secretHashInput("STAFF", "k7qx-p2wd-9trb")).toBe(secretHashInput("STAFF", "K7QXP2WD9TRB"));
    expect(normalizeSecret("EMAIL", " abc-DEF_g ")).toBe("abc-DEF_g");
  });

  test("the kind is part of what is hashed: no secret of one kind opens another", () => {
    expect(secretHashInput("STAFF", "123456")).not.toBe(secretHashInput("SMS", "123456"));
    expect(secretHashInput("EMAIL", "x")).not.toBe(secretHashInput("STAFF", "x"));
  });
});

describe("a sign-in's browser in words", () => {
  test("common browsers and systems, WeChat's built-in one included; nothing for an empty header", () => {
    expect(
      describeUserAgent("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"),
    ).toEqual({
      browser: "Chrome",
      os: "Windows",
      mobile: false,
    });
    expect(
      describeUserAgent(
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.49 NetType/WIFI Language/zh_CN",
      ),
    ).toEqual({ browser: "WeChat", os: "iOS", mobile: true });
    expect(describeUserAgent("")).toEqual({ browser: null, os: null, mobile: false });
    expect(describeUserAgent(null)).toEqual({ browser: null, os: null, mobile: false });
  });
});
