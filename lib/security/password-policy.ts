// "Not trivially common": the most frequent leaked passwords (incl. the Chinese top lists),
// keyboard walks, one repeated character, a plain run of digits, or the user's own phone / ID.
const COMMON = new Set(
  [
    "1234567890",
    "0123456789",
    "12345678910",
    "1234567890a",
    "a1234567890",
    "qwertyuiop",
    "qwerty123456",
    "password123",
    "password1234",
    "passw0rd123",
    "iloveyou123",
    "woaini1314",
    "woaini520",
    "woaini123456",
    "5201314520",
    "1314520520",
    "abc1234567",
    "abcd123456",
    "abcdefghij",
    "aa12345678",
    "a123456789",
    "qq123456789",
    "zxcvbnm123",
    "1qaz2wsx3edc",
    "1q2w3e4r5t",
    "q1w2e3r4t5",
    "asdfghjkl1",
    "admin12345",
    "admin123456",
    "administrator",
    "welcome123",
    "11111111111",
    "123123123123",
    "1234512345",
    "0000000000",
    "9876543210",
    "1111111111",
    "123456789a",
    "p@ssw0rd123",
    "demo@2026",
    "openselect",
    "zuzhibu123",
  ].map((s) => s.toLowerCase()),
);

export type PasswordProblem = "tooShort" | "tooLong" | "common" | "personal";

export function passwordProblem(password: string, personal: string[] = []): PasswordProblem | null {
  if (password.length < 10) return "tooShort";
  if (password.length > 128) return "tooLong";
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return "common";
  if (/^(.)\1+$/.test(password)) return "common";
  if (/^\d+$/.test(password) && isRun(password)) return "common";
  if (/^[a-z]+$/i.test(password) && isRun(lower)) return "common";
  for (const p of personal) {
    if (p && p.length >= 6 && lower.includes(p.toLowerCase())) return "personal";
  }
  return null;
}

// 0123456789 / 9876543210 / abcdefghij and their wrap-arounds.
function isRun(s: string): boolean {
  let up = true;
  let down = true;
  for (let i = 1; i < s.length; i++) {
    const d = s.charCodeAt(i) - s.charCodeAt(i - 1);
    if (d !== 1 && d !== -9 && d !== -25) up = false;
    if (d !== -1 && d !== 9 && d !== 25) down = false;
  }
  return up || down;
}
