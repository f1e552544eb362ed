// Content-Disposition for a download: "attachment" (never shown inline, so a file is never
// rendered as a page of this site), an ASCII fallback name for old clients, and the real name
// (Chinese included) as RFC 5987 / RFC 6266 filename*.

/** RFC 5987 value-chars: encodeURIComponent leaves ' ( ) * unescaped, which attr-char does not allow. */
function rfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The fallback name: printable ASCII only, no quotes or backslashes; the extension kept. */
function asciiFallback(name: string): string {
  const dot = name.lastIndexOf(".");
  const ext = dot > 0 ? name.slice(dot).replace(/[^A-Za-z0-9.]/g, "") : "";
  const base = (dot > 0 ? name.slice(0, dot) : name).replace(/[^\x20-\x7e]|["\\;%]/g, "_").trim();
  return `${/[A-Za-z0-9]/.test(base) ? base : "file"}${ext}`;
}

export function attachmentDisposition(fileName: string): string {
  const name = fileName.replace(/[\u0000-\u001f\u007f]/g, "") || "file";
  return `attachment; filename="${asciiFallback(name)}"; filename*=UTF-8''${rfc5987(name)}`;
}
