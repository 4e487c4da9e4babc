// A pipeline under test: the real ingest handler (Powertools Batch + Idempotency) over a
// fresh table and the run's S3 server, with an injected extractor, plus SQS-shaped events.
import './quiet.js';
import { createHash } from 'node:crypto';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import { createDynamoBaseClient, toDocumentClient } from '../../shared/clients/dynamodb.js';
import { createIngestHandler } from '../../functions/ingest.js';
import { createDynamoStores, type DynamoStores } from '../../shared/store/dynamodb/index.js';
import { s3ObjectSource, type ObjectSource } from '../../shared/ingest/object-source.js';
import { recomputeWith } from '../../shared/ingest/recompute.js';
import { ScopeDayCache } from '../../shared/ingest/scope-day-cache.js';
import type { IngestDeps } from '../../shared/ingest/ingest-object.js';
import type { ObjectRef } from '../../shared/ingest/s3-event.js';
import { freshTable, snapshot } from './fixtures.js';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface Pipeline {
  table: string;
  stores: DynamoStores;
  deps: IngestDeps;
  client: DynamoDBDocumentClient;
  handle(event: SQSEvent): Promise<{ batchItemFailures: { itemIdentifier: string }[] }>;
  snapshot(): Promise<Record<string, unknown>[]>;
}

export async function pipeline(opts: {
  dynamoEndpoint?: string; s3: S3Client; extract: IngestDeps['extract']; objects?: (base: ObjectSource) => ObjectSource;
}): Promise<Pipeline> {
  // A client per pipeline: the failure test's DynamoDB is a separate server.
  const base = createDynamoBaseClient(opts.dynamoEndpoint ?? process.env.TEST_DYNAMODB_ENDPOINT);
  const client = toDocumentClient(base);
  const { table, idempotencyTable } = await freshTable(client);
  const stores = createDynamoStores({ client, tableName: table });
  const objects = s3ObjectSource(opts.s3);
  // With the scope-day cache a Lambda container keeps: concurrent writers then also race stale cache entries.
  const deps: IngestDeps = {
    store: stores, objects: opts.objects ? opts.objects(objects) : objects, extract: opts.extract, recompute: recomputeWith(), cache: new ScopeDayCache(),
  };
  const handler = createIngestHandler({ deps, idempotency: { client: base, tableName: idempotencyTable } });
  return {
    table, stores, deps, client,
    handle: async (event) => (await handler(event, lambdaContext())) as { batchItemFailures: { itemIdentifier: string }[] },
    snapshot: () => snapshot(client, table),
  };
}

/** Enough of a Lambda context for Powertools: Idempotency expires an in-progress record when the invocation's time is up. */
export function lambdaContext(remainingMs = 2_000): Context {
  const deadline = Date.now() + remainingMs;
  return {
    callbackWaitsForEmptyEventLoop: false, functionName: 'ingest', functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:ingest', memoryLimitInMB: '1024',
    awsRequestId: createHash('sha1').update(String(Math.random())).digest('hex'), logGroupName: 'test', logStreamName: 'test',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined, fail: () => undefined, succeed: () => undefined,
  };
}

export async function upload(
  s3: S3Client, bucket: string, key: string, body: string | Uint8Array, metadata: Record<string, string> = {},
): Promise<ObjectRef> {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  const res = await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: bytes, Metadata: metadata }));
  return { bucket, key, etag: (res.ETag ?? '').replace(/"/g, ''), size: bytes.byteLength };
}

/** The S3 notification SQS delivers for one object; the message id is stable per object so a redelivery looks like one. */
export function sqsRecord(ref: ObjectRef): SQSRecord {
  const body = JSON.stringify({
    Records: [{
      eventVersion: '2.1', eventSource: 'aws:s3', awsRegion: 'us-east-1', eventTime: '2024-03-02T00:00:00.000Z', eventName: 'ObjectCreated:Put',
      s3: { s3SchemaVersion: '1.0', bucket: { name: ref.bucket, arn: `arn:aws:s3:::${ref.bucket}` },
        object: { key: encodeURIComponent(ref.key).replace(/%20/g, '+'), size: ref.size, eTag: ref.etag } },
    }],
  });
  return rawRecord(body, createHash('sha1').update(`${ref.bucket}/${ref.key}`).digest('hex'));
}

export function rawRecord(body: string, messageId: string): SQSRecord {
  return {
    messageId, receiptHandle: `rh-${messageId}`, body, md5OfBody: createHash('md5').update(body).digest('hex'),
    attributes: { ApproximateReceiveCount: '1', SentTimestamp: '0', SenderId: 'test', ApproximateFirstReceiveTimestamp: '0' },
    messageAttributes: {}, eventSource: 'aws:sqs', eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:ingest', awsRegion: 'us-east-1',
  };
}

export const batch = (records: SQSRecord[]): SQSEvent => ({ Records: records });
export const events = (refs: ObjectRef[]): SQSEvent => batch(refs.map(sqsRecord));
