// The embedded runtime: DynamoDB Local + s3rver, the table and buckets, and the SAME ingest
// handler as in AWS fed by s3rver's own S3 notifications through a local SQS stand-in.
import './quiet.js';
import { CreateBucketCommand, type S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createDynamoBaseClient, toDocumentClient } from '../shared/clients/dynamodb.js';
import { createS3Client } from '../shared/clients/s3.js';
import { readConfig } from '../shared/config.js';
import { configuredExtractor } from '../shared/ingest/extractor.js';
import { createIngestHandler } from '../functions/ingest.js';
import { s3ObjectSource } from '../shared/ingest/object-source.js';
import { recomputeWith } from '../shared/ingest/recompute.js';
import { ScopeDayCache } from '../shared/ingest/scope-day-cache.js';
import { createDynamoStores, ensureIdempotencyTable, ensureTable, type DynamoStores } from '../shared/store/dynamodb/index.js';
import { LocalQueue } from './queue.js';
import { preferredPort, startLocalServers, type LocalServers } from './servers.js';
import { s3NotificationBody } from './sqs-events.js';

export const ENDPOINTS_FILE = '.local/endpoints.json';

export interface LocalRuntime {
  servers: LocalServers;
  s3: S3Client;
  dynamo: DynamoDBDocumentClient;
  dynamoBase: DynamoDBClient;
  stores: DynamoStores;
  queue: LocalQueue;
  table: string;
  ingestBucket: string;
  reportsBucket: string;
  stop(): Promise<void>;
}

async function ensureBucket(s3: S3Client, bucket: string): Promise<void> {
  try {
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  } catch (e) {
    const name = (e as { name?: string }).name;
    if (name !== 'BucketAlreadyOwnedByYou' && name !== 'BucketAlreadyExists') throw e;
  }
}

export async function startRuntime(opts: { dataDir?: string; stablePorts?: boolean } = {}): Promise<LocalRuntime> {
  const cfg = readConfig();
  // Stable addresses for a person (8000 / 4569 when free); any free port otherwise.
  const servers = await startLocalServers({
    dataDir: opts.dataDir,
    ...(opts.stablePorts ? { dynamoPort: await preferredPort(8000), s3Port: await preferredPort(4569) } : {}),
  });
  const dynamoBase = createDynamoBaseClient(servers.dynamoEndpoint);
  const dynamo = toDocumentClient(dynamoBase);
  const s3 = createS3Client(servers.s3Endpoint);
  await Promise.all([
    ensureTable(dynamo, cfg.TABLE_NAME), ensureIdempotencyTable(dynamo, cfg.IDEMPOTENCY_TABLE),
    ensureBucket(s3, cfg.INGEST_BUCKET), ensureBucket(s3, cfg.REPORTS_BUCKET),
  ]);
  const stores = createDynamoStores({ client: dynamo, tableName: cfg.TABLE_NAME });
  const handler = createIngestHandler({
    deps: { store: stores, objects: s3ObjectSource(s3), extract: configuredExtractor(cfg), recompute: recomputeWith(cfg.BEST_POLICY), cache: new ScopeDayCache() },
    idempotency: { client: dynamoBase, tableName: cfg.IDEMPOTENCY_TABLE },
  });
  const queue = new LocalQueue({
    handler,
    onDeadLetter: (d) => console.error(`ingest: message dead-lettered after ${d.receives} receives: ${d.record.body.slice(0, 300)}`),
  });
  // s3rver announces every write, as the bucket's notification to SQS does in AWS.
  const unsubscribe = servers.onS3Event((event) => {
    for (const r of event.Records) {
      if (r.s3.bucket.name !== cfg.INGEST_BUCKET || !r.eventName.startsWith('ObjectCreated')) continue;
      const o = r.s3.object;
      queue.send(s3NotificationBody({ bucket: r.s3.bucket.name, key: o.key, etag: o.eTag ?? null, size: o.size ?? null }, r.eventTime));
    }
  });
  return {
    servers, s3, dynamo, dynamoBase, stores, queue, table: cfg.TABLE_NAME, ingestBucket: cfg.INGEST_BUCKET, reportsBucket: cfg.REPORTS_BUCKET,
    async stop() {
      unsubscribe();
      await queue.drained();
      await servers.stop();
    },
  };
}

/** Where other local tools (npm run ingest / report) find a running `npm start`. */
export function writeEndpoints(rt: LocalRuntime, extra: Record<string, string | null>): void {
  mkdirSync(dirname(ENDPOINTS_FILE), { recursive: true });
  writeFileSync(ENDPOINTS_FILE, JSON.stringify({
    pid: process.pid, dynamoEndpoint: rt.servers.dynamoEndpoint, s3Endpoint: rt.servers.s3Endpoint,
    table: rt.table, ingestBucket: rt.ingestBucket, reportsBucket: rt.reportsBucket, ...extra,
  }, null, 2));
}
