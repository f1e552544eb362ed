import "server-only";
import { getMessages } from "next-intl/server";

// What the browser gets with a 公示反映 or 监督举报 form: the form's own words, the shared case
// words (statuses, attachment hints and refusals) and the form basics; public pages otherwise
// send almost nothing to the browser (i18n/client-messages.ts).
const NAMESPACES = ["common", "errors", "cases", "objection", "report", "caseLookup"];

export async function channelClientMessages() {
  const all = (await getMessages()) as Record<string, unknown>;
  return Object.fromEntries(NAMESPACES.filter((ns) => ns in all).map((ns) => [ns, all[ns]]));
}
