// At-least-once delivery, any order, any concurrency: the table must end identical to one
// clean run (fixtures.ts#snapshot: scan, sort, drop ingestedAt and the version token).
import { beforeAll, describe, expect, it } from 'vitest';
import type { S3Client } from '@aws-sdk/client-s3';
import type { ObjectRef } from '../../shared/ingest/s3-event.js';
import { testBucket } from './fixtures.js';
import { batch, events, pipeline, sqsRecord, upload, type Pipeline } from './harness.js';
import { dispatch, testExtractor } from './test-extractor.js';

let s3: S3Client;
let bucket: string;
const extract = testExtractor();

beforeAll(async () => {
  ({ s3, bucket } = await testBucket());
});

async function cleanRun(refs: ObjectRef[]): Promise<Pipeline> {
  const p = await pipeline({ s3, extract });
  for (const ref of refs) expect((await p.handle(events([ref]))).batchItemFailures).toEqual([]);
  return p;
}

describe('delivery', () => {
  it('the same event delivered three times leaves the table as one delivery does', async () => {
    const a = await upload(s3, bucket, 'three/a.txt', dispatch(['مقتل 4 مدنيين في حلب يوم 2024-03-01', 'إصابة 9 مدنيين في حلب يوم 2024-03-01']));
    const b = await upload(s3, bucket, 'three/b.txt', dispatch(['مقتل 6 مدنيين في إدلب يوم 2024-03-01'], 'ب'));
    const clean = await cleanRun([a, b]);
    const p = await pipeline({ s3, extract });
    expect((await p.handle(events([a, b]))).batchItemFailures).toEqual([]);
    expect((await p.handle(events([a]))).batchItemFailures).toEqual([]);
    // Redelivery within one batch too (SQS standard queues may do that).
    expect((await p.handle(batch([sqsRecord(a), sqsRecord(b), sqsRecord(a)]))).batchItemFailures).toEqual([]);
    const snap = await p.snapshot();
    expect(snap).toEqual(await clean.snapshot());
    const days = await p.stores.queryDays({ scopes: ['SY02'], from: '2024-03-01', to: '2024-03-01' });
    expect(days).toHaveLength(1);
    expect(days[0].figures.killed?.civilian?.best).toBe(4);
    expect(days[0].figures.injured?.civilian?.best).toBe(9);
    expect(days[0].articles).toBe(1);
  });

  it('the same text under two keys is one article with both keys recorded, in either order', async () => {
    const text = dispatch(['مقتل 7 مدنيين في حمص يوم 2024-03-05'], 'نسخة');
    const k1 = await upload(s3, bucket, 'twice/first.txt', text);
    // Another upload of the same dispatch: a BOM and CRLF line ends do not make it another article.
    const k2 = await upload(s3, bucket, 'twice/second.txt', `\ufeff${text.replace(/\n/g, '\r\n')}`);
    const clean = await cleanRun([k1, k2]);
    const p = await pipeline({ s3, extract });
    expect((await p.handle(events([k2]))).batchItemFailures).toEqual([]);
    expect((await p.handle(events([k1, k2]))).batchItemFailures).toEqual([]);
    expect(await p.snapshot()).toEqual(await clean.snapshot());
    const list = await p.stores.listArticles({ limit: 10 });
    expect(list.items).toHaveLength(1);
    expect(list.items[0].keys).toEqual([`${bucket}/twice/first.txt`, `${bucket}/twice/second.txt`]);
    const days = await p.stores.queryDays({ scopes: ['SY04'], from: '2024-03-05', to: '2024-03-05' });
    expect(days[0].figures.killed?.civilian?.best).toBe(7);
  });

  it('out-of-order arrival gives the same incidents and aggregates', async () => {
    const refs = [
      await upload(s3, bucket, 'order/1.txt', dispatch(['مقتل 10 مدنيين في حماة يوم 2024-04-01'], 'أ')),
      await upload(s3, bucket, 'order/2.txt', dispatch(['مقتل 12 مدنيين في حماة يوم 2024-04-01', 'مقتل 3 مدنيين في حماة يوم 2024-04-02'], 'ب')),
      await upload(s3, bucket, 'order/3.txt', dispatch(['مقتل 40 مدنيين في حماة يوم 2024-04-01', 'إصابة 20 مدنيين في درعا يوم 2024-04-02'], 'ج')),
      await upload(s3, bucket, 'order/4.txt', dispatch(['مقتل 3 مدنيين في حماة يوم 2024-04-02'], 'د')),
    ];
    const clean = await cleanRun(refs);
    const expected = await clean.snapshot();
    for (const order of [[3, 2, 1, 0], [2, 0, 3, 1]]) {
      const p = await pipeline({ s3, extract });
      for (const i of order) expect((await p.handle(events([refs[i]]))).batchItemFailures).toEqual([]);
      expect(await p.snapshot()).toEqual(expected);
    }
    const inc = await clean.stores.queryIncidents({ governorates: ['SY05'], from: '2024-04-01', to: '2024-04-02', limit: 50 });
    expect(inc.items.length).toBeGreaterThan(0);
  });

  it('50 articles on one governorate-day ingested concurrently end as a sequential run', async () => {
    const refs = await Promise.all(Array.from({ length: 50 }, (_, i) =>
      upload(s3, bucket, `crowd/${String(i).padStart(2, '0')}.txt`,
        dispatch([`مقتل ${i + 1} مدنيين في إدلب يوم 2024-05-01`, `إصابة ${2 * i + 1} مدنيين في إدلب يوم 2024-05-01`], `رقم ${i}`))));
    const clean = await cleanRun(refs);
    const p = await pipeline({ s3, extract });
    const results = await Promise.all(refs.map((r) => p.handle(events([r]))));
    expect(results.flatMap((r) => r.batchItemFailures)).toEqual([]);
    expect(await p.snapshot()).toEqual(await clean.snapshot());
    const [day] = await p.stores.queryDays({ scopes: ['SY07'], from: '2024-05-01', to: '2024-05-01' });
    expect(day.articles).toBe(50);
    const sd = await p.stores.readScopeDay('SY07', '2024-05-01');
    expect(sd.mentions).toHaveLength(100);
  }, 120_000);

  it('concurrent invocations each report only their own failed records', async () => {
    const ok = await Promise.all([0, 1, 2].map((i) => upload(s3, bucket, `iso/ok-${i}.txt`, dispatch([`مقتل ${i + 1} مدنيين في حلب يوم 2024-06-0${i + 1}`], `سليم ${i}`))));
    const boom = await upload(s3, bucket, 'iso/boom.txt', dispatch(['مقتل 9 مدنيين في حلب يوم 2024-06-09'], 'عطل'));
    const p = await pipeline({
      s3, extract,
      // A transient failure (think S3 throttling) for one object only.
      objects: (base) => ({ get: async (b, k) => { if (k === 'iso/boom.txt') throw new Error('SlowDown'); return base.get(b, k); } }),
    });
    const [withBoom, without] = await Promise.all([p.handle(events([ok[0], boom, ok[1]])), p.handle(events([ok[2]]))]);
    expect(withBoom.batchItemFailures).toEqual([{ itemIdentifier: sqsRecord(boom).messageId }]);
    expect(without.batchItemFailures).toEqual([]);
  });
});
