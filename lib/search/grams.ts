// The character index of SQLite (FTS5 table SearchChars, unicode61 tokenizer): words of one
// or two characters are shorter than a trigram, so the trigram table cannot look them up.
// Each character of a document becomes one token, its code point in hex ("局" → "5c40",
// "〔" → "3014"), so that punctuation and digits are tokens too; a word is then the phrase of
// its characters' tokens, which FTS5 matches at consecutive positions: an exact substring test
// from the index alone. ASCII letters are lowered first (like SQLite's lower() and FTS5's
// folding), so matching ignores ASCII case as the trigram table does.
// Pure functions: also used by scripts/prepare.ts to fill the column of backfilled rows.

const ASCII_UPPER = /[A-Z]+/g;

/** Code points of `text`, ASCII-lowered, as space-separated hex tokens. */
function charTokens(text: string): string {
  const out: string[] = [];
  for (const ch of text.replace(ASCII_UPPER, (m) => m.toLowerCase())) out.push(ch.codePointAt(0)!.toString(16));
  return out.join(" ");
}

/** The `grams` column of a SearchDocument: its title and body as one token stream. */
export function documentGrams(title: string, body: string): string {
  return charTokens(`${title}\n${body}`);
}

/** An FTS5 phrase matching `word` as a substring in SearchChars. */
export function charPhrase(word: string): string {
  return `"${charTokens(word)}"`;
}

/** An FTS5 phrase matching `word` in the trigram table SearchFts (quotes doubled, as FTS5 wants). */
export function trigramPhrase(word: string): string {
  return `"${word.replace(/"/g, '""')}"`;
}

/** Shorter than a trigram: looked up by characters (SQLite) or the character GIN index (PostgreSQL). */
export function isShortWord(word: string): boolean {
  return [...word].length < 3;
}
