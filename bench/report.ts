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

const fx = fixtureContents({ from: '2024-11-18', to: '2024-12-01' });
const data = await buildReportData(memoryStores(fx), { period: 'week', to: '2024-12-01' });
const days = new Set(data.days.filter((d) => d.totals.killed.incidents + d.totals.injured.incidents + d.totals.captured.incidents > 0).map((d) => d.day));
const govs = new Set(data.scopes.filter((s) => !s.multi && Object.values(s.totals).some((f) => f.incidents > 0)).map((s) => s.scope));
console.log(`fixture: ${data.incidents.total} incidents, ${govs.size} governorates with figures × ${days.size} days, ${data.articles.length} articles`);

time('weekly pdf', () => renderPdf(data), 1500);
time('png', () => renderChartPng('killed-by-governorate', data), 150);
