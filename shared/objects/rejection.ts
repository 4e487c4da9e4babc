// Why an upload could not become an article. The wording lives here so that the ingest
// handler, the API and the docs (docs/input-formats.md) all say the same thing.

export type RejectionCode =
  | 'empty'
  | 'binary'
  | 'invalid_encoding'
  | 'too_large'
  | 'not_arabic'
  | 'bad_envelope'
  | 'missing_object';

export interface Rejection {
  ok: false;
  code: RejectionCode;
  /** A clear English sentence a person can act on. */
  reason: string;
}

/** Objects above this size are refused before any decoding (a news article is a few tens of KB). */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

export function reject(code: RejectionCode, reason: string): Rejection {
  return { ok: false, code, reason };
}

/** The rejection for an object that was announced by an S3 event but could not be fetched. */
export function missingObject(key: string): Rejection {
  return reject(
    'missing_object',
    `object "${key}" was not found in the bucket (deleted or overwritten before it could be read)`,
  );
}

/**
 * The size check alone, so that the handler can refuse an object from the event's size
 * field without downloading it. Returns null when the size is acceptable.
 */
export function sizeRejection(byteLength: number): Rejection | null {
  if (byteLength <= MAX_UPLOAD_BYTES) return null;
  return reject(
    'too_large',
    `object is ${formatBytes(byteLength)}, above the ${formatBytes(MAX_UPLOAD_BYTES)} limit for one article`,
  );
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(2)} MB (${n} bytes)`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB (${n} bytes)`;
  return `${n} bytes`;
}
