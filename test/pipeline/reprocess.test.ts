// An extractor version change: reprocess re-extracts every article stored by the old one,
// deletes its old mentions, recomputes old and new scope-days — and the table ends as a
// clean run with the new extractor alone.
import { beforeAll, describe, expect, it } from 'vitest';
import type { S3Client } from '@aws-sdk/client-s3';
import { reprocessStale } from '../../shared/ingest/reprocess.js';
import { testBucket } from './fixtures.js';
import { events, pipeline, upload } from './harness.js';
import { dispatch, testExtractor } from './test-extractor.js';

let s3: S3Client;
let bucket: string;
beforeAll(async () => {
  ({ s3, bucket } = await testBucket());
});

describe('reprocess', () => {
  it('after a version change leaves the table as a clean run with the new extractor', async () => {
    const refs = [
      await upload(s3, bucket, 'r/1.txt', dispatch(['مقتل 5 مدنيين في حلب يوم 2024-06-01', 'إصابة 8 مدنيين في حلب يوم 2024-06-02'], 'أ')),
      await upload(s3, bucket, 'r/2.txt', dispatch(['إصابة 11 مدنيين في إدلب يوم 2024-06-03'], 'ب')),
      await upload(s3, bucket, 'r/3.txt', dispatch(['مقتل 2 مدنيين في حلب يوم 2024-06-01'], 'ج')),
    ];
    // The same text under a second key: reprocess reads the canonical (smallest) one.
    const dup = await upload(s3, bucket, 'r/0-copy.txt', dispatch(['مقتل 2 مدنيين في حلب يوم 2024-06-01'], 'ج'));
    // v1 missed the injured; v2 reads them: old scope-days change, new ones appear.
    const v1 = testExtractor('1.9.0', { categories: ['killed'] });
    const v2 = testExtractor('1.10.0');

    const clean = await pipeline({ s3, extract: v2 });
    expect((await clean.handle(events([...refs, dup]))).batchItemFailures).toEqual([]);

    const p = await pipeline({ s3, extract: v1 });
    expect((await p.handle(events([...refs, dup]))).batchItemFailures).toEqual([]);
    expect(await p.stores.queryDays({ scopes: ['SY07'], from: '2024-06-01', to: '2024-06-30' })).toEqual([]);
    expect(await p.snapshot()).not.toEqual(await clean.snapshot());

    const report = await reprocessStale({ ...p.deps, extract: v2 }, '1.10.0');
    expect(report).toEqual({ examined: 3, reprocessed: 3, failed: [] });
    expect(await p.snapshot()).toEqual(await clean.snapshot());
    // Nothing is left to do the second time.
    expect(await reprocessStale({ ...p.deps, extract: v2 }, '1.10.0')).toEqual({ examined: 0, reprocessed: 0, failed: [] });
  });

  it('removes a scope-day whose only figures the new extractor no longer reads', async () => {
    const ref = await upload(s3, bucket, 'gone/1.txt', dispatch(['إصابة 3 مدنيين في درعا يوم 2024-07-01'], 'د'));
    const p = await pipeline({ s3, extract: testExtractor('1') });
    await p.handle(events([ref]));
    expect(await p.stores.queryDays({ scopes: ['SY12'], from: '2024-07-01', to: '2024-07-01' })).toHaveLength(1);
    const killedOnly = testExtractor('2', { categories: ['killed'] });
    await reprocessStale({ ...p.deps, extract: killedOnly }, '2');
    const clean = await pipeline({ s3, extract: killedOnly });
    await clean.handle(events([ref]));
    expect(await p.snapshot()).toEqual(await clean.snapshot());
    expect((await p.snapshot()).filter((i) => i.type !== 'article')).toEqual([]);
  });
});
