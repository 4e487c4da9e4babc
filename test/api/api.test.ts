// The API end to end on DynamoDB Local and the test S3 server: data written through the
// pipeline's real write path, requests over HTTP to the local server, every response checked
// against the OpenAPI document the server itself publishes.
import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Telemetry } from '../../shared/api/app.js';
import { createS3Client } from '../../shared/clients/s3.js';
import { createDynamoStores } from '../../shared/store/dynamodb/index.js';
import { startApiServer, type ApiServer } from '../../local/api-server.js';
import { responseValidator } from './openapi-validator.js';
import { freshTable, seedArticle, type TestTable } from './seed.js';

const endpoint = () => process.env.TEST_DYNAMODB_ENDPOINT!;
const SECRET = 'integration-test-cursor-secret';

let table: TestTable;
let server: ApiServer;
let validate: ReturnType<typeof responseValidator>;
const failures: Parameters<Telemetry['requestFailed']>[] = [];
const bucket = `api-reports-${Date.now().toString(36)}`;
const s3 = createS3Client(process.env.TEST_S3_ENDPOINT);

/** GET through the local server; the response is validated against the served OpenAPI document. */
async function get(template: string, path: string = template, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}${path}`, { headers });
  const body = await res.text();
  validate(template, res.status, res.headers.get('content-type'), body);
  const type = res.headers.get('content-type') ?? '';
  return { status: res.status, headers: res.headers, text: body, body: type.includes('json') ? JSON.parse(body) : null };
}

// Ids are hex like real article ids; 11–24 are the paging articles, one Hama strike a day.
const PAGING = Array.from({ length: 23 }, (_, i) => ({
  id: `b${String(i + 1).padStart(31, '0')}`,
  outlet: 'Outlet C',
  mentions: [{ governorates: ['SY05'], day: `2024-11-${String(i + 1).padStart(2, '0')}`, value: 3 + i }],
}));

beforeAll(async () => {
  table = await freshTable(endpoint(), 'main');
  const a1 = 'a1'.padEnd(32, '0');
  await seedArticle(table.stores, {
    id: a1, outlet: 'Outlet A', mentions: [
      { governorates: ['SY02'], day: '2024-11-03', value: 10, claimedBy: 'SOHR', quote: 'مقتل 10 مدنيين بقصف على حلب' },
      { governorates: ['SY07'], day: '2024-11-03', value: 5, quote: 'ومقتل 5 مدنيين في إدلب' },
    ],
  });
  await seedArticle(table.stores, {
    id: 'a2'.padEnd(32, '0'), outlet: 'Outlet B', mentions: [
      { governorates: ['SY02'], day: '2024-11-03', value: 12, quote: 'مقتل 12 مدنياً في حلب' },
      { governorates: ['SY02', 'SY07'], day: '2024-11-20', value: 7, victim: 'combatant', quote: 'مقتل 7 عناصر على جبهات حلب وإدلب' },
    ],
  });
  await seedArticle(table.stores, {
    id: 'a3'.padEnd(32, '0'), outlet: 'Outlet A', mentions: [
      { governorates: ['SY02'], day: '2024-12-02', value: 20, category: 'injured', quote: 'إصابة 20 مدنياً في حلب' },
    ],
  });
  for (const a of PAGING) await seedArticle(table.stores, a);

  await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  for (const key of ['reports/week/2024-W47/report.pdf', 'reports/week/2024-W48/report.pdf', 'reports/week/2024-W48/killed.png', 'reports/week/2024-W48/data.json', 'reports/week/2024-W48/SY02-SY07/report.pdf', 'reports/month/2024-10/report.pdf', 'reports/week/notes.txt']) {
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: `bytes of ${key}` }));
  }

  server = await startApiServer({
    stores: table.stores, s3: { client: s3, bucket }, cursorSecret: SECRET,
    telemetry: { requestFailed: (...args) => failures.push(args) },
  });
  const doc = await (await fetch(`${server.url}/openapi.json`)).json();
  validate = responseValidator(doc);
}, 120_000);

afterAll(async () => {
  await server?.close();
});

describe('aggregates', () => {
  it('counts two outlets reporting the same strike once, per governorate and day', async () => {
    const r = await get('/v1/aggregates', '/v1/aggregates?governorate=SY02&from=2024-11-01&to=2024-11-30');
    expect(r.status).toBe(200);
    expect(r.body.query).toEqual({ governorates: ['SY02'], from: '2024-11-01', to: '2024-11-30', interval: 'day', category: null, victim: null });
    expect(r.body.rows).toHaveLength(1); // the multi-governorate figure is not SY02's, nor are national rows
    expect(r.body.rows[0]).toMatchObject({
      scope: 'SY02', kind: 'governorate', period: '2024-11-03', from: '2024-11-03', to: '2024-11-03',
      category: 'killed', victim: 'civilian', low: 10, high: 12, incidents: 1, articles: 2,
    });
    expect(r.body.rows[0].sources).toEqual(expect.arrayContaining(['Outlet A', 'Outlet B']));
  });

  it('adds national rows and shows multi-governorate figures as such, each incident once', async () => {
    const r = await get('/v1/aggregates', '/v1/aggregates?from=2024-11-01&to=2024-11-30&interval=month&category=killed');
    expect(r.status).toBe(200);
    const row = (scope: string, victim: string) => r.body.rows.find((x: { scope: string; victim: string }) => x.scope === scope && x.victim === victim);
    expect(row('SY02+SY07', 'combatant')).toMatchObject({ kind: 'multi', governorates: ['SY02', 'SY07'], period: '2024-11', best: 7, incidents: 1 });
    expect(row('SY02', 'combatant')).toBeUndefined();
    expect(row('SY07', 'combatant')).toBeUndefined();
    const national = row('SY', 'civilian');
    expect(national.kind).toBe('national');
    const parts = ['SY02', 'SY05', 'SY07'].map((s) => row(s, 'civilian'));
    for (const k of ['low', 'best', 'incidents'] as const) {
      expect(national[k]).toBe(parts.reduce((n, p) => n + p[k], 0));
    }
    expect(national.incidents).toBe(1 + 1 + PAGING.length);
    expect(row('SY', 'combatant')).toMatchObject({ best: 7, incidents: 1 });
    expect(r.body.rows.every((x: { category: string }) => x.category === 'killed')).toBe(true);
  });

  it('with several governorates shows their joint figure as its own row, with many by reading every scope', async () => {
    const scopes = async (govs: string) => {
      const r = await get('/v1/aggregates', `/v1/aggregates?governorate=${govs}&from=2024-11-01&to=2024-11-30&interval=month`);
      return [...new Set(r.body.rows.map((x: { scope: string }) => x.scope))];
    };
    expect(await scopes('SY02,SY07')).toEqual(['SY02', 'SY07', 'SY02+SY07']);
    expect(await scopes('SY07')).toEqual(['SY07']);
    expect(await scopes('SY01,SY02,SY03,SY05,SY07')).toEqual(['SY02', 'SY05', 'SY07', 'SY02+SY07']);
    expect(await scopes('SY01,SY02,SY03,SY05')).toEqual(['SY02', 'SY05']);
  });

  it('rolls days up into ISO weeks', async () => {
    const r = await get('/v1/aggregates', '/v1/aggregates?governorate=SY05&from=2024-11-01&to=2024-11-30&interval=week');
    expect(r.body.rows.map((x: { period: string }) => x.period)).toEqual(['2024-W44', '2024-W45', '2024-W46', '2024-W47']);
    // W44 holds Fri 1 – Sun 3 November: figures 3, 4, 5.
    expect(r.body.rows[0]).toMatchObject({ from: '2024-10-28', to: '2024-11-03', best: 3 + 4 + 5, incidents: 3 });
    const total = r.body.rows.reduce((n: number, x: { best: number }) => n + x.best, 0);
    expect(total).toBe(PAGING.reduce((n, _, i) => n + 3 + i, 0));
  });

  it('serves the same rows as CSV with a header row', async () => {
    const q = '?governorate=SY05,SY02&from=2024-11-01&to=2024-12-31&interval=month';
    const j = await get('/v1/aggregates', `/v1/aggregates${q}`);
    const c = await get('/v1/aggregates', `/v1/aggregates${q}&format=csv`);
    expect(c.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = c.text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('period,from,to,scope,kind,category,victim,low,best,high,incidents,articles,sources');
    expect(lines).toHaveLength(1 + j.body.rows.length);
    const first = j.body.rows[0];
    expect(lines[1].split(',').slice(0, 9)).toEqual([first.period, first.from, first.to, first.scope, first.kind, first.category, first.victim, String(first.low), String(first.best)]);
  });

  it('sends an ETag and Cache-Control, and 304 when If-None-Match matches', async () => {
    const path = '/v1/aggregates?governorate=SY02&from=2024-11-01&to=2024-12-31&interval=month';
    const first = await get('/v1/aggregates', path);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toMatch(/max-age=\d+/);
    const again = await get('/v1/aggregates', path, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    const other = await get('/v1/aggregates', `${path}&category=injured`, { 'if-none-match': etag });
    expect(other.status).toBe(200);
    expect(other.headers.get('etag')).not.toBe(etag);
  });
});

describe('incidents', () => {
  async function pageAll(query: string, limit: number) {
    const ids: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const path: string = `/v1/incidents?${query}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const r = await get('/v1/incidents', path);
      expect(r.status).toBe(200);
      expect(r.body.items.length).toBeLessThanOrEqual(limit);
      ids.push(...r.body.items.map((i: { id: string }) => i.id));
      cursor = r.body.cursor;
      pages++;
    } while (cursor && pages < 100);
    return { ids, pages };
  }

  it('pages through every incident of a governorate exactly once', async () => {
    const { ids, pages } = await pageAll('governorate=SY05&from=2024-11-01&to=2024-11-30', 5);
    expect(ids).toHaveLength(PAGING.length);
    expect(new Set(ids).size).toBe(PAGING.length);
    expect(pages).toBe(Math.ceil(PAGING.length / 5));
  });

  it('pages over several governorates and over all, listing a multi-governorate incident once', async () => {
    const all = await pageAll('from=2024-11-01&to=2024-12-31', 4);
    // SY02 strike (two articles → one), SY07, SY02+SY07, the December injuries, and the Hama series.
    expect(all.ids).toHaveLength(4 + PAGING.length);
    expect(new Set(all.ids).size).toBe(all.ids.length);
    const two = await pageAll('governorate=SY02,SY07&from=2024-11-01&to=2024-12-31', 1);
    expect(two.ids).toHaveLength(4);
    expect(new Set(two.ids).size).toBe(4);
  });

  it('carries sources and evidence', async () => {
    const r = await get('/v1/incidents', '/v1/incidents?governorate=SY02&from=2024-11-03&to=2024-11-03');
    expect(r.body.items).toHaveLength(1);
    const inc = r.body.items[0];
    expect(inc.sources.map((s: { outlet: string }) => s.outlet).sort()).toEqual(['Outlet A', 'Outlet B']);
    expect(inc.sources.find((s: { outlet: string }) => s.outlet === 'Outlet A')).toMatchObject({ claimedBy: 'SOHR', value: 10, quote: 'مقتل 10 مدنيين بقصف على حلب' });
    expect(inc.reason.length).toBeGreaterThan(0);
  });

  it('refuses a tampered cursor or one from another query with a 400 naming the cursor', async () => {
    const first = await get('/v1/incidents', '/v1/incidents?governorate=SY05&from=2024-11-01&to=2024-11-30&limit=2');
    const cursor: string = first.body.cursor;
    const [v, payload, tag] = cursor.split('.');
    const store = JSON.parse(Buffer.from(payload, 'base64url').toString());
    // Point the store cursor elsewhere, keep the old tag.
    const forged = `${v}.${Buffer.from(JSON.stringify({ ...store, c: Buffer.from('{"after":"2024-11-20"}').toString('base64url') })).toString('base64url')}.${tag}`;
    for (const [c, query] of [
      [forged, 'governorate=SY05&from=2024-11-01&to=2024-11-30'],
      [cursor, 'governorate=SY02&from=2024-11-01&to=2024-11-30'],
      ['garbage', 'governorate=SY05&from=2024-11-01&to=2024-11-30'],
    ]) {
      const r = await get('/v1/incidents', `/v1/incidents?${query}&cursor=${encodeURIComponent(c)}`);
      expect(r.status).toBe(400);
      expect(r.body.invalidParams.map((p: { name: string }) => p.name)).toEqual(['cursor']);
    }
  });
});

