// The read side of the ports: articles, day aggregates, incidents (docs/data-model.md,
// "Access patterns", gives the exact query of each method).
import { GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Category } from '../../extraction/types.js';
import type { AggregateStore, ArticleRecord, ArticleStatus, ArticleStore, DayAggregate, Incident, IncidentStore, Page, StoredMention } from '../ports.js';
import { HIGH, aggregatesOfScopePk, ALL_AGGREGATES_PK, ALL_INCIDENTS_PK, incidentsOfGovernoratePk, mentionsOfArticlePk } from './keys.js';
import { aggregateFromItem, articleFromItem, articleKey, incidentFromItem, mentionFromItem, statusPk, ALL_ARTICLES_PK } from './items.js';
import { decodeCursor, encodeCursor, queryAll } from './paging.js';

type Item = Record<string, unknown>;

export class DynamoReads implements ArticleStore, AggregateStore, IncidentStore {
  constructor(private readonly client: DynamoDBDocumentClient, private readonly table: string) {}

  async getArticle(id: string): Promise<(ArticleRecord & { mentions: StoredMention[] }) | null> {
    const [art, mentions] = await Promise.all([
      this.client.send(new GetCommand({ TableName: this.table, Key: articleKey(id) })),
      queryAll(this.client, {
        TableName: this.table, IndexName: 'gsi1',
        KeyConditionExpression: 'g1pk = :p', ExpressionAttributeValues: { ':p': mentionsOfArticlePk(id) },
      }),
    ]);
    if (!art.Item) return null;
    return { ...articleFromItem(art.Item), mentions: mentions.map(mentionFromItem).sort(byMentionOrder) };
  }

  async listArticles(q: { status?: ArticleStatus; limit: number; cursor?: string | null }): Promise<Page<ArticleRecord>> {
    const [index, pkName, pk] = q.status ? ['gsi1', 'g1pk', statusPk(q.status)] : ['gsi2', 'g2pk', ALL_ARTICLES_PK];
    const res = await this.client.send(new QueryCommand({
      TableName: this.table, IndexName: index,
      KeyConditionExpression: '#p = :p', ExpressionAttributeNames: { '#p': pkName }, ExpressionAttributeValues: { ':p': pk },
      ScanIndexForward: false, // newest first
      Limit: q.limit, ExclusiveStartKey: decodeCursor(q.cursor),
    }));
    return { items: (res.Items ?? []).map(articleFromItem), cursor: encodeCursor(res.LastEvaluatedKey) };
  }

  async queryDays(q: { scopes: string[]; from: string; to: string }): Promise<DayAggregate[]> {
    if (q.scopes.length === 0) {
      const items = await queryAll(this.client, {
        TableName: this.table, IndexName: 'gsi2',
        KeyConditionExpression: 'g2pk = :p AND g2sk BETWEEN :a AND :b',
        ExpressionAttributeValues: { ':p': ALL_AGGREGATES_PK, ':a': q.from, ':b': `${q.to}#${HIGH}` },
      });
      return items.map(aggregateFromItem);
    }
    // One query per scope: a year of one governorate is 365 small items, one 1 MB page.
    const perScope = await Promise.all([...new Set(q.scopes)].map((scope) => queryAll(this.client, {
      TableName: this.table, IndexName: 'gsi1',
      KeyConditionExpression: 'g1pk = :p AND g1sk BETWEEN :a AND :b',
      ExpressionAttributeValues: { ':p': aggregatesOfScopePk(scope), ':a': q.from, ':b': q.to },
    })));
    return perScope.flat().map(aggregateFromItem).sort((a, b) => a.day.localeCompare(b.day) || a.scope.localeCompare(b.scope));
  }

  async queryIncidents(q: {
    governorates: string[]; from: string; to: string; category?: Category; limit: number; cursor?: string | null;
  }): Promise<Page<Incident>> {
    // The cursor is the index sort key (day#id) of the last incident returned; every
    // partition resumes just after it, so paging works the same over one or many governorates.
    const after = q.cursor ? decodeSortCursor(q.cursor) : null;
    const lower = after ? `${after}\u0000` : q.from;
    const upper = `${q.to}#${HIGH}`;
    const parts = q.governorates.length === 0
      ? [{ index: 'gsi2', pkName: 'g2pk', skName: 'g2sk', pk: ALL_INCIDENTS_PK }]
      : [...new Set(q.governorates)].map((g) => ({ index: 'gsi1', pkName: 'g1pk', skName: 'g1sk', pk: incidentsOfGovernoratePk(g) }));
    const want = q.limit + 1;
    const found = await Promise.all(parts.map((p) => this.firstIncidents(p, lower, upper, q.category, want)));
    const byId = new Map<string, Item>();
    for (const item of found.flat()) if (!byId.has(item.id as string)) byId.set(item.id as string, item);
    const sorted = [...byId.values()].sort((a, b) => (a.g1sk as string).localeCompare(b.g1sk as string));
    const page = sorted.slice(0, q.limit);
    const more = sorted.length > q.limit;
    return {
      items: page.map(incidentFromItem),
      cursor: more && page.length > 0 ? encodeSortCursor(page[page.length - 1].g1sk as string) : null,
    };
  }

  /** Up to `want` incidents of one index partition in sort order, after the category filter. */
  private async firstIncidents(
    p: { index: string; pkName: string; skName: string; pk: string }, lower: string, upper: string,
    category: Category | undefined, want: number,
  ): Promise<Item[]> {
    const out: Item[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const res = await this.client.send(new QueryCommand({
        TableName: this.table, IndexName: p.index,
        KeyConditionExpression: '#p = :p AND #s BETWEEN :a AND :b',
        ExpressionAttributeNames: { '#p': p.pkName, '#s': p.skName, ...(category ? { '#c': 'category' } : {}) },
        ExpressionAttributeValues: { ':p': p.pk, ':a': lower, ':b': upper, ...(category ? { ':c': category } : {}) },
        ...(category ? { FilterExpression: '#c = :c' } : {}),
        Limit: want, ExclusiveStartKey: start,
      }));
      out.push(...((res.Items ?? []) as Item[]));
      start = res.LastEvaluatedKey;
    } while (start && out.length < want);
    return out.slice(0, want);
  }
}

function byMentionOrder(a: StoredMention, b: StoredMention): number {
  return a.start - b.start || a.id.localeCompare(b.id);
}

function encodeSortCursor(sk: string): string {
  return Buffer.from(JSON.stringify({ after: sk })).toString('base64url');
}

function decodeSortCursor(cursor: string): string {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { after?: unknown };
    if (typeof v.after === 'string') return v.after;
  } catch {
    // fall through
  }
  throw new Error('invalid store cursor');
}
