// A minimal S3-compatible server for the attachment store's adapter: path-style PUT and GET of
// objects kept in memory, with S3's NoSuchKey answer. It records each request's method, path and
// signature header, so a test sees the adapter talked S3 (SigV4-signed) to the configured bucket.
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeS3 {
  endpoint: string;
  objects: Map<string, { body: Buffer; contentType: string }>;
  requests: { method: string; path: string; authorization: string }[];
  close(): Promise<void>;
}

export async function startFakeS3(): Promise<FakeS3> {
  const objects = new Map<string, { body: Buffer; contentType: string }>();
  const requests: FakeS3["requests"] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const path = decodeURIComponent(new URL(req.url!, "http://x").pathname);
      requests.push({ method: req.method!, path, authorization: String(req.headers.authorization ?? "") });
      if (req.method === "PUT") {
        objects.set(path, { body: Buffer.concat(chunks), contentType: String(req.headers["content-type"] ?? "") });
        res.writeHead(200, { ETag: '"fake"' }).end();
        return;
      }
      const found = req.method === "GET" ? objects.get(path) : undefined;
      if (!found) {
        res
          .writeHead(404, { "Content-Type": "application/xml" })
          .end('<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>no such key</Message></Error>');
        return;
      }
      res.writeHead(200, { "Content-Type": found.contentType, "Content-Length": found.body.length }).end(found.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    objects,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