describe('articles, governorates, health, OpenAPI', () => {
  it('returns an article with its mentions, offsets and quotes', async () => {
    const id = 'a1'.padEnd(32, '0');
    const r = await get('/v1/articles/{id}', `/v1/articles/${id}`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ id, status: 'ingested', outlet: 'Outlet A', mentionCount: 2 });
    expect(r.body.mentions).toHaveLength(2);
    for (const m of r.body.mentions) {
      expect(m.end - m.start).toBe(m.quote.length);
      expect(m.articleId).toBe(id);
    }
    expect(r.body).not.toHaveProperty('pk');
  });

  it('404 for an unknown article, 400 for an impossible id', async () => {
    const missing = await get('/v1/articles/{id}', `/v1/articles/${'f'.repeat(32)}`);
    expect(missing.status).toBe(404);
    const bad = await get('/v1/articles/{id}', '/v1/articles/a%24b');
    expect(bad.status).toBe(400);
    expect(bad.body.invalidParams[0].name).toBe('id');
  });

  it('lists the 14 governorates with Arabic and English names', async () => {
    const r = await get('/v1/governorates');
    expect(r.body.items).toHaveLength(14);
    expect(r.body.items[1]).toEqual({ pcode: 'SY02', nameAr: 'حلب', nameEn: 'Aleppo' });
  });

  it('answers health and serves an OpenAPI 3.1 document', async () => {
    expect((await get('/health')).body).toEqual({ status: 'ok' });
    const doc = await get('/openapi.json');
    expect(doc.body.openapi).toBe('3.1.0');
    expect(doc.body.paths['/health'].get.security).toEqual([]);
  });
});

