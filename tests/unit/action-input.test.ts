import { accessError } from "@/lib/actions/access";
import { characterErrors, echoValues, formChars, normalizeForm, readForm } from "@/lib/actions/form-input";
import type { Actor } from "@/lib/auth/actor";

const actor = (role: Actor["role"], status: Actor["status"]): Actor => ({ id: "u1", realName: "张三", role, status });

describe("reading the form at the door", () => {
  it("refuses anything that is not a FormData (a crafted body such as 0=[] decodes to an array)", () => {
    for (const body of [undefined, null, [], "0=[]", {}, 42]) expect(readForm(body).ok).toBe(false);
    expect(readForm(new FormData()).ok).toBe(true);
  });

  it("keeps the first of a repeated field as its value and every one in its list; files are not read", () => {
    const f = new FormData();
    f.append("ids", "a");
    f.append("ids", "b");
    f.append("file", new Blob(["x"]), "x.txt");
    f.append("$ACTION_ID_123", "");
    const r = readForm(f);
    if (!r.ok) throw new Error("not read");
    expect(r.values).toEqual({ ids: "a" });
    expect(r.lists).toEqual({ ids: ["a", "b"] });
    expect(formChars(r.lists)).toBe(8);
  });

  it("normalizes to NFC, folds line endings and trims, but never touches a password", () => {
    const v = normalizeForm({ realName: "  e\u0301  ", body: "a\r\nb\rc", password: "  pass  " });
    expect(v).toEqual({ realName: "\u00e9", body: "a\nb\nc", password: "  pass  " });
  });

  it("refuses control characters anywhere, bidi controls anywhere, and invisible characters in names", () => {
    expect(characterErrors({ body: "a\u0000b" })).toEqual({ body: ["errors.controlChars"] });
    expect(characterErrors({ title: "x\u001b[31m" })).toEqual({ title: ["errors.controlChars"] });
    expect(characterErrors({ title: "x\u0085" })).toEqual({ title: ["errors.controlChars"] });
    expect(characterErrors({ title: "abc\u202Edef" })).toEqual({ title: ["errors.invisibleChars"] });
    expect(characterErrors({ realName: "张\u200B三" })).toEqual({ realName: ["errors.invisibleChars"] });
    expect(characterErrors({ "entry.0.name": "李\n四" })).toEqual({ "entry.0.name": ["errors.invisibleChars"] });
    // Line breaks and tabs belong in long texts; a zero-width joiner outside a name is left alone.
    expect(characterErrors({ body: "第一段\n\t第二段", duties: "a\u200Db" })).toEqual({});
    expect(characterErrors({ password: "\u0000" })).toEqual({});
  });

  it("sends back every field as typed except secrets", () => {
    expect(
      echoValues({ realName: "张三", politicalStatus: "CPC_MEMBER", consent: "on", password: "x", confirmPassword: "x", altcha: "p" }),
    ).toEqual({
      realName: "张三",
      politicalStatus: "CPC_MEMBER",
      consent: "on",
    });
  });
});

describe("who may call an action", () => {
  const visitor = null;
  const pending = actor("NOMINATOR", "PENDING");
  const nominator = actor("NOMINATOR", "APPROVED");
  const suspended = actor("NOMINATOR", "SUSPENDED");
  const reviewer = actor("REVIEWER", "APPROVED");
  const suspendedReviewer = actor("REVIEWER", "SUSPENDED");
  const admin = actor("ADMIN", "APPROVED");
  const callers = { visitor, pending, nominator, suspended, reviewer, suspendedReviewer, admin };
  const allowed = (access: Parameters<typeof accessError>[0]) =>
    Object.entries(callers)
      .filter(([, a]) => accessError(access, a) === null)
      .map(([k]) => k);

  it("admits exactly the callers of each level", () => {
    expect(allowed("anyone")).toEqual(Object.keys(callers));
    expect(allowed("visitor")).toEqual(["visitor"]);
    expect(allowed("user")).toEqual(["pending", "nominator", "reviewer", "admin"]);
    expect(allowed("approved")).toEqual(["nominator", "reviewer", "admin"]);
    expect(allowed("staff")).toEqual(["reviewer", "admin"]);
    expect(allowed("admin")).toEqual(["admin"]);
  });

  it("says why in the caller's terms", () => {
    expect(accessError("staff", visitor)).toBe("errors.auth.unauthenticated");
    expect(accessError("approved", pending)).toBe("errors.auth.notApproved");
    expect(accessError("approved", suspended)).toBe("errors.auth.suspended");
    expect(accessError("admin", reviewer)).toBe("errors.auth.forbidden");
    expect(accessError("visitor", nominator)).toBe("errors.register.signedIn");
  });
});
