import { passwordProblem } from "@/lib/security/password-policy";

describe("password policy", () => {
  it.each(["short1!", "123456789"])("too short: %s", (p) => expect(passwordProblem(p)).toBe("tooShort"));
  it.each(["1234567890", "0987654321", "aaaaaaaaaaaa", "abcdefghijk", "password123", "woaini1314", "Qwertyuiop"])("common: %s", (p) =>
    expect(passwordProblem(p)).toBe("common"),
  );
  it("refuses a password containing the user's phone", () => expect(passwordProblem("x13812345678y", ["13812345678"])).toBe("personal"));
  it("accepts a long uncommon password", () => expect(passwordProblem("海岛Ganbu#2026xz")).toBeNull());
  it("refuses more than 128 characters", () => expect(passwordProblem("a".repeat(100) + "B1!" + "c".repeat(40))).toBe("tooLong"));
});
