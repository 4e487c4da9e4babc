// End to end on the real local servers: invented articles go through the pipeline's own write
// path into DynamoDB Local, the report is built through the DynamoDB adapter, written to s3rver
// and its presigned links are fetched back. SNS is AWS-only, so the notifier records messages.
import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { CreateBucketCommand, GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { createDynamoClient } from '../../shared/clients/dynamodb.js';
import { createS3Client } from '../../shared/clients/s3.js';
import { recomputeWith } from '../../shared/ingest/recompute.js';
import { storeArticle } from '../../shared/ingest/store-article.js';
import { createDynamoStores, ensureTable } from '../../shared/store/dynamodb/index.js';
import { createReportHandler } from '../../functions/report.js';
import { CHARTS } from '../../reports/charts.js';
import type { ReportData } from '../../reports/data.js';
import { fixtureContents } from '../../reports/fixture-stores.js';
import { publishReport, type Notifier } from '../../reports/publish.js';
import { s3ObjectWriter } from '../../reports/s3-objects.js';
import { runScheduledReports } from '../../reports/schedule.js';

const dynamoEndpoint = process.env.TEST_DYNAMODB_ENDPOINT!;
const s3Endpoint = process.env.TEST_S3_ENDPOINT!;

async function setup() {
  const client = createDynamoClient(dynamoEndpoint);
  const tableName = `reports-${randomUUID().slice(0, 8)}`;
  await ensureTable(client, tableName);
  const dynamo = createDynamoStores({ client, tableName });
  // Two weeks of invented articles in five governorates, through the pipeline's real write path.
  const fx = fixtureContents({ from: '2024-11-18', to: '2024-12-01', governorates: ['SY01', 'SY02', 'SY04', 'SY07', 'SY09'], seed: 11 });
  for (const a of fx.articles) {
    const { mentions, ...record } = a;
    const extraction = {
      extractorVersion: 'fixture', textLength: record.textLength, mentions, totals: {},
      context: { publishedAt: record.publishedAt, outlet: record.outlet, datelineGovernorates: [], mainGovernorates: [] },
    };
    await storeArticle({ store: dynamo, recompute: recomputeWith() }, record, extraction, mentions);
  }
  const s3 = createS3Client(s3Endpoint);
  const bucket = `reports-${randomUUID().slice(0, 8)}`;
  await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  const sent: { subject: string; message: string }[] = [];
  const notifier: Notifier = { notify: async (subject, message) => void sent.push({ subject, message }) };
  return { dynamo, stores: { aggregates: dynamo, incidents: dynamo, articles: dynamo }, s3, bucket, writer: s3ObjectWriter(s3, bucket), notifier, sent, fx };
}

async function body(s3: ReturnType<typeof createS3Client>, bucket: string, key: string): Promise<Buffer> {
  const out = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  return Buffer.from(await out.Body!.transformToByteArray());
}

describe('publishing a report to the reports bucket', async () => {
  const env = await setup();

  it('writes the PDF, every chart and data.json under the period prefix, and announces them with working links', async () => {
    const out = await publishReport(env.stores, env.writer, env.notifier, { period: 'week', to: '2024-12-01' });
    expect(out.failures).toEqual([]);
    expect(out.prefix).toBe('reports/week/2024-W48/');

    const listed = await env.s3.send(new ListObjectsV2Command({ Bucket: env.bucket, Prefix: out.prefix }));
    expect((listed.Contents ?? []).map((o) => o.Key).sort()).toEqual(
      ['report.pdf', 'data.json', ...CHARTS.map((c) => c.file)].map((f) => out.prefix + f).sort(),
    );

    const pdf = await body(env.s3, env.bucket, `${out.prefix}report.pdf`);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const png = await body(env.s3, env.bucket, `${out.prefix}killed-by-governorate.png`);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');

    // data.json is what the pipeline stored: its killed total equals the stored day aggregates'.
    const data = JSON.parse((await body(env.s3, env.bucket, `${out.prefix}data.json`)).toString('utf8')) as ReportData;
    const days = await env.dynamo.queryDays({ scopes: [], from: '2024-11-25', to: '2024-12-01' });
    const stored = days.reduce((s, d) => s + Object.values(d.figures.killed ?? {}).reduce((t, f) => t + (f?.best ?? 0), 0), 0);
    expect(stored).toBeGreaterThan(0);
    expect(data.headline.killed.current.best).toBe(stored);
    expect(data.scopes.map((s) => s.scope)).toContain('SY02+SY07');
    expect(data.articles.length).toBeGreaterThan(0);
    expect(data.articles.every((a) => !a.missing)).toBe(true);
    expect(data.incidents.top.some((i) => i.sources.some((s) => /[\u0600-\u06FF]/.test(s.quote)))).toBe(true);

    // The notification carries the headline and a presigned link per file that s3rver honours.
    expect(env.sent).toHaveLength(1);
    expect(env.sent[0].subject).toBe('Syria casualty report 2024-W48');
    expect(env.sent[0].message).toContain(`Killed: ${stored}`);
    const link = out.files.find((f) => f.key.endsWith('report.pdf'))!.link;
    expect(env.sent[0].message).toContain(link);
    expect(link).toMatch(/X-Amz-Signature=/);
    const fetched = await fetch(link);
    expect(fetched.status).toBe(200);
    expect(Buffer.from(await fetched.arrayBuffer()).equals(pdf)).toBe(true);
  });

  it('a chosen pair of governorates goes to its own folder and totals only what lies inside it', async () => {
    const out = await publishReport(env.stores, env.writer, null, { period: 'week', to: '2024-12-01', governorates: ['SY07', 'SY02'] });
    expect(out.prefix).toBe('reports/week/2024-W48/SY02-SY07/');
    expect(out.notified).toBe(false);
    const inside = out.data.scopes.reduce((s, r) => s + r.totals.killed.best, 0);
    expect(out.data.headline.killed.current.best).toBe(inside);
    expect(out.data.scopes.map((s) => s.scope)).toEqual(['SY02', 'SY07', 'SY02+SY07']);
  });

  it('the scheduled handler reads "weekly" from its schedule input and reports the last complete week', async () => {
    const handler = createReportHandler({ stores: env.stores, writer: env.writer, notifier: env.notifier });
    const out = await handler({ period: 'weekly', time: '2024-12-02T00:05:00Z' });
    expect(out.prefix).toBe('reports/week/2024-W48/');
    expect(out.files).toHaveLength(2 + CHARTS.length);
  });

  it('the handler rejects a bad schedule input with a clear error and writes nothing', async () => {
    const handler = createReportHandler({ stores: env.stores, writer: env.writer, notifier: env.notifier });
    await expect(handler({ period: 'yearly' })).rejects.toThrow(/report event rejected: period/);
    const listed = await env.s3.send(new ListObjectsV2Command({ Bucket: env.bucket, Prefix: 'reports/yearly' }));
    expect(listed.Contents ?? []).toEqual([]);
  });

  it('an empty month is still published, and says so', async () => {
    const [out] = await runScheduledReports({ ...env, periods: ['month'], to: '2024-02-10' });
    expect(out.prefix).toBe('reports/month/2024-02/');
    expect(out.data.empty).toBe(true);
    expect(out.files).toHaveLength(2 + CHARTS.length);
    expect(env.sent.at(-1)!.message).toContain('No casualty figures were recorded for this period.');
  });

  it('"latest" reports on the newest day with figures', async () => {
    // a newer article whose only figure covers all of Syria adds nothing to any day
    const { mentions, ...record } = env.fx.articles[0];
    const national = { ...record, id: `${record.id.slice(0, 24)}national`, publishedAt: '2024-12-05T09:00:00Z' };
    const nm = mentions.slice(0, 1).map((m) => ({ ...m, articleId: national.id, governorates: [], places: [], day: '2024-12-05', publishedAt: national.publishedAt }));
    await storeArticle({ store: env.dynamo, recompute: recomputeWith() }, national, {
      extractorVersion: 'fixture', textLength: national.textLength, mentions: nm, totals: {},
      context: { publishedAt: national.publishedAt, outlet: national.outlet, datelineGovernorates: [], mainGovernorates: [] },
    }, nm);
    const results = await runScheduledReports({ ...env, notifier: null, periods: ['day', 'week'], to: 'latest' });
    expect(results.map((r) => r.prefix)).toEqual(['reports/day/2024-12-01/', 'reports/week/2024-W48/']);
    expect(results[0].data.empty).toBe(false);
  });
});
