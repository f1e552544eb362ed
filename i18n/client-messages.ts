import "server-only";
import { getMessages } from "next-intl/server";

// What the browser receives with every page. Public pages' client components (login and
// registration forms, field errors, the vacancy countdown) need only these namespaces; the
// signed-in areas ((account), (admin)) wrap their pages in a provider with the whole catalog.
// Sending all of it everywhere cost ~40 KB per page.
const PUBLIC_CLIENT_NAMESPACES = [
  "common",
  "nav",
  "errors",
  "fields",
  "hints",
  "political",
  "gender",
  "register",
  "login",
  "vacancy",
  "boardErrors",
  "privacy",
];

export async function publicClientMessages() {
  const all = (await getMessages()) as Record<string, unknown>;
  return Object.fromEntries(PUBLIC_CLIENT_NAMESPACES.filter((ns) => ns in all).map((ns) => [ns, all[ns]]));
}

export async function allClientMessages() {
  return getMessages();
}
