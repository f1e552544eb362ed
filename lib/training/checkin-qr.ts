import "server-only";
// The venue's QR code for a session's check-in: an SVG of the check-in page's full address with
// the current code (lib/training/checkin-code.ts), for the console's 签到二维码 page. The code
// changes every five minutes: the page shows `changesAt` and refreshes itself then
// (components/training/checkin-refresh.tsx).
import QRCode from "qrcode";
import { siteUrl } from "../notifications/render";
import { checkinPath, currentCheckinCode } from "./checkin-code";

export interface CheckinDisplay {
  /** The six digits, for people who type rather than scan. */
  code: string;
  /** The address the QR code encodes. */
  url: string;
  /** An <svg> element (no script, no external references) to place in the page as markup. */
  svg: string;
  /** When the code is replaced by the next one. */
  changesAt: Date;
}

/** The code, its URL and the QR code (SVG) of a session at `now`. `secret`: TrainingSession.checkinSecret. */
export async function checkinDisplay(
  secret: string,
  now: Date = new Date(),
  env: NodeJS.ProcessEnv = process.env,
): Promise<CheckinDisplay> {
  const { code, changesAt } = currentCheckinCode(secret, now);
  const url = `${siteUrl(env)}${checkinPath(code)}`;
  const svg = await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return { code, url, svg, changesAt };
}
