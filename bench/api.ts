// API latency and DynamoDB cost of the heaviest common query: a year of one governorate by day.
//   npm run bench:api  [-- --seconds 10]
// Starts DynamoDB Local + the S3 server, stores 10,000 incidents (5,000 articles × 2 figures on
// distinct governorate-days, through the pipeline's real write path, so every incident comes with
// its day aggregate), starts the local API server and runs autocannon against
//   /v1/aggregates?governorate=SY02&from=2024-01-01&to=2024-12-31&interval=day
// p95 is computed from every response time autocannon reports through its 'response' event
// (autocannon's own summary stops at p90 / p97.5). DynamoDB requests are counted by a middleware
// on the API's own client and divided by the number of API requests.
import autocannon from 'autocannon';
import os from 'node:os';
import { createDynamoClient } from '../shared/clients/dynamodb.js';
import { storedMention } from '../shared/incidents/test-factory.js';
import { recomputeWith } from '../shared/ingest/recompute.js';
import { storeArticle } from '../shared/ingest/store-article.js';
import { createDynamoStores, ensureTable } from '../shared/store/dynamodb/index.js';
import type { ArticleRecord } from '../shared/store/ports.js';
import { startApiServer } from '../local/api-server.js';
import { startLocalServers } from '../local/servers.js';
import { GOVERNORATES } from '../shared/api/governorates.js';

const ARTICLES = 5000;
const SECONDS = Number(process.argv[process.argv.indexOf('--seconds') + 1]) || 10;
const PATH = '/v1/aggregates?governorate=SY02&from=2024-01-01&to=2024-12-31&interval=day';
const TABLE = 'bench-api';

function dayOfYear(i: number): string {
  return new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10);
}

async function seed(stores: ReturnType<typeof createDynamoStores>): Promise<number> {
  const recompute = recomputeWith();
  let next = 0;
  let incidents = 0;
  // Governorate-major round robin: article i lands on governorate i % 14, day ⌊i / 14⌋ of 2024.
  const worker = async () => {
    while (next < ARTICLES) {
      const i = next++;
      const gov = GOVERNORATES[i % GOVERNORATES.length].pcode;
      const day = dayOfYear(Math.floor(i / GOVERNORATES.length));
      const id = `bench${String(i).padStart(27, '0')}`;
      const mentions = [
        storedMention({ article: id, id: 'm1', governorates: [gov], day, value: 1 + (i % 37), outlet: `Outlet ${i % 9}` }),
        storedMention({ article: id, id: 'm2', governorates: [gov], day, value: 2 + (i % 53), category: 'injured', outlet: `Outlet ${i % 9}` }),
      ];
      const record: ArticleRecord = {
        id, status: 'ingested', reason: null, keys: [`bench/${id}.txt`], title: null, outlet: `Outlet ${i % 9}`, url: null,
        publishedAt: `${day}T08:00:00Z`, publishedAtSource: 'metadata', extractorVersion: 'bench', ingestedAt: new Date().toISOString(),
        textLength: 400, mentionCount: 2,
      };
      const extraction = {
        extractorVersion: 'bench', textLength: 400, mentions, totals: {},
        context: { publishedAt: record.publishedAt, outlet: record.outlet, datelineGovernorates: [], mainGovernorates: [] },
      };
      await storeArticle({ store: stores, recompute }, record, extraction, mentions);
      incidents += 2;
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return incidents;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function run(url: string, connections: number, counter: { n: number; ms: number[] }) {
  const times: number[] = [];
  const before = counter.n;
  counter.ms = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const inst = autocannon({ url: `${url}${PATH}`, connections, duration: SECONDS }, (err, res) => (err ? reject(err) : resolve(res)));
    inst.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
  });
  times.sort((a, b) => a - b);
  const dynamoMs = [...counter.ms].sort((a, b) => a - b);
  const requests = result.requests.total;
  return {
    connections,
    requests,
    non2xx: result.non2xx,
    rps: requests / SECONDS,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    dynamoPerRequest: (counter.n - before) / times.length,
    dynamoP50: percentile(dynamoMs, 50),
    dynamoP95: percentile(dynamoMs, 95),
    load: os.loadavg()[0],
  };
}

async function main() {
  const servers = await startLocalServers();
  try {
    const seedClient = createDynamoClient(servers.dynamoEndpoint);
    await ensureTable(seedClient, TABLE);
    const t0 = performance.now();
    const incidents = await seed(createDynamoStores({ client: seedClient, tableName: TABLE }));
    console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} (2 cores; other work on the machine inflates latencies)`);
    console.log(`seeded ${incidents} incidents (${ARTICLES} articles, 14 governorates × 2024) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    // The API's own client, with a middleware that counts every request it sends to DynamoDB.
    // It also times each one, to show how much of the API's latency is DynamoDB Local's.
    const counter = { n: 0, ms: [] as number[] };
    const apiClient = createDynamoClient(servers.dynamoEndpoint);
    apiClient.middlewareStack.add((next) => async (args) => {
      counter.n++;
      const t = performance.now();
      try {
        return await next(args);
      } finally {
        counter.ms.push(performance.now() - t);
      }
    }, { step: 'finalizeRequest', name: 'countDynamoRequests' });
    const failures: unknown[] = [];
    const api = await startApiServer({
      stores: createDynamoStores({ client: apiClient, tableName: TABLE }),
      telemetry: { requestFailed: (e) => failures.push(e) },
    });
    try {
      const probe = await fetch(`${api.url}${PATH}`);
      const body = (await probe.json()) as { rows: unknown[] };
      const one = counter.n;
      console.log(`probe: HTTP ${probe.status}, ${body.rows.length} rows, ${one} DynamoDB request(s)`);
      await run(api.url, 4, counter); // warm-up (JIT, connection pools), not reported
      for (const connections of [1, 10]) {
        const r = await run(api.url, connections, counter);
        console.log(`--- ${connections} connection(s), ${SECONDS} s, ${r.requests} requests, non-2xx ${r.non2xx}`);
        console.log(`requests/s ${r.rps.toFixed(0)}`);
        console.log(`p95 ${r.p95.toFixed(1)} ms   (p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms)`);
        console.log(`dynamodb requests ${r.dynamoPerRequest.toFixed(2)} per API request`);
        console.log(`  of which DynamoDB Local itself: p50 ${r.dynamoP50.toFixed(1)} ms, p95 ${r.dynamoP95.toFixed(1)} ms; load average ${r.load.toFixed(1)}`);
      }
      console.log(`API errors ${failures.length}${failures.length ? `: ${String(failures[0])}` : ''}`);
    } finally {
      await api.close();
    }
  } finally {
    await servers.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
