// Builders for the pipeline tests: stored records whose figures the test controls, and
// a table/bucket per test file on the run's shared local servers.
import { randomUUID } from 'node:crypto';
import { createDynamoClient } from '../../shared/clients/dynamodb.js';
import { createS3Client } from '../../shared/clients/s3.js';
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ensureIdempotencyTable, ensureTable } from '../../shared/store/dynamodb/index.js';
import type { Category, Mention, VictimType } from '../../shared/extraction/types.js';

export function uniqueName(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

export async function freshTable(client: DynamoDBDocumentClient, prefix = 'pipe'): Promise<{ table: string; idempotencyTable: string }> {
  const table = uniqueName(prefix);
  const idempotencyTable = `${table}-idem`;
  await Promise.all([ensureTable(client, table), ensureIdempotencyTable(client, idempotencyTable)]);
  return { table, idempotencyTable };
}

export function testDynamo(endpoint = process.env.TEST_DYNAMODB_ENDPOINT): DynamoDBDocumentClient {
  if (!endpoint) throw new Error('TEST_DYNAMODB_ENDPOINT is not set: run through vitest (test/global-setup.ts)');
  return createDynamoClient(endpoint);
}

export async function testBucket(endpoint = process.env.TEST_S3_ENDPOINT) {
  if (!endpoint) throw new Error('TEST_S3_ENDPOINT is not set: run through vitest (test/global-setup.ts)');
  const s3 = createS3Client(endpoint);
  const bucket = uniqueName('uploads');
  await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  return { s3, bucket };
}

/** Attributes that legitimately differ between two runs: wall-clock times and the
 *  optimistic-concurrency token (a fresh UUID on every scope-day write). */
const VOLATILE = new Set(['ingestedAt', 'ver']);
const ARTICLE_INDEX_SORT_KEYS = new Set(['g1sk', 'g2sk']);

/** The whole table, comparable across runs: volatile attributes dropped (article index
 *  sort keys embed ingestedAt), sets as sorted arrays, items sorted by key. */
export async function snapshot(client: DynamoDBDocumentClient, table: string): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const res = await client.send(new ScanCommand({ TableName: table, ExclusiveStartKey: start, ConsistentRead: true }));
    items.push(...((res.Items ?? []) as Record<string, unknown>[]));
    start = res.LastEvaluatedKey;
  } while (start);
  const clean = items.map((item) => {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(item).sort()) {
      if (VOLATILE.has(k) || (item.type === 'article' && ARTICLE_INDEX_SORT_KEYS.has(k))) continue;
      const v = item[k];
      out[k] = v instanceof Set ? [...v].sort() : v;
    }
    return out;
  });
  return clean.sort((a, b) => `${a.pk}|${a.sk}`.localeCompare(`${b.pk}|${b.sk}`));
}

export function mention(id: string, o: {
  value: number; category?: Category; victim?: VictimType; govs?: string[]; day?: string; source?: string; start?: number;
}): Mention {
  const day = o.day ?? '2024-03-01';
  return {
    id, category: o.category ?? 'killed', count: { value: o.value, qualifier: 'exact', low: o.value, high: o.value },
    victim: o.victim ?? 'civilian', groups: [], governorates: o.govs ?? ['SY02'],
    places: (o.govs ?? ['SY02']).map((g) => ({ name: g, pcode: g, governorate: g })), placeBasis: 'clause',
    source: o.source ? { name: o.source, kind: 'monitor', nameAr: null } : null,
    eventDate: { date: day, precision: 'day', period: null, basis: 'test' },
    start: o.start ?? 0, end: (o.start ?? 0) + 10, quote: `quote ${id}`, cumulative: false,
    duplicateOf: null, partOf: null, reason: null,
  };
}
