// npm run bench:extract — extraction throughput over the samples, repeated to ≥ 5 MB,
// beside a bare read + NFKC-normalise pass over the same text. Last line: `ratio X`
// (extraction MB/s over normalise MB/s); the floor is 0.05.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../shared/extraction/index.js';

const dir = join(import.meta.dirname, '..', 'samples');
const files = readdirSync(dir).filter((f) => f.endsWith('.txt') || f.endsWith('.json')).map((f) => join(dir, f));
// Both passes read the files every round, as an ingest would: "bare read + normalise" is the baseline.
const load = () => files.map((f) => {
  const raw = readFileSync(f, 'utf8');
  if (!f.endsWith('.json')) return { title: null as string | null, body: raw, publishedAt: '2024-11-28' };
  const e = JSON.parse(raw) as { title?: string; body: string; publishedAt?: string };
  return { title: e.title ?? null, body: e.body, publishedAt: e.publishedAt ?? '2024-11-28' };
});
const texts = load();
const bytesOf = (s: string) => Buffer.byteLength(s, 'utf8');
const oneRound = texts.reduce((n, t) => n + bytesOf(t.body) + bytesOf(t.title ?? ''), 0);
const rounds = Math.ceil((5 * 1024 * 1024) / oneRound);
const total = oneRound * rounds;

function run(label: string, fn: () => void): number {
  fn(); // warm-up
  const times: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  times.sort((a, b) => a - b);
  const median = times[2];
  const mbps = total / 1024 / 1024 / median;
  console.log(`${label.padEnd(22)} ${mbps.toFixed(1)} MB/s  (${(total / 1024 / 1024).toFixed(1)} MB in ${(median * 1000).toFixed(0)} ms, median of 5)`);
  return mbps;
}

let sink = 0;
console.log(`samples ${texts.length}, ${(oneRound / 1024).toFixed(0)} KB a round, ${rounds} rounds`);
const norm = run('read + NFKC normalise', () => {
  for (let r = 0; r < rounds; r++) for (const t of load()) sink += (t.title ?? '').normalize('NFKC').length + t.body.normalize('NFKC').length;
});
const ext = run('extraction', () => {
  for (let r = 0; r < rounds; r++) for (const t of load()) sink += extract(t).mentions.length;
});
if (sink < 0) console.log(sink);
console.log(`ratio ${(ext / norm).toFixed(3)}`);
