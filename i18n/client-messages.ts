import "server-only";
import { getMessages } from "next-intl/server";

// What the browser receives with a page. Public pages carry none (their client components get
// their words as props; the error page imports its own small catalog); the login and
// registration pages add their forms' namespaces (FormMessagesProvider). The signed-in areas
// ((account), (admin)) have the whole catalog from the browser's cached script instead
// (components/intl/signed-in-intl.tsx). Sending the forms' ~10 KB on every board page was a
// quarter of a cached list's size.
const FORM_NAMESPACES = ["common", "errors", "fields", "hints", "political", "gender", "register", "login", "boardErrors", "privacy"];

async function pick(namespaces: string[]) {
  const all = (await getMessages()) as Record<string, unknown>;
  return Object.fromEntries(namespaces.filter((ns) => ns in all).map((ns) => [ns, all[ns]]));
}

export async function formClientMessages() {
  return pick(FORM_NAMESPACES);
}
