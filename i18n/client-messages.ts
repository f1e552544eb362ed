import "server-only";
import { getMessages } from "next-intl/server";

// What the browser receives with a page. Every public page carries the vacancy countdown's
// words only (the header and other public components get their texts as props); the login and
// registration pages add their forms' namespaces (FormMessagesProvider), and the signed-in
// areas ((account), (admin)) the whole catalog. Sending the forms' ~10 KB on every board page
// was a quarter of a cached list's size.
const FORM_NAMESPACES = ["common", "errors", "fields", "hints", "political", "gender", "register", "login", "boardErrors", "privacy"];

async function pick(namespaces: string[]) {
  const all = (await getMessages()) as Record<string, unknown>;
  return Object.fromEntries(namespaces.filter((ns) => ns in all).map((ns) => [ns, all[ns]]));
}

export async function publicClientMessages() {
  // The error page is a client component under every page: its few words go everywhere.
  const all = (await getMessages()) as { vacancy: { countdown: unknown }; errorPage: unknown };
  return { vacancy: { countdown: all.vacancy.countdown }, errorPage: all.errorPage };
}

export async function formClientMessages() {
  return pick(FORM_NAMESPACES);
}

export async function allClientMessages() {
  return getMessages();
}
