// Opaque paging cursors. The store's own cursor (a serialised LastEvaluatedKey) is wrapped
// with the query it belongs to and an HMAC, so a tampered or re-targeted cursor is refused
// with a 400 instead of reaching DynamoDB as an ExclusiveStartKey someone chose.
import { createHmac, timingSafeEqual } from 'node:crypto';

const VERSION = 'v1';

export class CursorError extends Error {}

function mac(secret: string, payload: string): Buffer {
  return createHmac('sha256', secret).update(payload).digest().subarray(0, 16);
}

/** The part of a query a cursor is bound to: the same filters, any page size. */
export function queryFingerprint(q: Record<string, unknown>): string {
  return JSON.stringify(Object.keys(q).sort().map((k) => [k, q[k] ?? null]));
}

export function sealCursor(secret: string, storeCursor: string, fingerprint: string): string {
  const payload = Buffer.from(JSON.stringify({ c: storeCursor, q: fingerprint })).toString('base64url');
  return `${VERSION}.${payload}.${mac(secret, payload).toString('base64url')}`;
}

/** The store cursor inside `cursor`, or CursorError if it was altered or belongs to another query. */
export function openCursor(secret: string, cursor: string, fingerprint: string): string {
  const [version, payload, tag, ...rest] = cursor.split('.');
  if (version !== VERSION || !payload || !tag || rest.length) throw new CursorError('is not a cursor this API issued');
  const given = Buffer.from(tag, 'base64url');
  const expected = mac(secret, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new CursorError('has been altered (checksum mismatch)');
  }
  const body = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { c?: unknown; q?: unknown };
  if (typeof body.c !== 'string') throw new CursorError('is not a cursor this API issued');
  if (body.q !== fingerprint) throw new CursorError('belongs to a different query (governorate, from, to or category changed)');
  return body.c;
}
