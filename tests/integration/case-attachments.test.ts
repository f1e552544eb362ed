// Files sent with a case (issue 10): stored so every instance serves them (the database by
// default, an S3-compatible store through the adapter seam), and downloaded at /cases/files/<id>
// only by the case's real-name writer and the staff who handle it. Everyone else, and any
// unknown id, gets the same 404; staff downloads are audited.
import "./support/action-mocks";
import { setCaller } from "./support/action-mocks";
import { db, isPostgres } from "@/lib/db/client";
import { transaction } from "@/lib/db/tx";
import type { Actor } from "@/lib/auth/actor";
import { readAttachments } from "@/lib/cases/attachment-check";
import { fileCase, type FileCaseInput } from "@/lib/data/cases/engine";
import { setObjectStoreFactory, type AttachmentStore } from "@/lib/data/cases/attachment-store";
import { createS3Store } from "@/lib/data/cases/s3-store";
import { loadWorkCalendar } from "@/lib/data/holidays";
import { GET } from "@/app/[locale]/cases/files/[id]/route";
import { makeUser } from "./nominations-fixtures";
import { fileOf, samples } from "../helpers/sample-files";
import { startFakeS3, type FakeS3 } from "./support/fake-s3";

jest.setTimeout(120_000);

let n = 0;
async function fileReport(writer: Actor | null, files: File[], over: Partial<FileCaseInput> = {}) {
  n++;
  const attachments = await readAttachments(files);
  const now = new Date();
  return transaction(async (tx) =>
    fileCase(
      tx,
      {
        kind: "REPORT",
        writer,
        address: `203.0.113.${n}`,
        category: "SEEKING_OFFICE",
        title: "反映某局干部跑官要官问题",
        body: `附件为相关聊天记录截图和情况说明（第 ${n} 件）。`,
        subjectName: "王某某",
        subjectUnit: "某某局",
        subjectPost: "副局长",
        attachments,
        ...over,
      },
      await loadWorkCalendar(tx),
      now,
    ),
  );
}

async function download(actor: Actor | null, id: string) {
  setCaller(actor);
  return GET(new Request(`http://127.0.0.1/cases/files/${id}`), { params: Promise.resolve({ id }) });
}

const fileIds = async (caseId: string) =>
  (await db().caseAttachment.findMany({ where: { caseId }, orderBy: { fileName: "asc" }, select: { id: true, fileName: true } })).map(
    (r) => r.id,
  );

const downloads = (caseId: string) => db().auditLog.count({ where: { action: "case.file.download", entityId: caseId } });

