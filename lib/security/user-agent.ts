// A sign-in's browser and system in words for the person's own sign-in history (“Chrome（Windows）”),
// read from the User-Agent header with bowser (MIT, maintained; the AWS SDK already ships it).
// Names are bowser's; the page puts the common Chinese ones into Chinese (accountSecurity.browserName).
import Bowser from "bowser";

export interface DeviceWords {
  /** "Chrome", "WeChat", "QQ Browser"… or null when unknown. */
  browser: string | null;
  /** "Windows", "iOS", "Android", "HarmonyOS"… or null when unknown. */
  os: string | null;
  mobile: boolean;
}

/** At most this much of the header is kept with a sign-in (a real one is far shorter). */
export const USER_AGENT_MAX = 400;

export function describeUserAgent(ua: string | null | undefined): DeviceWords {
  const text = (ua ?? "").slice(0, USER_AGENT_MAX).trim();
  if (!text) return { browser: null, os: null, mobile: false };
  try {
    const r = Bowser.parse(text);
    const type = r.platform?.type;
    return { browser: r.browser?.name || null, os: r.os?.name || null, mobile: type === "mobile" || type === "tablet" };
  } catch {
    return { browser: null, os: null, mobile: false };
  }
}

/** The catalog key part of a browser name: "QQ Browser" → "QQBrowser". */
export const browserKey = (name: string) => name.replace(/[^A-Za-z0-9]/g, "");
