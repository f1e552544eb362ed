import "server-only";
// The S3-compatible object store for case files (MinIO, Ceph, a cloud's S3 …) through the
// maintained AWS SDK. Path-style addressing (endpoint/bucket/key), which every S3-compatible
// server understands. The SDK is loaded on first use, so a deployment that keeps files in the
// database never loads it. Objects are written private (no ACL is set: the bucket's default),
// and are only ever read back through /cases/files/<id>, never linked to directly.
import type { AttachmentStore, S3Settings } from "./attachment-store";

type Sdk = typeof import("@aws-sdk/client-s3");

export function createS3Store(settings: S3Settings): AttachmentStore {
  let client: Promise<{ sdk: Sdk; s3: InstanceType<Sdk["S3Client"]> }> | null = null;
  const connect = () =>
    (client ??= import("@aws-sdk/client-s3").then((sdk) => ({
      sdk,
      s3: new sdk.S3Client({
        endpoint: settings.endpoint,
        region: settings.region,
        forcePathStyle: true,
        // Checksums only where the API requires them: the SDK's newer default (a CRC trailer in an
        // aws-chunked body) is refused by many S3-compatible servers.
        requestChecksumCalculation: "WHEN_REQUIRED",
        responseChecksumValidation: "WHEN_REQUIRED",
        credentials: { accessKeyId: settings.accessKey, secretAccessKey: settings.secretKey },
      }),
    })));
  return {
    async put(key, data, mimeType) {
      const { sdk, s3 } = await connect();
      await s3.send(
        new sdk.PutObjectCommand({ Bucket: settings.bucket, Key: key, Body: data, ContentType: mimeType, ContentLength: data.length }),
      );
    },
    async get(key) {
      const { sdk, s3 } = await connect();
      const out = await s3.send(new sdk.GetObjectCommand({ Bucket: settings.bucket, Key: key }));
      if (!out.Body) throw new Error(`object ${key} has no body`);
      return Buffer.from(await out.Body.transformToByteArray());
    },
  };
}
