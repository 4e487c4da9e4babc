// npm run --silent extract -- [--pretty] [--published-at DATE] [--outlet NAME] [--policy P] [--gazetteer CSV] FILE...
// Prints one JSON object per file per line (the contract of ../shared/eval/README.md);
// "-" reads stdin; a .json file is an envelope {"title","body","publishedAt","outlet","url"}.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
// a namespace import lets esbuild drop the parts of zod that are not used (bench:bundle)
import * as z from 'zod';
import { extract, gazetteerFromCsv, BEST_POLICIES, type ArticleInput, type BestPolicy } from '../shared/extraction/index.js';
import { renderPretty } from './pretty.js';

const Envelope = z.object({
  title: z.string().nullish(),
  body: z.string().min(1),
  publishedAt: z.string().nullish(),
  outlet: z.string().nullish(),
  url: z.string().nullish(),
});

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    pretty: { type: 'boolean', default: false },
    'published-at': { type: 'string' },
    outlet: { type: 'string' },
    policy: { type: 'string', default: 'monitor_then_lowest' },
    gazetteer: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help || positionals.length === 0) {
  process.stderr.write('usage: npm run --silent extract -- [--pretty] [--published-at YYYY-MM-DD] [--outlet NAME] [--policy monitor_then_lowest|lowest|highest|median] [--gazetteer places.csv] FILE... (- for stdin)\n');
  process.exit(positionals.length === 0 && !values.help ? 2 : 0);
}
if (!BEST_POLICIES.includes(values.policy as BestPolicy)) {
  process.stderr.write(`unknown --policy ${values.policy}; one of ${BEST_POLICIES.join(', ')}\n`);
  process.exit(2);
}
const gazetteer = values.gazetteer ? gazetteerFromCsv(readFileSync(values.gazetteer, 'utf8')) : undefined;

function inputOf(file: string): ArticleInput {
  const raw = readFileSync(file === '-' ? 0 : file, 'utf8').replace(/^\uFEFF/, '');
  if (file.endsWith('.json')) {
    let parsed: unknown;
    try { parsed = JSON.parse(raw); } catch (e) { throw new Error(`broken envelope: not valid JSON (${(e as Error).message})`); }
    const env = Envelope.parse(parsed);
    return { ...env, publishedAt: env.publishedAt ?? values['published-at'] ?? null, outlet: env.outlet ?? values.outlet ?? null };
  }
  return { title: null, body: raw, publishedAt: values['published-at'] ?? null, outlet: values.outlet ?? null, url: null };
}

let failed = 0;
for (const file of positionals) {
  try {
    const input = inputOf(file);
    const result = extract(input, { gazetteer, policy: values.policy as BestPolicy });
    if (values.pretty) process.stdout.write(renderPretty(file, input, result, process.stdout.isTTY ?? false));
    else process.stdout.write(`${JSON.stringify({ file, ...result })}\n`);
  } catch (e) {
    failed++;
    const reason = e instanceof z.ZodError ? `broken envelope: ${e.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`).join('; ')}` : (e as Error).message;
    process.stderr.write(`${file}: ${reason}\n`);
    if (!values.pretty) process.stdout.write(`${JSON.stringify({ file, error: reason, mentions: [], totals: {} })}\n`);
  }
}
process.exitCode = failed ? 1 : 0;
