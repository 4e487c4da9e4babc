// One S3 client per process. Locally it talks to s3rver, which needs path-style URLs and
// stores streamed uploads corrupt unless checksums are computed only when required.
import { S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
import { readConfig } from '../config.js';

export function createS3Client(endpoint?: string, extra: S3ClientConfig = {}): S3Client {
  const cfg = readConfig();
  return new S3Client({
    region: cfg.AWS_REGION,
    ...(endpoint
      ? {
          endpoint,
          forcePathStyle: true,
          credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
          requestChecksumCalculation: 'WHEN_REQUIRED',
          responseChecksumValidation: 'WHEN_REQUIRED',
        }
      : {}),
    ...extra,
  });
}

let shared: S3Client | null = null;
export function s3(): S3Client {
  shared ??= createS3Client(readConfig().S3_ENDPOINT);
  return shared;
}
