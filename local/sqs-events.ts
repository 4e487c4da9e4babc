// SQS-shaped events carrying S3 notifications, as the queue between the upload bucket and
// the ingest Lambda delivers them; the local runtime and the benches feed the handler these.
import { createHash } from 'node:crypto';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import type { ObjectRef } from '../shared/ingest/s3-event.js';

/** SQS's default (and the stack's) batch size for the ingest function. */
export const SQS_BATCH_SIZE = 10;

export function s3NotificationBody(ref: ObjectRef, eventTime = new Date().toISOString()): string {
  return JSON.stringify({
    Records: [{
      eventVersion: '2.1', eventSource: 'aws:s3', awsRegion: 'us-east-1', eventTime, eventName: 'ObjectCreated:Put',
      s3: { s3SchemaVersion: '1.0', bucket: { name: ref.bucket, arn: `arn:aws:s3:::${ref.bucket}` },
        // S3 URL-encodes keys in notifications, spaces as '+'.
        object: { key: encodeURIComponent(ref.key).replace(/%20/g, '+').replace(/%2F/g, '/'), size: ref.size ?? undefined, eTag: ref.etag ?? undefined } },
    }],
  });
}

export function sqsRecordFor(body: string, messageId = createHash('sha1').update(body).digest('hex')): SQSRecord {
  return {
    messageId, receiptHandle: `local-${messageId}`, body, md5OfBody: createHash('md5').update(body).digest('hex'),
    attributes: { ApproximateReceiveCount: '1', SentTimestamp: String(Date.now()), SenderId: 'local', ApproximateFirstReceiveTimestamp: String(Date.now()) },
    messageAttributes: {}, eventSource: 'aws:sqs', eventSourceARN: 'arn:aws:sqs:local:000000000000:ingest', awsRegion: 'us-east-1',
  };
}

export function sqsEventFor(refs: ObjectRef[]): SQSEvent {
  return { Records: refs.map((r) => sqsRecordFor(s3NotificationBody(r))) };
}
