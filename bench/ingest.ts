// Ingest throughput and DynamoDB cost per article, end to end through the real handler:
// local servers, N generated dispatches uploaded to S3, SQS-sized batches (10) handled by
// `createIngestHandler` with the real extraction engine, several batches in flight the way
// concurrent Lambda invocations would be. Every DynamoDB request is counted by a middleware
// on the one client that the store and Powertools Idempotency share.
import '../local/quiet.js';
import { CreateBucketCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { createDynamoBaseClient, toDocumentClient } from '../shared/clients/dynamodb.js';
import { createS3Client } from '../shared/clients/s3.js';
import { extract } from '../shared/extraction/index.js';
import { createIngestHandler } from '../functions/ingest.js';
import { s3ObjectSource } from '../shared/ingest/object-source.js';
import { recomputeWith } from '../shared/ingest/recompute.js';
import { ScopeDayCache } from '../shared/ingest/scope-day-cache.js';
import { createDynamoStores, ensureIdempotencyTable, ensureTable } from '../shared/store/dynamodb/index.js';
import { startLocalServers } from '../local/servers.js';
import { lambdaContextFor } from '../local/lambda-context.js';
import { sqsEventFor } from '../local/sqs-events.js';
import { benchArticles } from './articles.js';
import { cpus, loadavg } from 'node:os';
import { readFileSync, readdirSync } from 'node:fs';

/** CPU seconds used so far by this process and by its DynamoDB Local child (Linux /proc). */
function cpuSeconds(): { node: number; java: number } {
  const u = process.cpuUsage();
  let java = 0;
  try {
    for (const task of readdirSync(`/proc/${process.pid}/task`)) {
      for (const pid of readFileSync(`/proc/${process.pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)) {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        if (!stat.includes('(java)')) continue;
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        java += (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks
      }
    }
  } catch {
    // not Linux: only the Node figure
  }
  return { node: (u.user + u.system) / 1e6, java };
}

const N = Number(process.env.BENCH_ARTICLES ?? 600);
const BATCH = 10;
const IN_FLIGHT = Number(process.env.BENCH_CONCURRENCY ?? 4);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 300);

const loadBefore = loadavg()[0];
const servers = await startLocalServers();
try {
  const base = createDynamoBaseClient(servers.dynamoEndpoint);
  const counts = new Map<string, number>();
  const millis = new Map<string, number>();
  base.middlewareStack.add((next, context) => async (args) => {
    const name = (context.commandName ?? '?').replace('Command', '');
    counts.set(name, (counts.get(name) ?? 0) + 1);
    const t = performance.now();
    try {
      return await next(args);
    } finally {
      millis.set(name, (millis.get(name) ?? 0) + performance.now() - t);
    }
  }, { step: 'initialize', name: 'countRequests' });
  const client = toDocumentClient(base);
  const s3 = createS3Client(servers.s3Endpoint);
  await s3.send(new CreateBucketCommand({ Bucket: 'uploads' }));

  /** One pass: upload `count` articles under `prefix`, then handle them in SQS-sized batches. */
  async function pass(table: string, count: number, seed: number) {
    await Promise.all([ensureTable(client, table), ensureIdempotencyTable(client, `${table}-idem`)]);
    const articles = benchArticles(count, seed).map((a) => ({ ...a, key: `${table}/${a.key}` }));
    const tUp = performance.now();
    const refs: { bucket: string; key: string; etag: string; size: number }[] = [];
    for (let i = 0; i < articles.length; i += 20) {
      refs.push(...(await Promise.all(articles.slice(i, i + 20).map(async (a) => {
        const bytes = Buffer.from(a.body, 'utf8');
        const res = await s3.send(new PutObjectCommand({ Bucket: 'uploads', Key: a.key, Body: bytes, Metadata: { 'published-at': a.publishedAt } }));
        return { bucket: 'uploads', key: a.key, etag: (res.ETag ?? '').replace(/"/g, ''), size: bytes.byteLength };
      }))));
    }
    const uploadS = (performance.now() - tUp) / 1000;
    const stores = createDynamoStores({ client, tableName: table });
    const handler = createIngestHandler({
      deps: { store: stores, objects: s3ObjectSource(s3), extract, recompute: recomputeWith(), cache: new ScopeDayCache() },
      idempotency: { client: base, tableName: `${table}-idem` },
    });
    const batches: ReturnType<typeof sqsEventFor>[] = [];
    for (let i = 0; i < refs.length; i += BATCH) batches.push(sqsEventFor(refs.slice(i, i + BATCH)));
    counts.clear();
    millis.clear();
    let failures = 0;
    let next = 0;
    const cpu0 = cpuSeconds();
    const t0 = performance.now();
    await Promise.all(Array.from({ length: IN_FLIGHT }, async () => {
      while (next < batches.length) {
        const res = await handler(batches[next++], lambdaContextFor('bench', 60_000));
        failures += res.batchItemFailures.length;
      }
    }));
    const seconds = (performance.now() - t0) / 1000;
    const cpu1 = cpuSeconds();
    const cpu = { node: cpu1.node - cpu0.node, java: cpu1.java - cpu0.java };
    const requests = [...counts.values()].reduce((a, b) => a + b, 0);
    let ingested = 0;
    let mentions = 0;
    let cursor: string | null = null;
    do {
      const page = await stores.listArticles({ status: 'ingested', limit: 500, cursor });
      ingested += page.items.length;
      mentions += page.items.reduce((s, a) => s + a.mentionCount, 0);
      cursor = page.cursor;
    } while (cursor);
    return { seconds, uploadS, requests, failures, ingested, mentions, cpu, byCommand: new Map(counts), latency: new Map(millis) };
  }

  // The JVM under DynamoDB Local compiles its hot paths during the first few hundred
  // requests; a Lambda talks to a DynamoDB that is always warm. Warm up on another table.
  if (WARMUP > 0) {
    const w = await pass('warmup', WARMUP, 99);
    console.log(`warm-up: ${WARMUP} articles at ${(WARMUP / w.seconds).toFixed(1)} articles/s (not counted)`);
  }
  const r = await pass('bench', N, 7);
  const { seconds, uploadS, requests, failures, ingested, mentions } = r;
  const counts2 = r.byCommand;
  const millis2 = r.latency;
  console.log(`articles ${N} (batches of ${BATCH}, ${IN_FLIGHT} in flight), ingested ${ingested}, mentions ${mentions}, failed records ${failures}`);
  console.log(`upload to S3 ${uploadS.toFixed(1)} s (not in the rate below); ${cpus().length} cores, load average ${loadBefore.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after (other processes share the cores)`);
  console.log(`articles/s ${(N / seconds).toFixed(1)}`);
  // What the run cost in CPU, whatever else the machine was doing: Node (handler, SDK, s3rver)
  // and the DynamoDB Local JVM. Cores divided by it estimates the rate on an idle machine
  // (roughly: CPU time measured on busy cores includes contention).
  const cpuMs = ((r.cpu.node + r.cpu.java) * 1000) / N;
  console.log(`cpu ms/article ${cpuMs.toFixed(1)} (node ${((r.cpu.node * 1000) / N).toFixed(1)}, DynamoDB Local ${((r.cpu.java * 1000) / N).toFixed(1)}); ${cpus().length} cores / that ≈ ${((cpus().length * 1000) / cpuMs).toFixed(0)} articles/s if nothing else ran`);
  console.log(`requests/article ${(requests / N).toFixed(2)}`);
  console.log(`requests by command (mean latency): ${[...counts2.entries()].sort().map(([k, v]) => `${k} ${v} (${((millis2.get(k) ?? 0) / v).toFixed(1)} ms)`).join(', ')}`);
} finally {
  await servers.stop();
}
