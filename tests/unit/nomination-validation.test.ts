import { z } from "zod";
import { parseNominationForm } from "@/lib/validation/nomination";

const REASON = "工作认真负责，成绩突出，群众认可。";
const valid = {
  vacancyId: "v1",
  name: "贺恩盛",
  gender: "M",
  birthDate: "1983-11-08",
  workUnit: "舟山市普陀区农林水利局",
  currentPost: "团工委书记",
  currentLevel: "SECTION",
  yearsAtLevel: "4",
  education: "BACHELOR",
  phone: "",
  relationship: "COLLEAGUE",
  reasonDe: REASON,
  reasonNeng: REASON,
  reasonQin: REASON,
  reasonJi: REASON,
  reasonLian: REASON,
  signature: "张伟",
};

function errorsOf(kind: "TARGETED" | "OPEN", values: Record<string, string>): Record<string, string[] | undefined> {
  const r = parseNominationForm(kind, values);
  return r.success ? {} : (z.flattenError(r.error).fieldErrors as Record<string, string[]>);
}

describe("nomination form", () => {
  test("a complete targeted nomination parses", () => {
    const r = parseNominationForm("TARGETED", valid);
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.vacancyId).toBe("v1");
    expect(r.data.nominee).toMatchObject({ self: false, name: "贺恩盛", yearsAtLevel: 4 });
    if (!r.data.nominee.self) expect(r.data.nominee.birthDate.toISOString()).toBe("1983-11-08T00:00:00.000Z");
  });

  test.each(["reasonDe", "reasonNeng", "reasonQin", "reasonJi", "reasonLian"])(
    "%s is required, at least 10 and at most 500 characters",
    (field) => {
      expect(errorsOf("TARGETED", { ...valid, [field]: "  " })[field]).toEqual(["errors.required"]);
      expect(errorsOf("TARGETED", { ...valid, [field]: "很好" })[field]).toEqual(["nominations.errors.reasonTooShort"]);
      expect(errorsOf("TARGETED", { ...valid, [field]: "好".repeat(501) })[field]).toEqual(["errors.tooLong"]);
      expect(errorsOf("TARGETED", { ...valid, [field]: "好".repeat(500) })[field]).toBeUndefined();
    },
  );

  test("nominee fields: real dates, known levels and education, sane years, mobile phone", () => {
    const e = errorsOf("TARGETED", {
      ...valid,
      birthDate: "1983-02-30",
      currentLevel: "部长",
      education: "",
      yearsAtLevel: "2.5",
      phone: "12345",
      gender: "X",
      name: "A1",
    });
    expect(e.birthDate).toEqual(["nominations.errors.birthDate"]);
    expect(e.currentLevel).toEqual(["errors.invalid"]);
    expect(e.education).toEqual(["errors.required"]);
    expect(e.yearsAtLevel).toEqual(["nominations.errors.years"]);
    expect(e.phone).toEqual(["errors.phone"]);
    expect(e.gender).toEqual(["errors.invalid"]);
    expect(e.name).toEqual(["errors.realName"]);
  });

  test("a child or a centenarian is a typing mistake", () => {
    const year = new Date().getUTCFullYear();
    expect(errorsOf("TARGETED", { ...valid, birthDate: `${year - 10}-01-01` }).birthDate).toBeDefined();
    expect(errorsOf("TARGETED", { ...valid, birthDate: `${year - 100}-01-01` }).birthDate).toBeDefined();
  });

  test("the signature is required", () => {
    expect(errorsOf("TARGETED", { ...valid, signature: "" }).signature).toEqual(["errors.required"]);
  });

  test("self-nomination ignores any typed name, gender and birth date", () => {
    const r = parseNominationForm("TARGETED", { ...valid, self: "1", name: "", gender: "", birthDate: "", relationship: "" });
    expect(r.success).toBe(true);
    if (r.success)
      expect(r.data.nominee).toEqual({
        self: true,
        workUnit: valid.workUnit,
        currentPost: valid.currentPost,
        currentLevel: "SECTION",
        yearsAtLevel: 4,
        education: "BACHELOR",
        phone: undefined,
      });
  });

  test("non-targeted requires the field the nominee suits and has no vacancy", () => {
    const { vacancyId: _v, ...rest } = valid;
    expect(errorsOf("OPEN", rest).suitableField).toEqual(["errors.required"]);
    const r = parseNominationForm("OPEN", { ...rest, suitableField: "MARINE_PORT" });
    expect(r.success && r.data.vacancyId).toBeNull();
    expect(r.success && r.data.suitableField).toBe("MARINE_PORT");
    expect(errorsOf("OPEN", { ...rest, suitableField: "ASTRONAUT" }).suitableField).toEqual(["errors.invalid"]);
  });

  test("targeted requires the vacancy", () => {
    expect(errorsOf("TARGETED", { ...valid, vacancyId: "" }).vacancyId).toBeDefined();
  });
});