describe('reports', () => {
  it('lists report sets newest first with presigned links that work', async () => {
    const r = await get('/v1/reports', '/v1/reports?period=week');
    expect(r.body.items.map((s: { periodKey: string; selection: string[] | null }) => [s.periodKey, s.selection])).toEqual([
      ['2024-W48', null], ['2024-W48', ['SY02', 'SY07']], ['2024-W47', null],
    ]);
    const w48 = r.body.items[0];
    expect(w48.files.map((f: { name: string }) => f.name)).toEqual(['data.json', 'killed.png', 'report.pdf']);
    const pdf = w48.files.find((f: { name: string }) => f.name === 'report.pdf');
    const bytes = await (await fetch(pdf.url)).text();
    expect(bytes).toBe('bytes of reports/week/2024-W48/report.pdf');
    const all = await get('/v1/reports', '/v1/reports?limit=2');
    expect(all.body.items).toHaveLength(2);
  });

  it('gives the latest report of a period, and 404 when there is none', async () => {
    const latest = await get('/v1/reports/latest', '/v1/reports/latest?period=week');
    expect(latest.body).toMatchObject({ period: 'week', periodKey: '2024-W48', selection: null });
    expect(latest.body.files).toHaveLength(3);
    const none = await get('/v1/reports/latest', '/v1/reports/latest?period=day');
    expect(none.status).toBe(404);
  });
});

