// How long readUpload takes per object, by format and size. Run:
//   npx tsx shared/objects/read-upload-bench.ts
// Prints one line per case: size, median and worst of N runs, throughput.
// (Named -bench, not .bench.ts, so that `vitest bench` does not pick up this plain script.)
import { articleIdFor } from './article-id.js';
import { MAX_UPLOAD_BYTES, readUpload, type UploadMeta } from './read-upload.js';
import { encodeWindows1256, newsPage, REPORT_AR, utf8 } from './test-fixtures.js';

const meta = (key: string): UploadMeta => ({ bucket: 'b', key, userMetadata: { 'published-at': '2024-03-05' }, uploadedAt: '2024-03-06T00:00:00Z' });

/** Repeats the report's paragraphs until the text is about `bytes` long in UTF-8. */
function arabicText(bytes: number): string {
  const unit = `${REPORT_AR}\n\n`;
  return unit.repeat(Math.max(1, Math.floor(bytes / utf8(unit).length)));
}

function htmlPage(bytes: number): string {
  const paragraphs = arabicText(bytes * 0.9).split('\n\n').filter(Boolean);
  return newsPage({ paragraphs });
}

const cases: { name: string; key: string; bytes: Uint8Array }[] = [
  { name: 'txt utf-8, 4 KB', key: 'a.txt', bytes: utf8(arabicText(4_000)) },
  { name: 'txt utf-8, 4.9 MB', key: 'a.txt', bytes: utf8(arabicText(MAX_UPLOAD_BYTES - 200_000)) },
  { name: 'txt windows-1256, 2.7 MB', key: 'a.txt', bytes: encodeWindows1256(arabicText(MAX_UPLOAD_BYTES - 200_000)) },
  { name: 'html utf-8, 8 KB', key: 'a.html', bytes: utf8(htmlPage(8_000)) },
  { name: 'html utf-8, 500 KB', key: 'a.html', bytes: utf8(htmlPage(500_000)) },
  { name: 'html utf-8, 4.5 MB', key: 'a.html', bytes: utf8(htmlPage(4_500_000)) },
  { name: 'json utf-8, 4 KB', key: 'a.json', bytes: utf8(JSON.stringify({ body: arabicText(4_000) })) },
];

for (const c of cases) {
  const runs = c.bytes.length > 1_000_000 ? 5 : 30;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = await readUpload(c.bytes, meta(c.key));
    if (!r.ok) throw new Error(`${c.name}: ${r.reason}`);
    articleIdFor(r.article.body);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const mbps = c.bytes.length / 1e6 / (median / 1000);
  console.log(`${c.name.padEnd(28)} ${String(c.bytes.length).padStart(9)} B  median ${median.toFixed(1).padStart(8)} ms  worst ${times.at(-1)!.toFixed(1).padStart(8)} ms  ${mbps.toFixed(1)} MB/s  (readUpload + articleIdFor, ${runs} runs)`);
}
