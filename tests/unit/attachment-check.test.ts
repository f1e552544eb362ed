import { cleanFileName, readAttachments } from "@/lib/cases/attachment-check";
import { ATTACHMENT_RULES } from "@/lib/cases/kinds";
import { DomainError } from "@/lib/data/errors";
import { fileOf, samples } from "../helpers/sample-files";

async function refusal(files: File[]): Promise<DomainError> {
  try {
    await readAttachments(files);
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error("expected a refusal");
}

describe("readAttachments", () => {
  it("takes images and PDF by their content, with the type from the bytes", async () => {
    const files = await readAttachments([
      fileOf(samples.png(), "截图.png", "image/png"),
      fileOf(samples.pdf(), "情况说明.pdf", "application/pdf"),
      fileOf(samples.jpeg(), "照片.JPG", "image/jpeg"),
    ]);
    expect(files.map((f) => [f.fileName, f.mimeType])).toEqual([
      ["截图.png", "image/png"],
      ["情况说明.pdf", "application/pdf"],
      ["照片.JPG", "image/jpeg"],
    ]);
    expect(files[0]!.data.equals(samples.png())).toBe(true);
  });

  it("recognises GIF and WebP", async () => {
    const files = await readAttachments([fileOf(samples.gif(), "a.gif"), fileOf(samples.webp(), "b.webp")]);
    expect(files.map((f) => f.mimeType)).toEqual(["image/gif", "image/webp"]);
  });

  it("ignores the name and the browser's claimed type: the bytes decide", async () => {
    for (const [data, name] of [
      [samples.html(), "photo.jpg"],
      [samples.svg(), "chart.png"],
      [samples.exe(), "scan.pdf"],
      [samples.zip(), "evidence.pdf"],
      [samples.text(), "说明.pdf"],
    ] as const) {
      const e = await refusal([fileOf(data, name, "application/pdf")]);
      expect(e.fieldErrors).toEqual({ attachments: ["cases.errors.attachments.type"] });
      expect(e.messageKey).toBe("cases.errors.attachments.typeNamed");
      expect(e.messageValues).toEqual({ name });
    }
  });

  it("keeps a real image sent under a misleading name, with the right extension added", async () => {
    const [f] = await readAttachments([fileOf(samples.png(), "scan.exe", "application/octet-stream")]);
    expect(f).toMatchObject({ fileName: "scan.exe.png", mimeType: "image/png" });
  });

  it("refuses more than three files", async () => {
    const four = Array.from({ length: ATTACHMENT_RULES.maxFiles + 1 }, (_, i) => fileOf(samples.png(), `${i}.png`));
    const e = await refusal(four);
    expect(e.fieldErrors).toEqual({ attachments: ["cases.errors.attachments.tooMany"] });
  });

  it("refuses a file over 5 MB and an empty file, and takes one of exactly 5 MB", async () => {
    const big = Buffer.concat([samples.pdf(), Buffer.alloc(ATTACHMENT_RULES.maxBytes + 1 - samples.pdf().length)]);
    expect((await refusal([fileOf(big, "大文件.pdf")])).fieldErrors).toEqual({ attachments: ["cases.errors.attachments.tooLarge"] });
    expect((await refusal([fileOf(Buffer.alloc(0), "空.pdf")])).fieldErrors).toEqual({ attachments: ["cases.errors.attachments.empty"] });
    const exact = big.subarray(0, ATTACHMENT_RULES.maxBytes);
    expect((await readAttachments([fileOf(exact, "ok.pdf")]))[0]!.data.length).toBe(ATTACHMENT_RULES.maxBytes);
  });

  it("keeps only a cleaned base name", async () => {
    const [a, b, c] = await readAttachments([
      fileOf(samples.png(), "../../etc/passwd.png"),
      fileOf(samples.pdf(), "C:\\Users\\张三\\材料\u0000\u202egpj.pdf"),
      fileOf(samples.gif(), "\u0007..."),
    ]);
    expect(a!.fileName).toBe("passwd.png");
    expect(b!.fileName).toBe("材料gpj.pdf");
    expect(c!.fileName).toBe("附件3.gif");
  });
});

describe("cleanFileName", () => {
  it("removes folders, control and direction characters, and reserved punctuation", () => {
    expect(cleanFileName("/tmp/x/a.pdf")).toBe("a.pdf");
    expect(cleanFileName("a\r\nb.pdf")).toBe("ab.pdf");
    expect(cleanFileName('a<b>:"c|?*.pdf')).toBe("a_b___c___.pdf");
    expect(cleanFileName("invoice\u202Efdp.exe")).toBe("invoicefdp.exe");
    expect(cleanFileName(" .hidden.pdf ")).toBe("hidden.pdf");
    expect(cleanFileName("..")).toBe("");
  });

  it("cuts long names to 100 characters and keeps the extension", () => {
    const long = "很".repeat(300) + ".pdf";
    const cut = cleanFileName(long);
    expect(Array.from(cut)).toHaveLength(100);
    expect(cut.endsWith(".pdf")).toBe(true);
  });
});
