// Inputs of docs/cost.md, measured through the real ingest handler on the local servers:
// per article, the handler's CPU time (what Lambda bills for when DynamoDB answers fast),
// its wall time one batch at a time (DynamoDB Local and S3 on this machine are slower
// than AWS), the DynamoDB requests by command and the capacity units DynamoDB reports for
// them (ReturnConsumedCapacity=TOTAL on every request), and peak RSS (memory sizing).
// Run: npx tsx bench/cost.ts   (BENCH_ARTICLES=300 by default; BENCH_JOIN=k makes each
// article k generated dispatches long, closer to a full news article than one dispatch)
import '../local/quiet.js';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
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
import { loadavg } from 'node:os';

const N = Number(process.env.BENCH_ARTICLES ?? 300);
const BATCH = 10;
const JOIN = Number(process.env.BENCH_JOIN ?? 1);

interface Capacity { CapacityUnits?: number; ReadCapacityUnits?: number; WriteCapacityUnits?: number }

const servers = await startLocalServers();
try {
  const base = createDynamoBaseClient(servers.dynamoEndpoint);
  const requests = new Map<string, number>();
  const units = new Map<string, { read: number; write: number }>();
  base.middlewareStack.add(
    (next, context) => async (args) => {
      const name = (context.commandName ?? '?').replace('Command', '');
      (args.input as Record<string, unknown>).ReturnConsumedCapacity ??= 'TOTAL';
      const out = await next(args);
      requests.set(name, (requests.get(name) ?? 0) + 1);
      const cc = (out.output as { ConsumedCapacity?: Capacity | Capacity[] }).ConsumedCapacity;
      const u = units.get(name) ?? { read: 0, write: 0 };
      for (const c of Array.isArray(cc) ? cc : cc ? [cc] : []) {
        // DynamoDB Local fills CapacityUnits; split by command kind.
        const read = c.ReadCapacityUnits ?? (/Get|Query|Scan/.test(name) ? c.CapacityUnits ?? 0 : 0);
        const write = c.WriteCapacityUnits ?? (/Get|Query|Scan/.test(name) ? 0 : c.CapacityUnits ?? 0);
        u.read += read;
        u.write += write;
      }
      units.set(name, u);
      return out;
    },
    { step: 'initialize', name: 'countCapacity' },
  );
  const client = toDocumentClient(base);
  const s3 = createS3Client(servers.s3Endpoint);
  await Promise.all([ensureTable(client, 'cost'), ensureIdempotencyTable(client, 'cost-idem')]);
  await s3.send(new CreateBucketCommand({ Bucket: 'uploads' }));

  const dispatches = benchArticles(N * JOIN);
  const articles = Array.from({ length: N }, (_, i) => {
    const parts = dispatches.slice(i * JOIN, (i + 1) * JOIN);
    return { ...parts[0], body: parts.map((p) => p.body).join('\n\n') };
  });
  const refs = [];
  for (const a of articles) {
    const bytes = Buffer.from(a.body, 'utf8');
    const res = await s3.send(new PutObjectCommand({ Bucket: 'uploads', Key: a.key, Body: bytes, Metadata: { 'published-at': a.publishedAt } }));
    refs.push({ bucket: 'uploads', key: a.key, etag: (res.ETag ?? '').replace(/"/g, ''), size: bytes.byteLength });
  }
  const meanBytes = articles.reduce((s, a) => s + Buffer.byteLength(a.body), 0) / N;

  const handler = createIngestHandler({
    deps: { store: createDynamoStores({ client, tableName: 'cost' }), objects: s3ObjectSource(s3), extract, recompute: recomputeWith(), cache: new ScopeDayCache() },
    idempotency: { client: base, tableName: 'cost-idem' },
  });
  requests.clear();
  units.clear();

  // One batch at a time, as one Lambda invocation after another: wall time per batch is
  // the billed duration on this machine; CPU time is the part DynamoDB latency cannot inflate.
  const walls: number[] = [];
  const cpu0 = process.cpuUsage();
  let failures = 0;
  for (let i = 0; i < refs.length; i += BATCH) {
    const t = performance.now();
    const res = await handler(sqsEventFor(refs.slice(i, i + BATCH)), lambdaContextFor('cost', 60_000));
    walls.push(performance.now() - t);
    failures += res.batchItemFailures.length;
  }
  const cpu = process.cpuUsage(cpu0);
  const table = await base.send(new DescribeTableCommand({ TableName: 'cost' }));
  const sorted = [...walls].sort((a, b) => a - b);
  const totalReq = [...requests.values()].reduce((a, b) => a + b, 0);
  const totalRead = [...units.values()].reduce((a, b) => a + b.read, 0);
  const totalWrite = [...units.values()].reduce((a, b) => a + b.write, 0);

  console.log(`articles ${N} (${JOIN} dispatch${JOIN > 1 ? 'es' : ''} each) in ${walls.length} batches of ${BATCH}, failed records ${failures}, mean upload ${meanBytes.toFixed(0)} bytes; load average ${loadavg()[0].toFixed(1)}`);
  console.log(`handler CPU per article ${((cpu.user + cpu.system) / 1000 / N).toFixed(1)} ms (user+system of this process, includes the in-process S3 server)`);
  console.log(`handler wall per batch: median ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} ms, p90 ${sorted[Math.floor(sorted.length * 0.9)].toFixed(0)} ms → per article ${(sorted[Math.floor(sorted.length / 2)] / BATCH).toFixed(1)} ms (local servers)`);
  console.log(`DynamoDB requests per article ${(totalReq / N).toFixed(2)}: ${[...requests.entries()].sort().map(([k, v]) => `${k} ${(v / N).toFixed(2)}`).join(', ')}`);
  console.log(`capacity units per article: write ${(totalWrite / N).toFixed(2)} WCU, read ${(totalRead / N).toFixed(2)} RCU`);
  console.log(`  by command: ${[...units.entries()].sort().map(([k, v]) => `${k} w${(v.write / N).toFixed(2)} r${(v.read / N).toFixed(2)}`).join(', ')}`);
  console.log(`table after the run: ${((table.Table?.TableSizeBytes ?? 0) / N).toFixed(0)} bytes and ${((table.Table?.ItemCount ?? 0) / N).toFixed(2)} items per article (DynamoDB Local's DescribeTable)`);
  console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (this process: handler + S3 server)`);
} finally {
  await servers.stop();
}