describe('bad requests', () => {
  it.each([
    ['malformed date', '/v1/aggregates?from=2024-13-01&to=2024-12-01', 'from'],
    ['not a date', '/v1/aggregates?from=yesterday&to=2024-12-01', 'from'],
    ['reversed dates', '/v1/aggregates?from=2024-12-01&to=2024-11-01', 'to'],
    ['missing date', '/v1/aggregates?from=2024-12-01', 'to'],
    ['unknown p-code', '/v1/aggregates?governorate=SY02,SY15&from=2024-11-01&to=2024-11-30', 'governorate'],
    ['unknown interval', '/v1/aggregates?from=2024-11-01&to=2024-11-30&interval=fortnight', 'interval'],
    ['day interval over five years', '/v1/aggregates?from=2015-01-01&to=2024-11-30&interval=day', 'interval'],
    ['unknown category', '/v1/aggregates?from=2024-11-01&to=2024-11-30&category=dead', 'category'],
    ['unknown format', '/v1/aggregates?from=2024-11-01&to=2024-11-30&format=xlsx', 'format'],
    ['unknown parameter', '/v1/aggregates?from=2024-11-01&to=2024-11-30&governorates=SY02', 'governorates'],
    ['limit too small', '/v1/incidents?from=2024-11-01&to=2024-11-30&limit=0', 'limit'],
    ['limit too large', '/v1/incidents?from=2024-11-01&to=2024-11-30&limit=1000', 'limit'],
    ['limit not a number', '/v1/incidents?from=2024-11-01&to=2024-11-30&limit=all', 'limit'],
    ['query on a route without parameters', '/v1/governorates?lang=ar', 'lang'],
    ['expression text in a p-code', "/v1/aggregates?governorate=SY02%20OR%20begins_with(pk%2C'')&from=2024-11-01&to=2024-11-30", 'governorate'],
    ['expression text in a category', '/v1/incidents?from=2024-11-01&to=2024-11-30&category=killed%20OR%20%3Ac', 'category'],
  ])('%s: %s → 400 problem naming the parameter', async (_, path, param) => {
    const r = await get(path.split('?')[0], path);
    expect(r.status).toBe(400);
    expect(r.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(r.body.invalidParams.map((p: { name: string }) => p.name)).toContain(param);
    expect(r.body.title).toContain(param);
  });

  it('404 for an unknown route, 405 with Allow for a wrong method', async () => {
    const nf = await fetch(`${server.url}/v1/casualties`);
    expect(nf.status).toBe(404);
    expect(nf.headers.get('content-type')).toMatch(/problem\+json/);
    const post = await fetch(`${server.url}/v1/aggregates?from=2024-11-01&to=2024-11-30`, { method: 'POST', body: '{}' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET');
    validate('/v1/aggregates', 405, post.headers.get('content-type'), await post.text());
  });
});

describe('failures', () => {
  it('answers a generic 500, logs the context and counts it, never serialising the error', async () => {
    const tableName = 'api-no-such-table';
    const broken = await startApiServer({
      stores: createDynamoStores({ client: table.client, tableName }), cursorSecret: SECRET,
      telemetry: { requestFailed: (...args) => failures.push(args) },
    });
    try {
      const before = failures.length;
      const res = await fetch(`${broken.url}/v1/aggregates?governorate=SY02&from=2024-11-01&to=2024-11-30`);
      const body = await res.text();
      expect(res.status).toBe(500);
      validate('/v1/aggregates', 500, res.headers.get('content-type'), body);
      expect(body).not.toMatch(/ResourceNotFound|no-such-table|at \w+ \(/);
      expect(failures.length).toBe(before + 1);
      const [error, context] = failures[failures.length - 1];
      expect((error as Error).name).toBe('ResourceNotFoundException'); // the real DynamoDB Local error
      expect(context).toMatchObject({ method: 'GET', path: '/v1/aggregates', route: 'getAggregates' });
      expect(context.requestId).toBeTruthy();
    } finally {
      await broken.close();
    }
  });
});
