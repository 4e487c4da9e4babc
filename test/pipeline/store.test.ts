// The DynamoDB adapter against DynamoDB Local: what the write side commits, the read side
// returns, and the guards refuse a stale write.
import { beforeAll, describe, expect, it } from 'vitest';
import { createDynamoStores, type DynamoStores } from '../../shared/store/dynamodb/index.js';
import { WriteConflictError, type ArticleRecord, type DayAggregate, type Incident, type StoredMention } from '../../shared/store/ports.js';
import { freshTable, mention, testDynamo } from './fixtures.js';

const client = testDynamo();
let stores: DynamoStores;

beforeAll(async () => {
  const { table } = await freshTable(client, 'store');
  stores = createDynamoStores({ client, tableName: table });
});

function article(id: string, over: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    id, status: 'ingested', reason: null, keys: [`b/${id}.txt`], title: 't', outlet: 'o', url: null,
    publishedAt: '2024-03-01', publishedAtSource: 'metadata', extractorVersion: '1', ingestedAt: '2024-03-02T00:00:00Z',
    textLength: 100, mentionCount: 1, ...over,
  };
}

function stored(articleId: string, id: string, value: number, govs = ['SY02'], day = '2024-03-01'): StoredMention {
  return { ...mention(id, { value, govs, day }), articleId, outlet: 'o', publishedAt: day, day };
}

function incident(id: string, day: string, govs: string[], best: number, category: Incident['category'] = 'killed'): Incident {
  return { id, governorates: govs, day, category, victim: 'civilian', low: best, best, high: best, sources: [], reason: 'test' };
}

function aggregate(scope: string, day: string, best: number): DayAggregate {
  return { scope, day, figures: { killed: { civilian: { low: best, best, high: best, incidents: 1 } } }, articles: 1, sources: ['o'] };
}

