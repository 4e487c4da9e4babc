// The DynamoDB adapter of every store port (shared/store/ports.ts). Handlers, the API and
// the reports build it once per process and depend on the ports only.
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AggregateStore, ArticleStore, IncidentStore, IngestStore } from '../ports.js';
import { DynamoReads } from './reads.js';
import { DynamoWrites } from './writes.js';

export { TABLE_KEY_SCHEMA, IDEMPOTENCY_KEY_SCHEMA, ensureTable, ensureIdempotencyTable } from './schema.js';
export { TooLargeForOneWriteError, MAX_TRANSACTION_ITEMS } from './writes.js';
export { filingOf } from './keys.js';

export interface DynamoStores extends ArticleStore, AggregateStore, IncidentStore, IngestStore {}

export function createDynamoStores(opts: { client: DynamoDBDocumentClient; tableName: string }): DynamoStores {
  const reads = new DynamoReads(opts.client, opts.tableName);
  const writes = new DynamoWrites(opts.client, opts.tableName);
  return {
    getArticle: (id) => reads.getArticle(id),
    listArticles: (q) => reads.listArticles(q),
    queryDays: (q) => reads.queryDays(q),
    queryIncidents: (q) => reads.queryIncidents(q),
    readScopeDay: (s, d) => writes.readScopeDay(s, d),
    readArticleForUpdate: (id) => writes.readArticleForUpdate(id),
    commitArticle: (c) => writes.commitArticle(c),
    addArticleKey: (id, k) => writes.addArticleKey(id, k),
    putRejected: (r) => writes.putRejected(r),
    listStaleArticles: (v, q) => writes.listStaleArticles(v, q),
  };
}
