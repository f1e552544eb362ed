import "server-only";
// Files sent with a case (checked first by readAttachments in lib/cases/attachment-check.ts:
// type by content, size, name). They are stored so that every app instance serves them: the
// bytes in the database by default (CaseAttachment.data), or in an S3-compatible store when the
// deployment configures one (./attachment-store.ts), the row then naming the object
// (storageKey). They are downloaded only by the case's real-name writer and by the staff who
// handle it (administrators and its handler; anyone on staff while it has no handler), each
// staff download audited; anyone else is told the file does not exist.
import { createHash, randomUUID } from "node:crypto";
import type { Tx } from "../../db/client";
import { db } from "../../db/client";
import { transaction } from "../../db/tx";
import { isStaff, type Actor } from "../../auth/actor";
import type { AttachmentFile } from "../../cases/attachment-check";
import { appendAudit } from "../audit-log";
import { NotFoundError } from "../errors";
import { attachmentStore } from "./attachment-store";
import { canHandle, isWriter, type CaseAccessFields } from "./engine";

export type { AttachmentFile } from "../../cases/attachment-check";

/**
 * Writes the files of a case message inside the filing transaction. With an S3-compatible store
 * the object is written first (an object left behind by a rolled-back filing is never linked
 * from any row, so never served); otherwise the bytes go into the row.
 */
export async function storeAttachments(tx: Tx, caseId: string, messageId: string, files: AttachmentFile[], now: Date): Promise<void> {
  const store = attachmentStore();
  for (const f of files) {
    const sha256 = createHash("sha256").update(f.data).digest("hex");
    let storageKey: string | null = null;
    if (store) {
      storageKey = `cases/${caseId}/${randomUUID()}`;
      await store.put(storageKey, f.data, f.mimeType);
    }
    await tx.caseAttachment.create({
      data: {
        caseId,
        messageId,
        fileName: f.fileName,
        mimeType: f.mimeType,
        size: f.data.length,
        sha256,
        data: storageKey ? null : new Uint8Array(f.data),
        storageKey,
        createdAt: now,
      },
      select: { id: true },
    });
  }
}

/**
 * Who may download a file of a case: its real-name writer (files of the writer's own messages
 * and of replies, never of a staff-only note), and staff who may handle the case (never the
 * person it is about). An anonymous writer has no account to prove it is them: they sent the
 * files and cannot fetch them back.
 */
export function canDownloadAttachment(c: CaseAccessFields, messageType: string | null, actor: Actor | null): boolean {
  if (canHandle(c, actor)) return true;
  return isWriter(c, actor) && messageType !== "NOTE";
}

export interface DownloadedAttachment {
  fileName: string;
  mimeType: string;
  data: Buffer;
}

const ID = /^[A-Za-z0-9_-]{1,40}$/;

/**
 * The file `id` for `actor`, or NotFoundError when it does not exist or the actor may not have
 * it (the same answer, so a guessed id confirms nothing). A staff download is audited with the
 * case and the file's id (never its name: a name can say what the case is about).
 */
export async function openAttachment(actor: Actor | null, id: string): Promise<DownloadedAttachment> {
  if (!actor || !ID.test(id)) throw new NotFoundError();
  const row = await db().caseAttachment.findUnique({
    where: { id },
    select: {
      id: true,
      caseId: true,
      fileName: true,
      mimeType: true,
      storageKey: true,
      message: { select: { type: true } },
      case: { select: { writerId: true, handlerId: true, subjectName: true, noticeEntry: { select: { name: true } } } },
    },
  });
  if (!row) throw new NotFoundError();
  const access: CaseAccessFields = { ...row.case, entryName: row.case.noticeEntry?.name ?? null };
  if (!canDownloadAttachment(access, row.message?.type ?? null, actor)) throw new NotFoundError();

  const data = await readBytes(row.id, row.storageKey);
  if (isStaff(actor) && !isWriter(access, actor)) {
    await transaction((tx) =>
      appendAudit(tx, { actor, action: "case.file.download", entityType: "Case", entityId: row.caseId, after: { attachmentId: row.id } }),
    );
  }
  return { fileName: row.fileName, mimeType: row.mimeType, data };
}

async function readBytes(id: string, storageKey: string | null): Promise<Buffer> {
  if (storageKey) {
    const store = attachmentStore();
    // Stored in an object store this deployment no longer names: a setup error, not a missing file.
    if (!store) throw new Error(`attachment ${id} is in an object store, but none is configured (OPENSELECT_S3_*)`);
    return store.get(storageKey);
  }
  const row = await db().caseAttachment.findUnique({ where: { id }, select: { data: true } });
  if (!row?.data) throw new Error(`attachment ${id} has neither bytes nor a storage key`);
  return Buffer.from(row.data);
}