describe('DynamoDB adapter', () => {
  it('commits an article with its mentions and scope-day, and reads each back', async () => {
    const m = stored('a1', 'm1', 5);
    await stores.commitArticle({
      article: article('a1'), replacing: null, mentions: [m], staleMentions: [],
      scopeDays: [{ scope: 'SY02', day: '2024-03-01', expectedVersion: null, hasMentions: true,
        incidents: [incident('i1', '2024-03-01', ['SY02'], 5)], previousIncidents: [], aggregate: aggregate('SY02', '2024-03-01', 5) }],
    });
    const got = await stores.getArticle('a1');
    expect(got?.keys).toEqual(['b/a1.txt']);
    expect(got?.mentions).toEqual([m]);
    const sd = await stores.readScopeDay('SY02', '2024-03-01');
    expect(sd.mentions).toEqual([m]);
    expect(sd.version).toMatch(/[0-9a-f-]{36}/);
    expect(await stores.queryDays({ scopes: ['SY02'], from: '2024-01-01', to: '2024-12-31' })).toEqual([aggregate('SY02', '2024-03-01', 5)]);
    expect(await stores.queryDays({ scopes: [], from: '2024-03-01', to: '2024-03-01' })).toEqual([aggregate('SY02', '2024-03-01', 5)]);
    expect(await stores.queryDays({ scopes: ['SY02'], from: '2024-03-02', to: '2024-12-31' })).toEqual([]);

    // A second delivery of the same article is refused with the stored record attached.
    const again = stores.commitArticle({ article: article('a1', { keys: ['b/other.txt'] }), replacing: null, mentions: [], staleMentions: [], scopeDays: [] });
    await expect(again).rejects.toBeInstanceOf(WriteConflictError);
    await again.catch((e: WriteConflictError) => expect(e.existingArticle?.id).toBe('a1'));
    await stores.addArticleKey('a1', 'b/other.txt');
    expect((await stores.getArticle('a1'))?.keys).toEqual(['b/a1.txt', 'b/other.txt']);
  });

  it('refuses a scope-day write whose version moved on, and writes nothing of it', async () => {
    const day = '2024-04-01';
    const first = { scope: 'SY03', day, expectedVersion: null, hasMentions: true, incidents: [], previousIncidents: [], aggregate: aggregate('SY03', day, 1) };
    await stores.commitArticle({ article: article('b1'), replacing: null, mentions: [stored('b1', 'm1', 1, ['SY03'], day)], staleMentions: [], scopeDays: [first] });
    // b2 read the scope-day before b1 wrote it: expectedVersion null is stale now.
    const stale = stores.commitArticle({ article: article('b2'), replacing: null, mentions: [stored('b2', 'm1', 2, ['SY03'], day)], staleMentions: [], scopeDays: [first] });
    await expect(stale).rejects.toBeInstanceOf(WriteConflictError);
    expect(await stores.getArticle('b2')).toBeNull();
    expect((await stores.readScopeDay('SY03', day)).mentions.map((m) => m.articleId)).toEqual(['b1']);
  });

  it('pages incidents over several governorates, with a multi-governorate incident found under each', async () => {
    const day = (d: number) => `2024-05-${String(d).padStart(2, '0')}`;
    for (let d = 1; d <= 4; d++) {
      const scope = d === 3 ? 'SY04+SY05' : d % 2 ? 'SY04' : 'SY05';
      const govs = scope.split('+');
      await stores.commitArticle({
        article: article(`c${d}`), replacing: null, mentions: [stored(`c${d}`, 'm1', d, govs, day(d))], staleMentions: [],
        scopeDays: [{ scope, day: day(d), expectedVersion: null, hasMentions: true, previousIncidents: [], aggregate: aggregate(scope, day(d), d),
          incidents: [incident(`inc${d}`, day(d), govs, d, d === 4 ? 'injured' : 'killed')] }],
      });
    }
    const q = { governorates: ['SY04', 'SY05'], from: day(1), to: day(31), limit: 2 };
    const p1 = await stores.queryIncidents(q);
    expect(p1.items.map((i) => i.id)).toEqual(['inc1', 'inc2']);
    const p2 = await stores.queryIncidents({ ...q, cursor: p1.cursor });
    expect(p2.items.map((i) => i.id)).toEqual(['inc3', 'inc4']);
    expect(p2.cursor).toBeNull();
    expect((await stores.queryIncidents({ governorates: ['SY05'], from: day(1), to: day(31), limit: 10 })).items.map((i) => i.id)).toEqual(['inc2', 'inc3', 'inc4']);
    expect((await stores.queryIncidents({ ...q, limit: 10, category: 'injured' })).items.map((i) => i.id)).toEqual(['inc4']);
    const all = await stores.queryIncidents({ governorates: [], from: day(1), to: day(31), limit: 10 });
    expect(all.items.map((i) => i.id)).toEqual(['inc1', 'inc2', 'inc3', 'inc4']);
  });

  it('lists articles by status, newest first, with a cursor', async () => {
    await stores.putRejected(article('r1', { status: 'rejected', reason: 'empty object', extractorVersion: null, mentionCount: 0, ingestedAt: '2030-01-01T00:00:00Z' }));
    await stores.putRejected(article('r2', { status: 'rejected', reason: 'binary', extractorVersion: null, mentionCount: 0, ingestedAt: '2030-01-02T00:00:00Z' }));
    const p1 = await stores.listArticles({ status: 'rejected', limit: 1 });
    expect(p1.items.map((a) => [a.id, a.reason])).toEqual([['r2', 'binary']]);
    const p2 = await stores.listArticles({ status: 'rejected', limit: 1, cursor: p1.cursor });
    expect(p2.items.map((a) => a.id)).toEqual(['r1']);
    const all = await stores.listArticles({ limit: 100 });
    expect(all.items.length).toBeGreaterThanOrEqual(8);
  });

  it('reads a year of one governorate by day in at most two requests', async () => {
    const scope = 'SY14';
    const days = Array.from({ length: 366 }, (_, i) => new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString().slice(0, 10));
    // Realistic rows: every category × victim filled, 20 article ids a day.
    const figure = { low: 3, best: 5, high: 9, incidents: 2 };
    const row = (day: string): DayAggregate & { articleIds: string[] } => ({
      scope, day, articles: 20, sources: ['SOHR', 'SANA', 'Civil Defence'],
      figures: Object.fromEntries(['killed', 'injured', 'captured', 'missing', 'killed_or_injured'].map((c) => [c, { civilian: figure, combatant: figure, unknown: figure }])),
      articleIds: Array.from({ length: 20 }, (_, i) => `${day}-${i}`.padEnd(32, '0')),
    });
    for (let i = 0; i < days.length; i += 8) {
      await Promise.all(days.slice(i, i + 8).map((day) => stores.commitArticle({
        article: article(`y${day}`), replacing: null, mentions: [stored(`y${day}`, 'm1', 5, [scope], day)], staleMentions: [],
        scopeDays: [{ scope, day, expectedVersion: null, hasMentions: true, incidents: [], previousIncidents: [], aggregate: row(day) }],
      })));
    }
    let requests = 0;
    client.middlewareStack.add((next) => async (args) => {
      requests++;
      return next(args);
    }, { step: 'initialize', name: 'countYearRequests' });
    try {
      const year = await stores.queryDays({ scopes: [scope], from: '2024-01-01', to: '2024-12-31' });
      expect(year).toHaveLength(366);
      expect(year[0]).toMatchObject({ scope, day: '2024-01-01', articles: 20 });
      expect(requests).toBeLessThanOrEqual(2);
    } finally {
      client.middlewareStack.remove('countYearRequests');
    }
  }, 120_000);
});
