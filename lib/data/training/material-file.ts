import "server-only";
// The check a class material's file passes before it is stored and shown on the public page:
// the type comes from the bytes (file-type, a maintained content sniffer), never from the name
// or the type the browser claims. Accepted: PDF, Word / Excel / PowerPoint (the current Office
// formats, and the older binary ones, which file-type reports as a compound file), and images.
// The stored name is cleaned (no folders, control or direction characters) and ends in an
// extension of the detected type, so whoever downloads it gets what it is.
import { fileTypeFromBuffer } from "file-type/core";
import { cleanFileName } from "../../cases/attachment-check";
import { DomainError } from "../errors";

export const MATERIAL_MAX_BYTES = 10 * 1024 * 1024;

/** Accepted types with the extensions a stored name may end in (the first is added when missing). */
export const MATERIAL_TYPES: Record<string, readonly string[]> = {
  "application/pdf": ["pdf"],
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ["docx"],
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ["xlsx"],
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": ["pptx"],
  // .doc / .xls / .ppt: an OLE compound file; the name keeps whichever of the three it had.
  "application/x-cfb": ["doc", "xls", "ppt"],
  "image/jpeg": ["jpg", "jpeg"],
  "image/png": ["png"],
  "image/gif": ["gif"],
  "image/webp": ["webp"],
};

/** What the public page and the download answer with for an old Office file (file-type's name is no browser type). */
export const STORED_MIME: Record<string, string> = { "application/x-cfb": "application/octet-stream" };

export interface MaterialFile {
  fileName: string;
  mimeType: string;
  data: Buffer;
}

const refuse = (reason: "tooLarge" | "empty" | "type"): never => {
  throw new DomainError("errors.invalid", { file: [`trainingAdmin.errors.file.${reason}`] });
};

export async function readMaterialFile(file: File): Promise<MaterialFile> {
  // The declared size first, so an oversized file is never read into memory; then the bytes read.
  if (file.size > MATERIAL_MAX_BYTES) refuse("tooLarge");
  const data = Buffer.from(await file.arrayBuffer());
  if (data.length === 0) refuse("empty");
  if (data.length > MATERIAL_MAX_BYTES) refuse("tooLarge");
  const detected = await fileTypeFromBuffer(data);
  const exts = detected ? MATERIAL_TYPES[detected.mime] : undefined;
  if (!detected || !exts) return refuse("type");
  const cleaned = cleanFileName(file.name) || "材料";
  const dot = cleaned.lastIndexOf(".");
  const ext = dot > 0 ? cleaned.slice(dot + 1).toLowerCase() : "";
  const fileName = exts.includes(ext) ? cleaned : `${cleaned}.${exts[0]}`;
  return { fileName, mimeType: STORED_MIME[detected.mime] ?? detected.mime, data };
}
