// 谁推荐、谁负责: the nominator signs with their real name. The same comparison on the server
// (lib/data/nominations.ts, which decides) and in the form (which reports a wrong signature
// together with the other fields' errors, on the first submit).

/** The typed signature names the account's real name (width forms folded, spaces ignored). */
export function signatureMatches(typed: string, realName: string): boolean {
  const fold = (s: string) => s.normalize("NFKC").replace(/\s+/g, "");
  return fold(typed) === fold(realName);
}
