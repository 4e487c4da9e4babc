// API latency and DynamoDB cost of the heaviest common query: a year of one governorate by day.
//   npm run bench:api  [-- --seconds 10]
// Starts DynamoDB Local + the S3 server, stores 10,000 incidents (5,000 articles × 2 figures on
// distinct governorate-days, through the pipeline's real write path, so every incident comes with
// its day aggregate), starts the local API server and runs autocannon against
//   /v1/aggregates?governorate=SY02&from=2024-01-01&to=2024-12-31&interval=day
// The API server runs in a child process (as it would on its own host), so the load generator
// does not share its event loop. p95 is computed from every response time autocannon reports
// through its 'response' event (autocannon's own summary stops at p90 / p97.5). DynamoDB
// requests are counted (and timed) by a middleware on the API's own client in the child, and
// divided by the number of API requests.
//   --data DIR   keep DynamoDB's data in DIR and reuse the seeded table on the next run
import autocannon from 'autocannon';
import { fork, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { createDynamoClient } from '../shared/clients/dynamodb.js';
import { storedMention } from '../shared/incidents/test-factory.js';
import { recomputeWith } from '../shared/ingest/recompute.js';
import { storeArticle } from '../shared/ingest/store-article.js';
import { createDynamoStores, ensureTable } from '../shared/store/dynamodb/index.js';
import type { ArticleRecord } from '../shared/store/ports.js';
import { startApiServer } from '../local/api-server.js';
import { startLocalServers } from '../local/servers.js';
import { tableExists } from '../shared/store/dynamodb/schema.js';
import { GOVERNORATES } from '../shared/api/governorates.js';

const ARTICLES = 5000;
const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const SECONDS = Number(arg('--seconds')) || 10;
const DATA_DIR = arg('--data');
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

// ---- child: the API server, with a counting and timing middleware on its DynamoDB client ----

/** DynamoDB requests sent, their durations, failures, and the child's CPU time so far (µs). */
type Stats = { requests: number; ms: number[]; failures: string[]; cpuMicros: number };
type FromChild = { url: string } | { stats: Stats };

async function serve(endpoint: string): Promise<void> {
  const stats: Stats = { requests: 0, ms: [], failures: [], cpuMicros: 0 };
  const client = createDynamoClient(endpoint);
  client.middlewareStack.add((next) => async (args) => {
    stats.requests++;
    const t = performance.now();
    try {
      return await next(args);
    } finally {
      stats.ms.push(performance.now() - t);
    }
  }, { step: 'finalizeRequest', name: 'countDynamoRequests' });
  const api = await startApiServer({
    stores: createDynamoStores({ client, tableName: TABLE }),
    telemetry: { requestFailed: (e) => stats.failures.push(String(e)) },
  });
  process.on('message', async (m: string) => {
    if (m === 'stats') {
      const cpu = process.cpuUsage();
      stats.cpuMicros = cpu.user + cpu.system;
      process.send!({ stats } satisfies FromChild);
      stats.ms = [];
    } else if (m === 'stop') {
      await api.close();
      process.exit(0);
    }
  });
  process.send!({ url: api.url } satisfies FromChild);
}

// ---- parent: servers, seed, load ----

function ask(child: ChildProcess, what: 'stats'): Promise<Stats> {
  return new Promise((resolve) => {
    child.once('message', (m: FromChild) => resolve((m as { stats: Stats }).stats));
    child.send(what);
  });
}

async function run(url: string, connections: number, child: ChildProcess) {
  const times: number[] = [];
  const before = await ask(child, 'stats'); // also resets the child's timings
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const inst = autocannon({ url: `${url}${PATH}`, connections, duration: SECONDS }, (err, res) => (err ? reject(err) : resolve(res)));
    inst.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
  });
  await new Promise((r) => setTimeout(r, 500)); // let requests cut off at the end finish in the child
  const after = await ask(child, 'stats');
  times.sort((a, b) => a - b);
  const dynamoMs = [...after.ms].sort((a, b) => a - b);
  return {
    requests: result.requests.total,
    non2xx: result.non2xx,
    rps: result.requests.total / SECONDS,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    // Requests autocannon cut off at the end still reached DynamoDB; they are few against thousands.
    dynamoPerRequest: (after.requests - before.requests) / times.length,
    dynamoP50: percentile(dynamoMs, 50),
    dynamoP95: percentile(dynamoMs, 95),
    load: os.loadavg()[0],
    failures: after.failures.length,
    // CPU the API process spent per answered request: its own cost, whatever else loads the machine.
    cpuMsPerRequest: (after.cpuMicros - before.cpuMicros) / 1000 / times.length,
  };
}

async function main() {
  const servers = await startLocalServers(DATA_DIR ? { dataDir: DATA_DIR } : {});
  let child: ChildProcess | null = null;
  try {
    const seedClient = createDynamoClient(servers.dynamoEndpoint);
    if (DATA_DIR && (await tableExists(seedClient, TABLE))) {
      console.log(`reusing the seeded table in ${DATA_DIR}`);
    } else {
      await ensureTable(seedClient, TABLE);
      const t0 = performance.now();
      const incidents = await seed(createDynamoStores({ client: seedClient, tableName: TABLE }));
      console.log(`seeded ${incidents} incidents (${ARTICLES} articles, 14 governorates × 2024) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
    console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} (2 cores; other work on the machine inflates latencies)`);

    child = fork(fileURLToPath(import.meta.url), ['--serve', servers.dynamoEndpoint], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const url = await new Promise<string>((resolve) => child!.once('message', (m: FromChild) => resolve((m as { url: string }).url)));

    const before = await ask(child, 'stats');
    const probe = await fetch(`${url}${PATH}`);
    const body = (await probe.json()) as { rows: unknown[] };
    const after = await ask(child, 'stats');
    console.log(`probe: HTTP ${probe.status}, ${body.rows.length} rows, ${after.requests - before.requests} DynamoDB request(s) for one API request`);

    await run(url, 4, child); // warm-up (JIT, connection pools), not reported
    for (const connections of [1, 10]) {
      const r = await run(url, connections, child);
      console.log(`--- ${connections} connection(s), ${SECONDS} s, ${r.requests} requests, non-2xx ${r.non2xx}, API errors ${r.failures}`);
      console.log(`requests/s ${r.rps.toFixed(0)}`);
      console.log(`p95 ${r.p95.toFixed(1)} ms   (p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms)`);
      console.log(`dynamodb requests ${r.dynamoPerRequest.toFixed(2)} per API request`);
      console.log(`  DynamoDB Local's own time per request: p50 ${r.dynamoP50.toFixed(1)} ms, p95 ${r.dynamoP95.toFixed(1)} ms; load average ${r.load.toFixed(1)}`);
      console.log(`  API process CPU per request ${r.cpuMsPerRequest.toFixed(1)} ms (SDK, roll-up, validation, JSON, HTTP)`);
    }
  } finally {
    if (child) {
      const exited = new Promise((r) => child!.once('exit', r));
      child.send('stop');
      await exited;
    }
    await servers.stop();
  }
}

const fail = (e: unknown) => {
  console.error(e);
  process.exit(1);
};
if (process.argv.includes('--serve')) serve(process.argv[process.argv.indexOf('--serve') + 1]).catch(fail);
else main().catch(fail);
