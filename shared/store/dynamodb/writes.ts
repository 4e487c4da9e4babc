// The write side: one DynamoDB transaction per article carries the article, its mentions
// and the recomputed state of every scope-day they touch, each scope-day guarded by the
// version that was read (docs/data-model.md, "Why the last writer is right").
import { randomUUID } from 'node:crypto';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  GetCommand, QueryCommand, TransactWriteCommand, UpdateCommand, type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import {
  TooLargeForOneWriteError, WriteConflictError, type ArticleCommit, type ArticleRecord, type IngestStore, type Page, type ScopeDayContents,
  type ScopeDayWrite, type StoredMention,
} from '../ports.js';
import { aggregateKey, filingOf, parseScopeDayId, scopeDayId, scopeDayPk } from './keys.js';
import {
  ALL_ARTICLES_PK, aggregateFromItem, aggregateToItem, articleFromItem, articleIndexSk, articleKey, incidentFromItem,
  incidentToItems, mentionFromItem, mentionToItem, scopeDaysOfItem, statusPk,
} from './items.js';
import { decodeCursor, encodeCursor, queryAll } from './paging.js';

/** DynamoDB's limit on the items of one transaction. */
export const MAX_TRANSACTION_ITEMS = 100;

type Item = Record<string, unknown>;
type TransactItem = NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']>[number];

