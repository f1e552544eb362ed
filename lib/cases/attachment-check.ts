import "server-only";
// The check every file sent with a case passes before it is stored (公示反映 and 监督举报 allow
// files: CHANNEL_RULES in ./kinds.ts). The type is taken from the bytes with file-type (a
// maintained content sniffer), never from the file's name or the type the browser claims: a
// script renamed "photo.jpg" is refused, and a real PNG named "scan.exe" is kept as
// "scan.exe.png" so that whoever saves it gets what it is. The name keeps only a cleaned base
// name: no folders, no control or direction-changing characters, at most NAME_MAX characters.
import { fileTypeFromBuffer } from "file-type/core";
import { DomainError } from "../data/errors";
import { ATTACHMENT_RULES } from "./kinds";

/** A file already checked (type by content, size) and read into memory. */
export interface AttachmentFile {
  fileName: string;
  mimeType: string;
  data: Buffer;
}

/** The extensions a stored name may end with, per accepted type (the first is added when missing). */
const EXTENSIONS: Record<(typeof ATTACHMENT_RULES.mimeTypes)[number], readonly string[]> = {
  "image/jpeg": ["jpg", "jpeg"],
  "image/png": ["png"],
  "image/gif": ["gif"],
  "image/webp": ["webp"],
  "application/pdf": ["pdf"],
};

const NAME_MAX = 100;

type Reason = "tooMany" | "tooLarge" | "empty" | "type";

/** The refusal: the form's message names the file; the field error under the input says what to do. */
function refuse(reason: Reason, name?: string): never {
  throw new DomainError(
    name === undefined ? `cases.errors.attachments.${reason}` : `cases.errors.attachments.${reason}Named`,
    { attachments: [`cases.errors.attachments.${reason}`] },
    name === undefined ? undefined : { name },
  );
}

/**
 * The base name of what the browser (or a crafted request) sent: the part after the last / or \,
 * without control characters (C0, DEL, C1), Unicode direction overrides and isolates (which can
 * make "gpj.exe" read as "exe.jpg"), zero-width characters, and leading dots or spaces; cut to
 * NAME_MAX characters keeping the extension. Empty when nothing is left.
 */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[/\\]/).pop() ?? "";
  const name = base
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, "")
    .replace(/[<>:"|?*]/g, "_")
    .replace(/^[\s.]+/, "")
    .replace(/[\s.]+$/, "")
    .trim();
  const chars = Array.from(name);
  if (chars.length <= NAME_MAX) return name;
  const dot = name.lastIndexOf(".");
  const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : "";
  return Array.from(name.slice(0, name.length - ext.length))
    .slice(0, NAME_MAX - ext.length)
    .join("")
    .concat(ext);
}

/** The stored name: the cleaned name, ending in an extension of the detected type. */
function storedName(raw: string, mimeType: keyof typeof EXTENSIONS, index: number): string {
  const exts = EXTENSIONS[mimeType];
  const cleaned = cleanFileName(raw) || `附件${index + 1}`;
  const dot = cleaned.lastIndexOf(".");
  const ext = dot > 0 ? cleaned.slice(dot + 1).toLowerCase() : "";
  return exts.includes(ext) ? cleaned : `${cleaned}.${exts[0]}`;
}

const isAccepted = (mime: string | undefined): mime is keyof typeof EXTENSIONS =>
  !!mime && (ATTACHMENT_RULES.mimeTypes as readonly string[]).includes(mime);

/**
 * Reads and checks the files of a case form (the pipeline's `files("attachments")`): at most
 * ATTACHMENT_RULES.maxFiles, none empty or over maxBytes, each an image or PDF by its content.
 * Throws a DomainError with a field error on "attachments" (Chinese words in the "cases"
 * catalog) for the first file that fails.
 */
export async function readAttachments(files: File[]): Promise<AttachmentFile[]> {
  if (files.length > ATTACHMENT_RULES.maxFiles) refuse("tooMany");
  const read: AttachmentFile[] = [];
  for (const [i, file] of files.entries()) {
    const shown = cleanFileName(file.name) || `附件${i + 1}`;
    // The declared size first, so an oversized file is never read into memory; then the bytes read.
    if (file.size > ATTACHMENT_RULES.maxBytes) refuse("tooLarge", shown);
    const data = Buffer.from(await file.arrayBuffer());
    if (data.length === 0) refuse("empty", shown);
    if (data.length > ATTACHMENT_RULES.maxBytes) refuse("tooLarge", shown);
    const detected = await fileTypeFromBuffer(data);
    if (!isAccepted(detected?.mime)) refuse("type", shown);
    read.push({ fileName: storedName(file.name, detected!.mime as keyof typeof EXTENSIONS, i), mimeType: detected!.mime, data });
  }
  return read;
}
