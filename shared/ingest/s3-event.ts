// What one SQS message from the upload bucket's notification holds: S3 object references,
// S3's own test event (sent once when the notification is configured), or something broken.
// zod/mini: zod's validation in a quarter of its bundle size (npm run bench:bundle)
import * as z from 'zod/mini';
import '../zod-messages.js';

export interface ObjectRef {
  bucket: string;
  /** Decoded key (S3 event keys are URL-encoded with '+' for spaces). */
  key: string;
  etag: string | null;
  /** Size announced by the event, so an oversized object is refused without downloading it. */
  size: number | null;
}

export type Notification =
  | { kind: 'objects'; objects: ObjectRef[] }
  | { kind: 'test_event' }
  | { kind: 'broken'; reason: string };

const S3Record = z.object({
  eventName: z.string(),
  s3: z.object({
    bucket: z.object({ name: z.string().check(z.minLength(1)) }),
    object: z.object({ key: z.string().check(z.minLength(1)), eTag: z.optional(z.string()), size: z.optional(z.number()) }),
  }),
});
const S3Event = z.object({ Records: z.array(z.unknown()) });

export function decodeS3Key(key: string): string {
  return decodeURIComponent(key.replace(/\+/g, ' '));
}

export function parseNotification(body: string): Notification {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { kind: 'broken', reason: `message body is not JSON (starts "${body.slice(0, 40)}")` };
  }
  if (json && typeof json === 'object' && (json as { Event?: unknown }).Event === 's3:TestEvent') return { kind: 'test_event' };
  const event = S3Event.safeParse(json);
  if (!event.success) return { kind: 'broken', reason: 'message body is not an S3 event notification (no Records array)' };
  const objects: ObjectRef[] = [];
  for (const [i, raw] of event.data.Records.entries()) {
    const rec = S3Record.safeParse(raw);
    if (!rec.success) return { kind: 'broken', reason: `record ${i} is not an S3 record: ${rec.error.issues[0]?.message ?? 'invalid'}` };
    // Only creations carry an article; removals and other event types are not ours to act on.
    if (!rec.data.eventName.startsWith('ObjectCreated')) continue;
    let key: string;
    try {
      key = decodeS3Key(rec.data.s3.object.key);
    } catch {
      return { kind: 'broken', reason: `record ${i} has a key that is not valid URL encoding` };
    }
    const o = rec.data.s3.object;
    objects.push({ bucket: rec.data.s3.bucket.name, key, etag: o.eTag ?? null, size: o.size ?? null });
  }
  return { kind: 'objects', objects };
}
