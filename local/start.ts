// npm start [-- --once]: the whole service on this machine. DynamoDB Local + s3rver (data in
// .local/data, kept between runs), the ingest handler fed by the bucket's own notifications,
// the samples ingested, the scheduled reports written, the HTTP API served.
// --once: ingest the samples, write the reports, print where everything is, exit.
// --data-dir / --reports-dir / --samples: other folders (defaults .local/data, .local, samples).
import './quiet.js';
import { existsSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { folderObjectWriter } from '../reports/folder-objects.js';
import type { ObjectWriter } from '../reports/publish.js';
import { s3ObjectWriter } from '../reports/s3-objects.js';
import { runScheduledReports } from '../reports/schedule.js';
import { startApiServer } from './api-server.js';
import { ENDPOINTS_FILE, startRuntime, writeEndpoints, type LocalRuntime } from './runtime.js';
import { preferredPort } from './servers.js';
import { collectFiles, keyFor, metadataFor, uploadFile } from './uploads.js';
import { waitForOutcomes } from './outcomes.js';

const { values } = parseArgs({
  options: {
    once: { type: 'boolean', default: false },
    samples: { type: 'string', default: 'samples' },
    'data-dir': { type: 'string', default: '.local/data' },
    'reports-dir': { type: 'string', default: '.local' },
  },
});
const DATA_DIR = values['data-dir']!;
const REPORTS_DIR = values['reports-dir']!;
const REPORT_EVERY_MS = 60 * 60 * 1000;

/** Reports go to the reports bucket (as in AWS) and, for opening them, to .local/reports/. */
function reportWriter(rt: LocalRuntime): ObjectWriter {
  const bucket = s3ObjectWriter(rt.s3, rt.reportsBucket);
  const folder = folderObjectWriter(REPORTS_DIR);
  return {
    async put(key, body, type) {
      await Promise.all([bucket.put(key, body, type), folder.put(key, body, type)]);
    },
    link: (key) => folder.link(key),
  };
}

async function ingestSamples(rt: LocalRuntime): Promise<string> {
  if (!existsSync(values.samples!)) return `no ${values.samples}/ folder: nothing to ingest`;
  const files = collectFiles([values.samples!]).map((path) => ({ path, key: keyFor(path), metadata: metadataFor(path) }));
  // Uploads raise s3rver events → the local queue → the ingest handler, as S3 → SQS → Lambda.
  for (const f of files) await uploadFile(rt.s3, rt.ingestBucket, f);
  await rt.queue.drained();
  const outcomes = await waitForOutcomes(rt.stores, rt.ingestBucket, files, { timeoutMs: 30_000 });
  const ok = outcomes.filter((o) => o.status === 'ingested');
  const mentions = ok.reduce((s, o) => s + (o.status === 'ingested' ? o.mentions : 0), 0);
  const rejected = outcomes.filter((o) => o.status === 'rejected');
  const lines = [`samples: ${files.length} files → ${ok.length} articles (${mentions} figures), ${rejected.length} rejected, ${outcomes.length - ok.length - rejected.length} pending`];
  for (const o of rejected) if (o.status === 'rejected') lines.push(`  rejected ${o.file.key}: ${o.reason}`);
  return lines.join('\n');
}

async function writeReports(rt: LocalRuntime): Promise<string> {
  const stores = { aggregates: rt.stores, incidents: rt.stores, articles: rt.stores };
  // Samples are dated in the past: report the periods of the newest publication day.
  const results = await runScheduledReports({ stores, writer: reportWriter(rt), notifier: null, to: 'latest' });
  return results
    .map((r) => `  ${r.prefix}  ${r.files.length} files${r.failures.length ? `, ${r.failures.length} failed: ${r.failures.map((f) => f.error).join('; ')}` : ''}`)
    .join('\n');
}

async function main(): Promise<void> {
  const t0 = Date.now();
  console.log(`starting DynamoDB Local and the S3 server (data in ${DATA_DIR}) …`);
  const rt = await startRuntime({ dataDir: DATA_DIR, stablePorts: true });
  let api: { url: string; close(): Promise<void> } | null = null;
  let timer: NodeJS.Timeout | null = null;
  const shutdown = async () => {
    if (timer) clearInterval(timer);
    await api?.close();
    await rt.stop();
    rmSync(ENDPOINTS_FILE, { force: true });
  };
  try {
    writeEndpoints(rt, { apiUrl: null });
    console.log(await ingestSamples(rt));
    console.log(`reports:\n${await writeReports(rt)}`);
    if (rt.queue.deadLetters.length) console.log(`dead-lettered messages: ${rt.queue.deadLetters.length} (see the errors above)`);
    if (values.once) {
      console.log(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s; reports in ${REPORTS_DIR}/reports/ and s3://${rt.reportsBucket}`);
      await shutdown();
      return;
    }
    api = await startApiServer({ port: await preferredPort(3000), stores: rt.stores, s3: { client: rt.s3, bucket: rt.reportsBucket } });
    writeEndpoints(rt, { apiUrl: api.url });
    timer = setInterval(() => {
      writeReports(rt).then((s) => console.log(`reports refreshed:\n${s}`), (e: unknown) => console.error('scheduled reports failed:', e));
    }, REPORT_EVERY_MS);
    console.log(`
Ready in ${((Date.now() - t0) / 1000).toFixed(1)} s.

  Upload an article (ingested within a second, through the same handler as in AWS):
    AWS_ACCESS_KEY_ID=S3RVER AWS_SECRET_ACCESS_KEY=S3RVER aws --endpoint-url ${rt.servers.s3Endpoint} \\
      s3 cp article.txt s3://${rt.ingestBucket}/article.txt --metadata published-at=2024-11-26,outlet=example
    or: npm run ingest -- path/to/file-or-folder

  API:      ${api.url}   (try ${api.url}/v1/aggregates?from=2024-01-01&to=2024-12-31 — routes in docs/api.md)
  Reports:  ${REPORTS_DIR}/reports/ and s3://${rt.reportsBucket}/reports/ (rewritten every hour)
  S3:       ${rt.servers.s3Endpoint}  buckets ${rt.ingestBucket}, ${rt.reportsBucket}  (credentials S3RVER / S3RVER)
  DynamoDB: ${rt.servers.dynamoEndpoint}  table ${rt.table}

Ctrl-C to stop; data stays in ${DATA_DIR}.`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    console.log('stopping …');
    await shutdown();
  } catch (e) {
    await shutdown().catch(() => undefined);
    throw e;
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
