// The ObjectWriter over S3 (or s3rver locally): reports are private objects, shared through
// presigned GET links that expire.
import { GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { ObjectWriter } from './publish.js';

export function s3ObjectWriter(client: S3Client, bucket: string, opts: { linkExpiresInSeconds?: number } = {}): ObjectWriter {
  const expiresIn = opts.linkExpiresInSeconds ?? 7 * 24 * 3600;
  return {
    async put(key, body, contentType) {
      await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: contentType }));
    },
    link(key) {
      return getSignedUrl(client, new GetObjectCommand({ Bucket: bucket, Key: key }), { expiresIn });
    },
  };
}
