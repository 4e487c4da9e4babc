// Where uploads are read from: a port, and its S3 implementation.
import { GetObjectCommand, NoSuchKey, type S3Client } from '@aws-sdk/client-s3';

export interface StoredObject {
  bytes: Uint8Array;
  userMetadata: Record<string, string>;
  contentType: string | null;
  lastModified: string;
}

export interface ObjectSource {
  /** null when the object does not exist (deleted or never written). */
  get(bucket: string, key: string): Promise<StoredObject | null>;
}

export function s3ObjectSource(s3: S3Client): ObjectSource {
  return {
    async get(bucket, key) {
      try {
        const res = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        const bytes = res.Body ? await res.Body.transformToByteArray() : new Uint8Array();
        const userMetadata: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.Metadata ?? {})) userMetadata[k.toLowerCase()] = v;
        return {
          bytes, userMetadata, contentType: res.ContentType ?? null,
          lastModified: (res.LastModified ?? new Date()).toISOString(),
        };
      } catch (e) {
        if (e instanceof NoSuchKey || (e as { name?: string }).name === 'NoSuchKey') return null;
        throw e;
      }
    },
  };
}