/** Fields of an article item that every write sets; keys are added, the first ingestedAt is kept. */
function articleUpdate(rec: ArticleRecord, scopeDays: string[], ver: string) {
  const { keys, ingestedAt, ...fields } = rec;
  const set: Item = { ...fields, type: 'article', scopeDays, ver, g1pk: statusPk(rec.status), g2pk: ALL_ARTICLES_PK };
  const names: Record<string, string> = {};
  const values: Item = {};
  const parts = Object.entries(set).map(([k, v], i) => {
    names[`#f${i}`] = k;
    values[`:f${i}`] = v;
    return `#f${i} = :f${i}`;
  });
  // The first delivery's time stays, so redelivery leaves the item as one clean run would.
  names['#ing'] = 'ingestedAt';
  names['#g1sk'] = 'g1sk';
  names['#g2sk'] = 'g2sk';
  values[':ing'] = ingestedAt;
  values[':isk'] = articleIndexSk(ingestedAt, rec.id);
  parts.push('#ing = if_not_exists(#ing, :ing)', '#g1sk = if_not_exists(#g1sk, :isk)', '#g2sk = if_not_exists(#g2sk, :isk)');
  names['#keys'] = 'keys';
  values[':keys'] = new Set(keys);
  return {
    Key: articleKey(rec.id),
    UpdateExpression: `SET ${parts.join(', ')} ADD #keys :keys`,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
}

/** The whole article item, for a first write. */
function articleItem(rec: ArticleRecord, scopeDays: string[], ver: string): Item {
  const sk = articleIndexSk(rec.ingestedAt, rec.id);
  return {
    ...rec, ...articleKey(rec.id), keys: new Set(rec.keys), type: 'article', scopeDays, ver,
    g1pk: statusPk(rec.status), g1sk: sk, g2pk: ALL_ARTICLES_PK, g2sk: sk,
  };
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export class DynamoWrites implements IngestStore {
  constructor(private readonly client: DynamoDBDocumentClient, private readonly table: string) {}

  async readScopeDay(scope: string, day: string): Promise<ScopeDayContents> {
    const items = await queryAll(this.client, {
      TableName: this.table, ConsistentRead: true,
      KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': scopeDayPk(scope, day) },
    });
    const out: ScopeDayContents = { scope, day, mentions: [], incidents: [], aggregate: null, version: null };
    const seen = new Set<string>();
    for (const item of items) {
      if (item.type === 'mention') out.mentions.push(mentionFromItem(item));
      else if (item.type === 'incident' && !seen.has(item.id as string)) {
        seen.add(item.id as string);
        out.incidents.push(incidentFromItem(item));
      } else if (item.type === 'aggregate') {
        out.version = item.ver as string;
        out.aggregate = item.g1pk ? aggregateFromItem(item) : null;
      }
    }
    return out;
  }

  async readArticleForUpdate(id: string): Promise<(ArticleRecord & { mentions: StoredMention[]; version: string }) | null> {
    const res = await this.client.send(new GetCommand({ TableName: this.table, Key: articleKey(id), ConsistentRead: true }));
    if (!res.Item) return null;
    const partitions = [
      { pk: articleKey(id).pk, prefix: 'M#' },
      ...scopeDaysOfItem(res.Item).map((sd) => {
        const { scope, day } = parseScopeDayId(sd);
        return { pk: scopeDayPk(scope, day), prefix: `M#${id}#` };
      }),
    ];
    const found = await Promise.all(partitions.map((p) => queryAll(this.client, {
      TableName: this.table, ConsistentRead: true,
      KeyConditionExpression: 'pk = :p AND begins_with(sk, :s)', ExpressionAttributeValues: { ':p': p.pk, ':s': p.prefix },
    })));
    return { ...articleFromItem(res.Item), mentions: found.flat().map(mentionFromItem), version: String(res.Item.ver ?? '') };
  }

  async commitArticle(c: ArticleCommit): Promise<void> {
    const scopeDays = [...new Set(c.mentions.map(filingOf).filter((f) => f !== null).map((f) => scopeDayId(f.scope, f.day)))].sort();
    // A first delivery is a plain conditional Put (cheaper than an Update with every field);
    // a replacement updates in place so keys added meanwhile and the first ingestedAt stay.
    const articleOp: TransactItem = c.replacing === null
      ? { Put: { TableName: this.table, Item: articleItem(c.article, scopeDays, randomUUID()), ConditionExpression: 'attribute_not_exists(pk)' } }
      : {
        Update: {
          TableName: this.table,
          ...articleUpdate(c.article, scopeDays, randomUUID()),
          // The article's own token guards a replacement the way scope-day tokens guard recomputation.
          ConditionExpression: 'ver = :oldv',
        },
      };
    if (c.replacing) articleOp.Update!.ExpressionAttributeValues![':oldv'] = c.replacing.articleVersion;

    const ops: TransactItem[] = [articleOp];
    const written = new Set<string>();
    for (const m of c.mentions) {
      const item = mentionToItem(m);
      written.add(`${item.pk}|${item.sk}`);
      ops.push({ Put: { TableName: this.table, Item: item } });
    }
    for (const m of c.staleMentions) {
      const item = mentionToItem(m);
      // A mention re-extracted under the same id and scope-day is overwritten by its Put above.
      if (!written.has(`${item.pk}|${item.sk}`)) ops.push({ Delete: { TableName: this.table, Key: { pk: item.pk, sk: item.sk } } });
    }
    for (const sd of c.scopeDays) ops.push(...this.scopeDayOps(sd));
    if (ops.length > MAX_TRANSACTION_ITEMS) throw new TooLargeForOneWriteError(ops.length, MAX_TRANSACTION_ITEMS);

    try {
      // No ClientRequestToken: it made DynamoDB Local markedly slower (bench/ingest.ts), and an
      // SDK retry after a lost response needs none: our own first attempt's write then fails the
      // article guard, the stored article has this extractor version, and the outcome is 'duplicate'.
      await this.client.send(new TransactWriteCommand({ TransactItems: ops }));
    } catch (e) {
      if (e instanceof TransactionCanceledException || (e as { name?: string }).name === 'TransactionCanceledException') {
        const reasons = (e as TransactionCanceledException).CancellationReasons ?? [];
        if (reasons[0]?.Code === 'ConditionalCheckFailed') {
          const existing = await this.client.send(new GetCommand({ TableName: this.table, Key: articleKey(c.article.id), ConsistentRead: true }));
          throw new WriteConflictError(`article ${c.article.id} changed since it was read`, existing.Item ? articleFromItem(existing.Item) : null);
        }
        // A scope-day moved on (ConditionalCheckFailed) or another transaction held an item
        // (TransactionConflict): nothing was written; the caller reads again and retries.
        const codes = reasons.map((r) => r.Code ?? 'None').join(',');
        throw new WriteConflictError(`a scope-day changed since it was read (${codes})`);
      }
      throw e;
    }
  }

  private scopeDayOps(sd: ScopeDayWrite): TransactItem[] {
    const key = aggregateKey(sd.scope, sd.day);
    const guard = sd.expectedVersion === null
      ? { ConditionExpression: 'attribute_not_exists(pk)' }
      : { ConditionExpression: 'ver = :ver', ExpressionAttributeValues: { ':ver': sd.expectedVersion } };
    const ops: TransactItem[] = [];
    if (sd.hasMentions) {
      ops.push({ Put: { TableName: this.table, Item: aggregateToItem(sd.scope, sd.day, sd.aggregate, sd.newVersion ?? randomUUID()), ...guard } });
    } else if (sd.expectedVersion !== null) {
      ops.push({ Delete: { TableName: this.table, Key: key, ...guard } });
    } else {
      ops.push({ ConditionCheck: { TableName: this.table, Key: key, ConditionExpression: 'attribute_not_exists(pk)' } });
    }
    const next = new Map<string, Item>();
    for (const inc of sd.hasMentions ? sd.incidents : []) for (const it of incidentToItems(sd.scope, inc)) next.set(it.sk as string, it);
    const prev = new Map<string, Item>();
    for (const inc of sd.previousIncidents) for (const it of incidentToItems(sd.scope, inc)) prev.set(it.sk as string, it);
    for (const [sk, it] of next) if (!prev.has(sk) || !sameJson(prev.get(sk), it)) ops.push({ Put: { TableName: this.table, Item: it } });
    for (const sk of prev.keys()) if (!next.has(sk)) ops.push({ Delete: { TableName: this.table, Key: { pk: key.pk, sk } } });
    return ops;
  }

  async addArticleKey(id: string, key: string): Promise<void> {
    await this.client.send(new UpdateCommand({
      TableName: this.table, Key: articleKey(id),
      UpdateExpression: 'ADD #keys :k', ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeNames: { '#keys': 'keys' }, ExpressionAttributeValues: { ':k': new Set([key]) },
    }));
  }

  async putRejected(rec: ArticleRecord): Promise<void> {
    await this.client.send(new UpdateCommand({ TableName: this.table, ...articleUpdate(rec, [], randomUUID()) }));
  }

  async listStaleArticles(extractorVersion: string, q: { limit: number; cursor?: string | null }): Promise<Page<ArticleRecord>> {
    const res = await this.client.send(new QueryCommand({
      TableName: this.table, IndexName: 'gsi1',
      KeyConditionExpression: 'g1pk = :p', FilterExpression: 'extractorVersion <> :v',
      ExpressionAttributeValues: { ':p': statusPk('ingested'), ':v': extractorVersion },
      Limit: q.limit, ExclusiveStartKey: decodeCursor(q.cursor),
    }));
    return { items: (res.Items ?? []).map(articleFromItem), cursor: encodeCursor(res.LastEvaluatedKey) };
  }
}

export { TooLargeForOneWriteError };