describe("case attachments", () => {
  let writer: Actor, other: Actor, reviewer: Actor, reviewer2: Actor, admin: Actor;
  beforeAll(async () => {
    // The daily cap has its own suite (case-engine.test.ts); here one writer files many cases.
    process.env.OPENSELECT_LIMIT_CASES_PER_DAY = "100";
    writer = await makeUser();
    other = await makeUser();
    reviewer = await makeUser({ role: "REVIEWER" });
    reviewer2 = await makeUser({ role: "REVIEWER" });
    admin = await makeUser({ role: "ADMIN" });
  });

  test("are kept in the database with their checked type, size and hash, and the writer downloads them", async () => {
    const filed = await fileReport(writer, [fileOf(samples.png(), "聊天记录截图.png"), fileOf(samples.pdf(), "情况说明.pdf")]);
    const rows = await db().caseAttachment.findMany({ where: { caseId: filed.id }, orderBy: { fileName: "asc" } });
    expect(rows.map((r) => [r.fileName, r.mimeType, r.size, r.storageKey])).toEqual([
      ["情况说明.pdf", "application/pdf", samples.pdf().length, null],
      ["聊天记录截图.png", "image/png", samples.png().length, null],
    ]);
    expect(rows.every((r) => r.messageId && r.sha256.length === 64 && r.data?.length === r.size)).toBe(true);

    const [pdfId] = await fileIds(filed.id);
    const res = await download(writer, pdfId!);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(samples.pdf())).toBe(true);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="file.pdf"; filename*=UTF-8''${encodeURIComponent("情况说明.pdf")}`,
    );
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    // The writer reading their own files is not a staff opening: nothing audited.
    expect(await downloads(filed.id)).toBe(0);
  });

  test("anyone else gets the same 404 as for an id that does not exist", async () => {
    const filed = await fileReport(writer, [fileOf(samples.jpeg(), "photo.jpg")]);
    const [id] = await fileIds(filed.id);
    const missing = await download(writer, "clxxxxxxxxxxxxxxxxxxxxxxx");
    const bodies = new Set<string>([await missing.text()]);
    expect(missing.status).toBe(404);
    for (const who of [null, other, await makeUser({ status: "PENDING" })]) {
      const res = await download(who, id!);
      expect(res.status).toBe(404);
      expect(res.headers.get("cache-control")).toBe("private, no-store");
      bodies.add(await res.text());
    }
    expect(bodies.size).toBe(1);
    // Odd ids are refused before any query.
    expect((await download(writer, "../../etc/passwd")).status).toBe(404);
  });

  test("staff who handle the case download, audited; a reviewer who is not its handler and the person it is about do not", async () => {
    const filed = await fileReport(null, [fileOf(samples.gif(), "a.gif")]);
    const [id] = await fileIds(filed.id);
    // Unassigned: any staff member may take it, so may see its evidence.
    expect((await download(reviewer, id!)).status).toBe(200);
    expect(await downloads(filed.id)).toBe(1);
    const entry = await db().auditLog.findFirst({ where: { action: "case.file.download", entityId: filed.id } });
    expect(entry?.actorId).toBe(reviewer.id);
    expect(entry?.after).not.toContain("a.gif");

    await db().case.update({ where: { id: filed.id }, data: { handlerId: reviewer2.id } });
    expect((await download(reviewer, id!)).status).toBe(404);
    expect((await download(reviewer2, id!)).status).toBe(200);
    expect((await download(admin, id!)).status).toBe(200);
    expect(await downloads(filed.id)).toBe(3);

    // An administrator the report names never sees it, even as an administrator.
    const named = await makeUser({ role: "ADMIN", realName: "王某某" });
    expect((await download(named, id!)).status).toBe(404);
    // A suspended reviewer is no longer staff.
    const suspended = await makeUser({ role: "REVIEWER", status: "SUSPENDED" });
    expect((await download(suspended, id!)).status).toBe(404);
  });

  test("an anonymous writer has no account to download with", async () => {
    const filed = await fileReport(null, [fileOf(samples.png(), "x.png")]);
    const [id] = await fileIds(filed.id);
    expect((await download(null, id!)).status).toBe(404);
  });

  test("a rolled-back filing leaves no file behind", async () => {
    const before = await db().caseAttachment.count();
    const attachments = await readAttachments([fileOf(samples.png(), "x.png")]);
    await expect(
      transaction(async (tx) => {
        await fileCase(
          tx,
          { kind: "REPORT", writer, address: "203.0.113.250", title: "t", body: "回滚的举报", attachments },
          await loadWorkCalendar(tx),
          new Date(),
        );
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await db().caseAttachment.count()).toBe(before);
  });

  describe("with an S3-compatible store configured", () => {
    const objects = new Map<string, { data: Buffer; mimeType: string }>();
    const ENV = ["OPENSELECT_S3_ENDPOINT", "OPENSELECT_S3_BUCKET", "OPENSELECT_S3_ACCESS_KEY", "OPENSELECT_S3_SECRET_KEY"] as const;
    beforeAll(() => {
      const store: AttachmentStore = {
        put: async (key, data, mimeType) => void objects.set(key, { data: Buffer.from(data), mimeType }),
        get: async (key) => objects.get(key)!.data,
      };
      setObjectStoreFactory(() => store);
      Object.assign(process.env, {
        OPENSELECT_S3_ENDPOINT: "http://127.0.0.1:9000",
        OPENSELECT_S3_BUCKET: "cases",
        OPENSELECT_S3_ACCESS_KEY: "k",
        OPENSELECT_S3_SECRET_KEY: "s",
      });
    });
    afterAll(() => {
      for (const k of ENV) delete process.env[k];
    });

    test("the bytes go to the store, the row names the object, and the download reads it from there", async () => {
      const filed = await fileReport(writer, [fileOf(samples.webp(), "现场.webp")]);
      const row = await db().caseAttachment.findFirstOrThrow({ where: { caseId: filed.id } });
      expect(row.data).toBeNull();
      expect(row.storageKey).toMatch(new RegExp(`^cases/${filed.id}/`));
      expect(objects.get(row.storageKey!)?.mimeType).toBe("image/webp");
      const res = await download(writer, row.id);
      expect(res.status).toBe(200);
      expect(Buffer.from(await res.arrayBuffer()).equals(samples.webp())).toBe(true);
    });

    // PostgreSQL only: SQLite has one writer, so there every filing waits for the one before anyway.
    (isPostgres() ? test : test.skip)(
      "a slow upload does not hold up other filings of the kind (the day's number is taken after the files)",
      async () => {
        let release!: () => void;
        const gate = new Promise<void>((r) => (release = r));
        let uploading!: () => void;
        const started = new Promise<void>((r) => (uploading = r));
        setObjectStoreFactory(() => ({
          put: async (key, data, mimeType) => {
            uploading();
            await gate;
            objects.set(key, { data: Buffer.from(data), mimeType });
          },
          get: async (key) => objects.get(key)!.data,
        }));
        const slow = fileReport(writer, [fileOf(samples.pdf(), "大文件.pdf")]);
        await started;
        // Another writer's report of the same kind, the same day, with no files, while the upload runs.
        const quick = await Promise.race([fileReport(other, []), new Promise<"waited">((r) => setTimeout(() => r("waited"), 5_000))]);
        release();
        expect(quick).toHaveProperty("number");
        const first = await slow;
        expect(first.number).not.toBe((quick as { number: string }).number);
      },
    );

    test("a half-made setting is refused, not silently ignored", async () => {
      delete process.env.OPENSELECT_S3_SECRET_KEY;
      await expect(fileReport(writer, [fileOf(samples.png(), "x.png")])).rejects.toThrow(/OPENSELECT_S3_SECRET_KEY/);
      process.env.OPENSELECT_S3_SECRET_KEY = "s";
    });
  });

  describe("through the S3 adapter (@aws-sdk/client-s3) against a local S3-compatible server", () => {
    let s3: FakeS3;
    const ENV = [
      "OPENSELECT_S3_ENDPOINT",
      "OPENSELECT_S3_BUCKET",
      "OPENSELECT_S3_ACCESS_KEY",
      "OPENSELECT_S3_SECRET_KEY",
      "OPENSELECT_S3_REGION",
    ];
    beforeAll(async () => {
      s3 = await startFakeS3();
      setObjectStoreFactory(createS3Store);
      Object.assign(process.env, {
        OPENSELECT_S3_ENDPOINT: s3.endpoint,
        OPENSELECT_S3_BUCKET: "openselect-cases",
        OPENSELECT_S3_ACCESS_KEY: "test-access",
        OPENSELECT_S3_SECRET_KEY: "test-secret",
        OPENSELECT_S3_REGION: "cn-east-1",
      });
    });
    afterAll(async () => {
      for (const k of ENV) delete process.env[k];
      await s3.close();
    });

    test("files go to the bucket as signed path-style PUTs and come back through the download route", async () => {
      const filed = await fileReport(writer, [fileOf(samples.pdf(), "证据.pdf"), fileOf(samples.jpeg(), "照片.jpg")]);
      const rows = await db().caseAttachment.findMany({ where: { caseId: filed.id }, orderBy: { fileName: "asc" } });
      expect(rows.every((r) => r.data === null && r.storageKey?.startsWith(`cases/${filed.id}/`))).toBe(true);
      for (const r of rows) {
        const object = s3.objects.get(`/openselect-cases/${r.storageKey}`);
        expect(object?.contentType).toBe(r.mimeType);
        expect(object?.body.length).toBe(r.size);
      }
      const puts = s3.requests.filter((r) => r.method === "PUT");
      expect(puts).toHaveLength(2);
      expect(
        puts.every(
          (r) => r.authorization.startsWith("AWS4-HMAC-SHA256 Credential=test-access/") && r.authorization.includes("/cn-east-1/s3/"),
        ),
      ).toBe(true);
      const pdf = rows.find((r) => r.mimeType === "application/pdf")!;
      const res = await download(writer, pdf.id);
      expect(res.status).toBe(200);
      expect(Buffer.from(await res.arrayBuffer()).equals(samples.pdf())).toBe(true);
    });
  });
});
