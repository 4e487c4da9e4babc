// npm run ingest -- PATH... : uploads files and folders to the local ingest bucket and
// reports what became of each (ingested with how many figures, or rejected and why).
// With `npm start` running, the uploads go to its S3 server and its handler ingests them;
// otherwise this starts the embedded runtime itself (data in .local/data) for the duration.
import '../local/quiet-cli.js';
import '../local/quiet.js';
import { SingleBar, Presets } from 'cli-progress';
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createDynamoClient } from '../shared/clients/dynamodb.js';
import { createS3Client } from '../shared/clients/s3.js';
import { createDynamoStores, type DynamoStores } from '../shared/store/dynamodb/index.js';
import { readConfig } from '../shared/config.js';
import { extract, EXTRACTOR_VERSION } from '../shared/extraction/index.js';
import { s3ObjectSource } from '../shared/ingest/object-source.js';
import { recomputeWith } from '../shared/ingest/recompute.js';
import { reprocessStale } from '../shared/ingest/reprocess.js';
import { waitForOutcomes, type FileOutcome } from '../local/outcomes.js';
import { ENDPOINTS_FILE, startRuntime, type LocalRuntime } from '../local/runtime.js';
import { collectFiles, keyFor, metadataFor, uploadFile } from '../local/uploads.js';
import type { S3Client } from '@aws-sdk/client-s3';

const USAGE = `usage: npm run ingest -- PATH... [--published-at YYYY-MM-DD] [--outlet NAME] [--prefix KEY/PREFIX] [--timeout SECONDS] [--data-dir DIR]
       npm run ingest -- --reprocess   (re-extract every article stored by another extractor version)

Uploads each file (folders: every .txt/.json/.html inside, skipping expected/) to the local
ingest bucket, waits for the ingest handler, and prints a summary.`;

interface Running { pid: number; s3Endpoint: string; dynamoEndpoint: string; table: string; ingestBucket: string }

/** The `npm start` recorded in .local/endpoints.json, if its process is still alive. */
function running(): Running | null {
  if (!existsSync(ENDPOINTS_FILE)) return null;
  try {
    const v = JSON.parse(readFileSync(ENDPOINTS_FILE, 'utf8')) as Running;
    process.kill(v.pid, 0);
    return v;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'published-at': { type: 'string' }, outlet: { type: 'string' }, prefix: { type: 'string', default: '' },
      reprocess: { type: 'boolean', default: false },
      timeout: { type: 'string', default: '120' }, 'data-dir': { type: 'string', default: '.local/data' }, help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || (positionals.length === 0 && !values.reprocess)) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  const defaults: Record<string, string> = {};
  if (values['published-at']) defaults['published-at'] = values['published-at'];
  if (values.outlet) defaults.outlet = values.outlet;
  const files = collectFiles(positionals).map((path) => ({ path, key: `${values.prefix}${keyFor(path)}`, metadata: metadataFor(path, defaults) }));

  const attached = running();
  let rt: LocalRuntime | null = null;
  let s3: S3Client;
  let store: DynamoStores;
  let bucket: string;
  if (attached) {
    console.log(`uploading to the running npm start (S3 ${attached.s3Endpoint})`);
    s3 = createS3Client(attached.s3Endpoint);
    store = createDynamoStores({ client: createDynamoClient(attached.dynamoEndpoint), tableName: attached.table });
    bucket = attached.ingestBucket;
  } else {
    console.log(`no npm start running: starting the embedded runtime (data in ${values['data-dir']}) …`);
    rt = await startRuntime({ dataDir: values['data-dir'] });
    ({ s3, stores: store, ingestBucket: bucket } = rt);
  }

  try {
    if (values.reprocess) {
      const report = await reprocessStale(
        { store, objects: s3ObjectSource(s3), extract, recompute: recomputeWith(readConfig().BEST_POLICY) },
        EXTRACTOR_VERSION,
      );
      console.log(`reprocess to extractor ${EXTRACTOR_VERSION}: ${report.examined} stale article(s), ${report.reprocessed} re-extracted`);
      for (const f of report.failed) console.log(`  not re-extracted ${f.id}: ${f.reason}`);
      return;
    }
    const bar = new SingleBar({ format: '{phase} [{bar}] {value}/{total} {file}', hideCursor: true }, Presets.shades_classic);
    bar.start(files.length, 0, { phase: 'upload ', file: '' });
    for (const f of files) {
      await uploadFile(s3, bucket, f);
      bar.increment({ file: f.key });
    }
    bar.update(0, { phase: 'ingest ', file: '' });
    let resolved = 0;
    const outcomes = await waitForOutcomes(store, bucket, files, {
      timeoutMs: Number(values.timeout) * 1000,
      onResolved: (o) => bar.update(++resolved, { file: o.file.key }),
    });
    bar.stop();
    printSummary(outcomes);
    if (outcomes.some((o) => o.status === 'pending')) process.exitCode = 1;
  } finally {
    await rt?.stop();
  }
}

function printSummary(outcomes: FileOutcome[]): void {
  const ingested = outcomes.filter((o) => o.status === 'ingested');
  const rejected = outcomes.filter((o) => o.status === 'rejected');
  const pending = outcomes.filter((o) => o.status === 'pending');
  const figures = ingested.reduce((s, o) => s + o.mentions, 0);
  const articles = new Set(ingested.map((o) => o.articleId)).size;
  console.log(`\ningested ${ingested.length} file(s) → ${articles} article(s), ${figures} figure(s)`);
  for (const o of ingested) if (o.alsoFrom.length) console.log(`  ${o.file.key}: same text as ${o.alsoFrom.join(', ')} (one article)`);
  console.log(`rejected ${rejected.length}`);
  for (const o of rejected) console.log(`  ${o.file.key}: ${o.reason}`);
  if (pending.length) {
    console.log(`not ingested yet ${pending.length} (still queued or failing; see the npm start console)`);
    for (const o of pending) console.log(`  ${o.file.key}`);
  }
}

main().catch((e: unknown) => {
  console.error(`ingest: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
