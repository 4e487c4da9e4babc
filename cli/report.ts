// npm run report -- --period week --to 2024-12-01 [--governorates SY02,SY07] [--out DIR] [--dynamodb URL]
// Builds a report from the local DynamoDB (the one `npm start` runs) and writes report.pdf, the
// chart PNGs and data.json to DIR/reports/<period>/<label>/ (default DIR: .local). Same code as
// the scheduled Lambda (reports/publish.ts), only the writer differs: a folder instead of S3.
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createDynamoClient } from '../shared/clients/dynamodb.js';
import { readConfig } from '../shared/config.js';
import { createDynamoStores } from '../shared/store/dynamodb/index.js';
import { folderObjectWriter } from '../reports/folder-objects.js';
import { PERIOD_KINDS, type PeriodKind } from '../reports/period.js';
import { publishReport } from '../reports/publish.js';
import { latestReportedDay } from '../reports/schedule.js';

const USAGE = `usage: npm run report -- --period day|week|month --to YYYY-MM-DD|latest [--governorates SY02,SY07] [--out DIR] [--dynamodb URL]

Reads the local DynamoDB: --dynamodb, else $DYNAMODB_ENDPOINT, else the endpoint a running
\`npm start\` recorded in .local/endpoints.json. Table: $TABLE_NAME (default casualties).`;

function fail(message: string): never {
  console.error(`report: ${message}\n\n${USAGE}`);
  process.exit(2);
}

/** The endpoint and table `npm start` records for other local tools (local/runtime.ts), if it is still running. */
function recorded(): { endpoint: string; table?: string } | undefined {
  const file = '.local/endpoints.json';
  if (!existsSync(file)) return undefined;
  let v: { pid?: number; dynamoEndpoint?: string; table?: string };
  try {
    v = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  if (!v.dynamoEndpoint) return undefined;
  if (v.pid) {
    try {
      process.kill(v.pid, 0); // signal 0 only asks whether the process exists
    } catch {
      fail(`${file} names process ${v.pid}, which is not running: start \`npm start\` again or pass --dynamodb`);
    }
  }
  return { endpoint: v.dynamoEndpoint, table: v.table };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      period: { type: 'string', default: 'week' },
      to: { type: 'string' },
      governorates: { type: 'string' },
      out: { type: 'string', default: '.local' },
      dynamodb: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const period = values.period as PeriodKind;
  if (!PERIOD_KINDS.includes(period)) fail(`--period must be day, week or month, not "${values.period}"`);
  if (!values.to) fail('--to is required (a day inside the period, or "latest")');

  const cfg = readConfig();
  const fromStart = values.dynamodb ?? cfg.DYNAMODB_ENDPOINT ? undefined : recorded();
  const endpoint = values.dynamodb ?? cfg.DYNAMODB_ENDPOINT ?? fromStart?.endpoint;
  if (!endpoint) fail('no local DynamoDB endpoint: start `npm start` or pass --dynamodb / DYNAMODB_ENDPOINT');
  // Reading `npm start`'s database means reading its table too.
  const tableName = fromStart?.table ?? cfg.TABLE_NAME;
  const dynamo = createDynamoStores({ client: createDynamoClient(endpoint), tableName });
  const stores = { aggregates: dynamo, incidents: dynamo, articles: dynamo };

  let to = values.to;
  if (to === 'latest') {
    const latest = await latestReportedDay(stores);
    if (!latest) fail(`table ${tableName} at ${endpoint} holds no ingested article`);
    to = latest;
  }
  const governorates = values.governorates?.split(',').map((g) => g.trim().toUpperCase()).filter(Boolean);

  const started = Date.now();
  const out = await publishReport(stores, folderObjectWriter(values.out), null, {
    period, to, governorates, bestPolicy: cfg.BEST_POLICY, notify: false,
  });
  const d = out.data;
  console.log(`${d.period.kind} ${d.period.label} (${d.period.from} – ${d.period.to})${d.selection ? ` · ${d.selection.join(', ')}` : ''}`);
  console.log(d.empty
    ? 'no casualty figures in this period'
    : `killed ${d.headline.killed.current.best} · injured ${d.headline.injured.current.best} · captured ${d.headline.captured.current.best} · ${d.incidents.total} incident(s) · ${d.articles.length} article(s)`);
  for (const f of out.files) console.log(`  ${f.link} (${f.bytes} bytes)`);
  for (const f of out.failures) console.error(`  FAILED ${f.key}: ${f.error}`);
  console.log(`done in ${Date.now() - started} ms`);
  if (out.failures.length) process.exit(1);
}

main().catch((e) => {
  console.error(`report: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
