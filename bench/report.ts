// npm run bench:report — rendering time of the report, from ReportData to bytes (no I/O).
// Data: a week of invented incidents in all 14 governorates × 7 days (reports/fixture-stores.ts).
// Prints the median of several runs after a warm-up; targets: weekly pdf ≤ 1500 ms, png ≤ 150 ms.
import { renderChartPng } from '../reports/charts.js';
import { buildReportData } from '../reports/data.js';
import { fixtureContents, memoryStores } from '../reports/fixture-stores.js';
import { renderPdf } from '../reports/pdf.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function time(label: string, fn: () => Buffer, target: number): void {
  fn(); // warm-up: fonts, Chart.js registration, Skia's glyph caches
  const ms: number[] = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    bytes = fn().length;
    ms.push(performance.now() - t);
  }
  const m = median(ms);
  console.log(`${label} ${Math.round(m)} ms (median of ${RUNS}; min ${Math.round(Math.min(...ms))}, max ${Math.round(Math.max(...ms))}; ${bytes} bytes; target ≤ ${target} ms${m > target ? ' — MISSED' : ''})`);
}

const fx = fixtureContents({ from: '2024-11-18', to: '2024-12-01', atLeast: 1 });
const data = await buildReportData(memoryStores(fx), { period: 'week', to: '2024-12-01' });
const cells = new Set(fx.incidents.filter((i) => i.day >= data.period.from && i.governorates.length === 1).map((i) => `${i.governorates[0]}|${i.day}`));
console.log(`fixture: ${data.incidents.total} incidents in ${cells.size} governorate-days (14 × 7 = 98), ${data.articles.length} articles, ${data.incidents.top.length} detailed`);

time('weekly pdf', () => renderPdf(data), 1500);
time('png', () => renderChartPng('killed-by-governorate', data), 150);
