// Bad uploads become rejected records with a clear reason; the rest of the batch goes on,
// and no message fails (there is nothing a retry could fix).
import { beforeAll, describe, expect, it } from 'vitest';
import type { S3Client } from '@aws-sdk/client-s3';
import { testBucket } from './fixtures.js';
import { batch, pipeline, rawRecord, sqsRecord, upload } from './harness.js';
import { dispatch, testExtractor } from './test-extractor.js';

let s3: S3Client;
let bucket: string;
beforeAll(async () => {
  ({ s3, bucket } = await testBucket());
});

describe('bad input', () => {
  it('is stored as rejected with its reason while the good articles of the batch are ingested', async () => {
    const good1 = await upload(s3, bucket, 'good/1.txt', dispatch(['مقتل 3 مدنيين في حماة يوم 2024-08-01'], 'أ'));
    const good2 = await upload(s3, bucket, 'good/2.json', JSON.stringify({ title: 'قصف على درعا', body: dispatch(['إصابة 6 مدنيين في درعا يوم 2024-08-02'], 'ب') }));
    const bad = {
      empty: await upload(s3, bucket, 'bad/empty.txt', ''),
      binary: await upload(s3, bucket, 'bad/image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])),
      encoding: await upload(s3, bucket, 'bad/broken-utf8.txt', new Uint8Array([0xef, 0xbb, 0xbf, 0xd9, 0x82, 0xd8, 0xaa, 0xd9, 0x84, 0xc3, 0x28, 0xff, 0xfe, 0xd9])),
      english: await upload(s3, bucket, 'bad/english.txt', 'Five civilians were killed and ten injured on Tuesday in shelling on a town in Idlib.'),
      envelope: await upload(s3, bucket, 'bad/envelope.json', '{"title": "قصف", "body": '),
    };
    const tooLarge = { ...(await upload(s3, bucket, 'bad/huge.txt', dispatch(['مقتل 1 مدنيين في حلب يوم 2024-08-03']))), size: 6 * 1024 * 1024 };
    const missing = { bucket, key: 'bad/never-uploaded.txt', etag: 'abc', size: 100 };
    const records = [
      sqsRecord(good1), ...Object.values(bad).map(sqsRecord), sqsRecord(tooLarge), sqsRecord(missing),
      rawRecord('this is not json', 'broken-1'),
      rawRecord(JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent', Bucket: bucket }), 'test-event-1'),
      sqsRecord(good2),
    ];
    const p = await pipeline({ s3, extract: testExtractor() });
    expect((await p.handle(batch(records))).batchItemFailures).toEqual([]);

    const rejected = await p.stores.listArticles({ status: 'rejected', limit: 50 });
    const reasons = Object.fromEntries(rejected.items.map((a) => [a.keys[0], a.reason]));
    expect(Object.keys(reasons).sort()).toEqual([
      ...[...Object.values(bad), tooLarge, missing].map((r) => `${bucket}/${r.key}`), 'sqs-message/broken-1',
    ].sort());
    expect(reasons[`${bucket}/bad/empty.txt`]).toMatch(/empty/);
    expect(reasons[`${bucket}/bad/image.txt`]).toMatch(/PNG|image/i);
    expect(reasons[`${bucket}/bad/broken-utf8.txt`]).toMatch(/UTF-8/);
    expect(reasons[`${bucket}/bad/english.txt`]).toMatch(/Arabic/);
    expect(reasons[`${bucket}/bad/envelope.json`]).toMatch(/JSON/);
    expect(reasons[`${bucket}/bad/huge.txt`]).toMatch(/limit/);
    expect(reasons[`${bucket}/bad/never-uploaded.txt`]).toMatch(/not found/);
    expect(reasons['sqs-message/broken-1']).toMatch(/not JSON/);

    const ingested = await p.stores.listArticles({ status: 'ingested', limit: 50 });
    expect(ingested.items.map((a) => a.keys[0]).sort()).toEqual([`${bucket}/good/1.txt`, `${bucket}/good/2.json`]);
    expect((await p.stores.queryDays({ scopes: ['SY12'], from: '2024-08-02', to: '2024-08-02' }))[0].figures.injured?.civilian?.best).toBe(6);

    // The whole batch again: the table does not move.
    const before = await p.snapshot();
    expect((await p.handle(batch(records))).batchItemFailures).toEqual([]);
    expect(await p.snapshot()).toEqual(before);
  });

  it('refuses an article too large for one atomic write, with the reason, and ingests the rest', async () => {
    const lines = Array.from({ length: 120 }, (_, i) => `مقتل ${i + 1} مدنيين في حلب يوم 2024-10-${String(1 + (i % 28)).padStart(2, '0')}`);
    const huge = await upload(s3, bucket, 'large/many-figures.txt', dispatch(lines, 'كبير'));
    const small = await upload(s3, bucket, 'large/one-figure.txt', dispatch(['مقتل 2 مدنيين في حمص يوم 2024-10-01'], 'صغير'));
    const p = await pipeline({ s3, extract: testExtractor() });
    expect((await p.handle(batch([sqsRecord(huge), sqsRecord(small)]))).batchItemFailures).toEqual([]);
    const [rejected] = (await p.stores.listArticles({ status: 'rejected', limit: 5 })).items;
    expect(rejected.keys).toEqual([`${bucket}/large/many-figures.txt`]);
    expect(rejected.reason).toMatch(/120 figures.*100-item limit/);
    expect((await p.stores.listArticles({ status: 'ingested', limit: 5 })).items.map((a) => a.keys[0])).toEqual([`${bucket}/large/one-figure.txt`]);
  });
});
