import "server-only";
// Files sent with a case. This first version keeps the bytes in the database, which every app
// instance reads; the attachments helper (type by content, S3-compatible storage when
// configured, the download door) builds on it.
import { createHash } from "node:crypto";
import type { Tx } from "../../db/client";

/** A file already checked (type by content, size) and read into memory. */
export interface AttachmentFile {
  fileName: string;
  mimeType: string;
  data: Buffer;
}

export async function storeAttachments(tx: Tx, caseId: string, messageId: string, files: AttachmentFile[], now: Date): Promise<void> {
  for (const f of files) {
    await tx.caseAttachment.create({
      data: {
        caseId,
        messageId,
        fileName: f.fileName,
        mimeType: f.mimeType,
        size: f.data.length,
        sha256: createHash("sha256").update(f.data).digest("hex"),
        data: new Uint8Array(f.data),
        createdAt: now,
      },
      select: { id: true },
    });
  }
}
