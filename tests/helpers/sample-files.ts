// Small real files for the attachment checks: each starts with its format's real header, so a
// content sniffer recognises it as what it is.
const PNG_1x1 = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";
const GIF_1x1 = "R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7";

export const samples = {
  png: () => Buffer.from(PNG_1x1, "base64"),
  gif: () => Buffer.from(GIF_1x1, "base64"),
  jpeg: () =>
    Buffer.from([
      0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xd9,
    ]),
  webp: () => {
    const body = Buffer.concat([Buffer.from("WEBPVP8 "), Buffer.alloc(20)]);
    const head = Buffer.from("RIFF");
    const size = Buffer.alloc(4);
    size.writeUInt32LE(body.length);
    return Buffer.concat([head, size, body]);
  },
  pdf: () => Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"),
  html: () => Buffer.from("<!DOCTYPE html><html><script>alert(1)</script></html>"),
  svg: () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
  exe: () => Buffer.concat([Buffer.from("MZ"), Buffer.alloc(200)]),
  zip: () => Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, ...Array(40).fill(0)]),
  text: () => Buffer.from("这是一段文字，不是图片。"),
};

/** A File as a browser sends it: the name and claimed type are whatever the sender says. */
export function fileOf(data: Buffer, name: string, type = "image/jpeg"): File {
  return new File([new Uint8Array(data)], name, { type });
}
