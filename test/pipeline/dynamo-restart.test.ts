// DynamoDB goes down in the middle of a batch: the records it could not serve are reported
// as batch item failures (SQS retries only those), nothing half-written remains, and the
// retry after the restart ends the table identical to a clean run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { S3Client } from '@aws-sdk/client-s3';
import { startLocalServers, type LocalServers } from '../../local/servers.js';
import { testBucket } from './fixtures.js';
import { batch, events, pipeline, sqsRecord, upload } from './harness.js';
import { dispatch, testExtractor } from './test-extractor.js';

let servers: LocalServers;
let dataDir: string;
let s3: S3Client;
let bucket: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'ddb-restart-'));
  // A DynamoDB of this file's own, so killing it does not disturb the other test files.
  servers = await startLocalServers({ dataDir });
  ({ s3, bucket } = await testBucket());
}, 90_000);

afterAll(async () => {
  await servers?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('DynamoDB killed and restarted mid-batch', () => {
  it('fails the unserved records, and their retry completes the table as one clean run', async () => {
    const refs = await Promise.all(Array.from({ length: 8 }, (_, i) => upload(s3, bucket, `restart/${i}.txt`,
      dispatch([`مقتل ${i + 2} مدنيين في ${i % 2 ? 'حلب' : 'حمص'} يوم 2024-09-0${1 + (i % 3)}`], `رقم ${i}`))));
    const extract = testExtractor();

    let gets = 0;
    const p = await pipeline({
      s3, extract, dynamoEndpoint: servers.dynamoEndpoint,
      // The fourth object read takes DynamoDB down. The batch's records run in parallel
      // (Powertools' default), so the others are caught at whatever step they are in:
      // Idempotency's IN_PROGRESS save, the scope-day reads, the commit.
      objects: (base) => ({
        async get(b, k) {
          if (++gets === 4) await servers.killDynamo();
          return base.get(b, k);
        },
      }),
    });
    const first = await p.handle(events(refs));
    const failed = new Set(first.batchItemFailures.map((f) => f.itemIdentifier));
    expect(failed.size).toBeGreaterThan(0);
    const reportedDone = refs.filter((r) => !failed.has(sqsRecord(r).messageId));

    await servers.startDynamo();
    // What the batch reported done is durable; nothing of a failed record was half-written
    // (one transaction per article), so the failed articles are simply absent.
    const stored = (await p.stores.listArticles({ limit: 20 })).items.flatMap((a) => a.keys);
    expect(stored.sort()).toEqual(reportedDone.map((r) => `${bucket}/${r.key}`).sort());

    await servers.startDynamo();
    // SQS redelivers the failed messages after the visibility timeout. Idempotency's
    // IN_PROGRESS record of the fourth expired with the invocation's remaining time (2 s).
    await new Promise((r) => setTimeout(r, 2_100));
    const retry = await p.handle(batch(refs.filter((r) => failed.has(sqsRecord(r).messageId)).map(sqsRecord)));
    expect(retry.batchItemFailures).toEqual([]);

    const clean = await pipeline({ s3, extract });
    expect((await clean.handle(events(refs))).batchItemFailures).toEqual([]);
    expect(await p.snapshot()).toEqual(await clean.snapshot());
    expect((await p.stores.listArticles({ limit: 20 })).items).toHaveLength(8);
  }, 120_000);
});
