// Seeds the table through the pipeline's real write path (storeArticle → the DynamoDB adapter's
// commitArticle), so the API reads exactly what ingest would have written. Mentions are built
// with the incidents test factory: figures we control, no extractor involved.
import { randomUUID } from 'node:crypto';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDynamoClient } from '../../shared/clients/dynamodb.js';
import { storedMention, type MentionSpec } from '../../shared/incidents/test-factory.js';
import { recomputeWith } from '../../shared/ingest/recompute.js';
import { storeArticle } from '../../shared/ingest/store-article.js';
import { createDynamoStores, ensureTable, type DynamoStores } from '../../shared/store/dynamodb/index.js';
import type { ArticleRecord, StoredMention } from '../../shared/store/ports.js';

export interface SeedArticle {
  id: string;
  outlet?: string;
  title?: string;
  publishedAt?: string;
  mentions: Omit<MentionSpec, 'article' | 'outlet'>[];
}

export interface TestTable {
  client: DynamoDBDocumentClient;
  tableName: string;
  stores: DynamoStores;
}

/** A fresh uniquely named table on the run's DynamoDB Local. */
export async function freshTable(endpoint: string, label: string): Promise<TestTable> {
  const client = createDynamoClient(endpoint);
  const tableName = `api-${label}-${randomUUID().slice(0, 8)}`;
  await ensureTable(client, tableName);
  return { client, tableName, stores: createDynamoStores({ client, tableName }) };
}

export function articleRecord(a: SeedArticle, mentions: StoredMention[]): ArticleRecord {
  return {
    id: a.id,
    status: 'ingested',
    reason: null,
    keys: [`uploads/${a.id}.txt`],
    title: a.title ?? `عنوان ${a.id}`,
    outlet: a.outlet ?? 'Test Outlet',
    url: null,
    publishedAt: a.publishedAt ?? mentions[0]?.publishedAt ?? '2024-11-01T09:00:00Z',
    publishedAtSource: 'metadata',
    extractorVersion: 'test-1',
    ingestedAt: '2024-12-31T00:00:00.000Z',
    textLength: 500,
    mentionCount: mentions.length,
  };
}

export async function seedArticle(stores: DynamoStores, a: SeedArticle): Promise<StoredMention[]> {
  const mentions = a.mentions.map((spec, i) =>
    storedMention({ id: `m${i + 1}`, ...spec, article: a.id, outlet: a.outlet ?? 'Test Outlet' }),
  );
  const record = articleRecord(a, mentions);
  const extraction = {
    extractorVersion: 'test-1',
    textLength: record.textLength,
    mentions,
    totals: {},
    context: { publishedAt: record.publishedAt, outlet: record.outlet, datelineGovernorates: [], mainGovernorates: [] },
  };
  await storeArticle({ store: stores, recompute: recomputeWith() }, record, extraction, mentions);
  return mentions;
}
