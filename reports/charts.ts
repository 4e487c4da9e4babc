// The report's charts as Chart.js configurations built from ReportData, and one function that
// draws a chart on any 2D context (a PNG canvas or a box of a PDF page).
import { createCanvas } from '@napi-rs/canvas';
import { Chart, registerables, type ChartConfiguration, type Plugin } from 'chart.js';
import type { Figure } from '../shared/store/ports.js';
import type { ReportData, ScopeRow } from './data.js';
import { FONT_FAMILY, font, registerFonts } from './fonts.js';
import { formatRange } from './format.js';
import { boxedSurface, type Box, type DrawContext } from './surface.js';

Chart.register(...registerables);
registerFonts();
// Chart.js keeps font defaults globally; every chart in this process is a report chart.
Chart.defaults.font.family = FONT_FAMILY;
Chart.defaults.font.size = 13;
Chart.defaults.color = '#222';

export type ChartId = 'killed-by-governorate' | 'killed-by-day' | 'conflicting-tallies' | 'injured-captured-by-governorate';

export interface ChartSpec {
  id: ChartId;
  file: string;
  en: string;
  ar: string;
}

export const CHARTS: readonly ChartSpec[] = [
  { id: 'killed-by-governorate', file: 'killed-by-governorate.png', en: 'Killed per governorate', ar: 'القتلى حسب المحافظة' },
  { id: 'killed-by-day', file: 'killed-by-day.png', en: 'Killed per day', ar: 'القتلى حسب اليوم' },
  { id: 'conflicting-tallies', file: 'conflicting-tallies.png', en: 'Conflicting tallies', ar: 'حصائل متضاربة' },
  { id: 'injured-captured-by-governorate', file: 'injured-captured-by-governorate.png', en: 'Injured and captured per governorate', ar: 'الجرحى والمعتقلون حسب المحافظة' },
];

export const COLORS = {
  civilian: '#c0392b',
  combatant: '#2c3e50',
  unknown: '#a0a7ad',
  injured: '#e67e22',
  captured: '#7d3c98',
  band: 'rgba(192, 57, 43, 0.18)',
  range: 'rgba(44, 62, 80, 0.22)',
  whisker: '#111',
  background: '#ffffff',
};

/** Width every chart is laid out at; PNGs are drawn at a pixel ratio, PDFs scale it to the page. */
export const CHART_WIDTH = 800;

const ROW_HEIGHT = 30;

export interface PreparedChart {
  spec: ChartSpec;
  width: number;
  height: number;
  /** null when the period has nothing to draw: the chart area then says so. */
  config: ChartConfiguration | null;
}

function scopeLabel(r: ScopeRow): string {
  return `${r.en} · ${r.ar}${r.partial ? ' *' : ''}`;
}

function heading(spec: ChartSpec, data: ReportData, note = '') {
  return {
    title: { display: true, text: `${spec.en} — ${spec.ar}`, font: { size: 17, weight: 'bold' as const }, padding: { top: 4, bottom: 2 } },
    subtitle: { display: true, text: periodLine(data) + note, font: { size: 12 }, color: '#555', padding: { bottom: 8 } },
    legend: { position: 'bottom' as const },
  };
}

export function periodLine(data: ReportData): string {
  const p = data.period;
  const span = p.from === p.to ? p.from : `${p.from} – ${p.to}`;
  const where = data.selection ? data.selection.join(', ') : 'all governorates · كل المحافظات';
  return `${p.label} (${span}) · ${where}`;
}

/** Low–high whiskers over horizontal bars; an open upper bound ends in an arrow. */
function whiskers(ranges: (Figure | null)[], labelled: boolean): Plugin<'bar'> {
  return {
    id: 'whiskers',
    afterDatasetsDraw(chart) {
      const ctx = chart.ctx;
      const x = chart.scales.x;
      const y = chart.scales.y;
      ctx.save();
      ctx.strokeStyle = COLORS.whisker;
      ctx.fillStyle = COLORS.whisker;
      ctx.lineWidth = 1.3;
      ranges.forEach((f, i) => {
        if (!f || (f.best === 0 && f.high === 0)) return;
        const cy = y.getPixelForValue(i);
        const x0 = x.getPixelForValue(f.low);
        const x1 = f.high === null ? x.right - 4 : x.getPixelForValue(f.high);
        if (x1 > x0 + 0.5) {
          ctx.beginPath();
          ctx.moveTo(x0, cy);
          ctx.lineTo(x1, cy);
          ctx.moveTo(x0, cy - 5);
          ctx.lineTo(x0, cy + 5);
          if (f.high === null) {
            ctx.moveTo(x1 - 6, cy - 4);
            ctx.lineTo(x1, cy);
            ctx.lineTo(x1 - 6, cy + 4);
          } else {
            ctx.moveTo(x1, cy - 5);
            ctx.lineTo(x1, cy + 5);
          }
          ctx.stroke();
        }
        if (labelled) {
          ctx.font = font(12, 600);
          ctx.textBaseline = 'bottom';
          ctx.textAlign = 'left';
          ctx.direction = 'ltr';
          const end = Math.max(x.getPixelForValue(f.best), f.high === null ? x0 : x1);
          const label = `${f.best} (${formatRange(f)})`;
          const lx = Math.min(end + 6, chart.width - ctx.measureText(label).width - 4);
          // A white halo keeps the figure legible where it crosses a whisker or grid line.
          ctx.strokeStyle = '#fff';
          ctx.lineWidth = 3;
          ctx.strokeText(label, lx, cy - 2);
          ctx.fillText(label, lx, cy - 2);
          ctx.strokeStyle = COLORS.whisker;
          ctx.lineWidth = 1.3;
        }
      });
      ctx.restore();
    },
  };
}

/**
 * Draws each source's figure as a dot on its incident's row and, under the bar, one line naming
 * the sources in order of their figures (one line per row, so close figures never print over each other).
 */
function sourceMarks(rows: { values: { x: number; label: string }[] }[]): Plugin<'bar'> {
  return {
    id: 'sourceMarks',
    afterDatasetsDraw(chart) {
      const ctx = chart.ctx;
      const x = chart.scales.x;
      const y = chart.scales.y;
      ctx.save();
      ctx.direction = 'ltr';
      rows.forEach((r, i) => {
        const cy = y.getPixelForValue(i);
        ctx.fillStyle = COLORS.civilian;
        for (const v of r.values) {
          ctx.beginPath();
          ctx.arc(x.getPixelForValue(v.x), cy, 4.5, 0, Math.PI * 2);
          ctx.fill();
        }
        const text = [...r.values].sort((a, b) => a.x - b.x).map((v) => `${v.label} ${v.x}`).join(' · ');
        ctx.font = font(11, 600);
        ctx.fillStyle = '#111';
        ctx.textBaseline = 'top';
        ctx.textAlign = 'left';
        const w = ctx.measureText(text).width;
        const mid = (x.getPixelForValue(Math.min(...r.values.map((v) => v.x))) + x.getPixelForValue(Math.max(...r.values.map((v) => v.x)))) / 2;
        ctx.fillText(text, Math.max(x.left + 2, Math.min(mid - w / 2, x.right - w)), cy + 9);
      });
      ctx.restore();
    },
  };
}

function horizontalAxes(stacked: boolean, xTitle: string): NonNullable<ChartConfiguration<'bar'>['options']>['scales'] {
  return {
    x: { stacked, beginAtZero: true, title: { display: true, text: xTitle }, ticks: { precision: 0 }, grid: { color: '#e5e5e5' } },
    y: { stacked, ticks: { autoSkip: false, font: { size: 13 } }, grid: { display: false } },
  };
}

function killedByGovernorate(spec: ChartSpec, data: ReportData): PreparedChart {
  const rows = [...data.scopes].sort((a, b) => b.totals.killed.best - a.totals.killed.best || a.scope.localeCompare(b.scope));
  const has = rows.some((r) => r.totals.killed.incidents > 0 || r.totals.killed.best > 0);
  const victims = ['civilian', 'combatant', 'unknown'] as const;
  const config: ChartConfiguration<'bar'> = {
    type: 'bar',
    data: {
      labels: rows.map(scopeLabel),
      datasets: victims.map((v) => ({
        label: { civilian: 'civilian · مدنيون', combatant: 'combatant · مقاتلون', unknown: 'unknown · غير محدد' }[v],
        data: rows.map((r) => r.byVictim.killed[v].best),
        backgroundColor: COLORS[v],
        barThickness: 18,
      })),
    },
    options: {
      indexAxis: 'y',
      plugins: heading(spec, data),
      scales: horizontalAxes(true, 'killed (best; whiskers low–high) · القتلى'),
      layout: { padding: { right: 90 } },
    },
    plugins: [whiskers(rows.map((r) => r.totals.killed), true)],
  };
  return { spec, width: CHART_WIDTH, height: 150 + rows.length * ROW_HEIGHT, config: has ? (config as ChartConfiguration) : null };
}

function injuredCaptured(spec: ChartSpec, data: ReportData): PreparedChart {
  const rows = [...data.scopes].sort(
    (a, b) => b.totals.injured.best + b.totals.captured.best - (a.totals.injured.best + a.totals.captured.best) || a.scope.localeCompare(b.scope),
  );
  const has = rows.some((r) => r.totals.injured.best > 0 || r.totals.captured.best > 0);
  const config: ChartConfiguration<'bar'> = {
    type: 'bar',
    data: {
      labels: rows.map(scopeLabel),
      datasets: [
        { label: 'injured · الجرحى', data: rows.map((r) => r.totals.injured.best), backgroundColor: COLORS.injured, barThickness: 11 },
        { label: 'captured · المعتقلون', data: rows.map((r) => r.totals.captured.best), backgroundColor: COLORS.captured, barThickness: 11 },
      ],
    },
    options: { indexAxis: 'y', plugins: heading(spec, data), scales: horizontalAxes(false, 'people (best figure) · العدد') },
  };
  return { spec, width: CHART_WIDTH, height: 150 + rows.length * (ROW_HEIGHT + 4), config: has ? (config as ChartConfiguration) : null };
}

function killedByDay(spec: ChartSpec, data: ReportData): PreparedChart {
  const days = data.days;
  const has = days.some((d) => d.totals.killed.best > 0 || d.totals.killed.incidents > 0);
  const open = days.filter((d) => d.totals.killed.high === null).map((d) => d.day);
  const trend = days.length > data.period.days.length ? ` · the ${days.length} days to ${data.period.to}` : '';
  const config: ChartConfiguration<'line'> = {
    type: 'line',
    data: {
      labels: days.map((d) => (days.length > 10 ? d.day.slice(5) : d.day)),
      datasets: [
        { label: 'low', data: days.map((d) => d.totals.killed.low), borderColor: 'transparent', pointRadius: 0, fill: false },
        {
          label: 'low–high · الحد الأدنى–الأعلى',
          // An open-ended day has no upper edge to draw; the band stops at its best figure.
          data: days.map((d) => d.totals.killed.high ?? d.totals.killed.best),
          borderColor: 'transparent', backgroundColor: COLORS.band, pointRadius: 0, fill: '-1',
        },
        { label: 'best · الأرجح', data: days.map((d) => d.totals.killed.best), borderColor: COLORS.civilian, backgroundColor: COLORS.civilian, borderWidth: 2.5, pointRadius: 3.5 },
      ],
    },
    options: {
      plugins: {
        ...heading(spec, data, trend + (open.length ? ` · open upper bound on ${open.length} day(s)` : '')),
        legend: { position: 'bottom', labels: { filter: (item) => item.text !== 'low' } },
      },
      scales: {
        y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'killed · القتلى' }, grid: { color: '#e5e5e5' } },
        x: { grid: { display: false } },
      },
    },
  };
  return { spec, width: CHART_WIDTH, height: 400, config: has ? (config as ChartConfiguration) : null };
}

function conflictingTallies(spec: ChartSpec, data: ReportData): PreparedChart {
  const rows = data.incidents.conflicts;
  const labels = rows.map((r) => `${r.day.slice(5)} ${r.en} · ${r.ar} (${r.category})`);
  const marks = rows.map((r) => ({ values: r.sources.filter((s) => s.value !== null).map((s) => ({ x: s.value as number, label: s.label })) }));
  const config: ChartConfiguration<'bar'> = {
    type: 'bar',
    data: {
      labels,
      datasets: [
        {
          label: 'range reported · المدى المذكور',
          data: marks.map((m) => [Math.min(...m.values.map((v) => v.x)), Math.max(...m.values.map((v) => v.x))] as [number, number]),
          backgroundColor: COLORS.range,
          barThickness: 14,
        },
        // Only a legend entry: the dots themselves are drawn by sourceMarks.
        { label: 'a source’s figure · رقم المصدر', data: [], backgroundColor: COLORS.civilian },
      ],
    },
    options: {
      indexAxis: 'y',
      plugins: heading(spec, data),
      scales: {
        x: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'figure reported by each source · الرقم حسب المصدر' }, grid: { color: '#e5e5e5' } },
        y: { ticks: { autoSkip: false }, grid: { display: false } },
      },
      layout: { padding: { right: 20 } },
    },
    plugins: [sourceMarks(marks)],
  };
  return { spec, width: CHART_WIDTH, height: 150 + Math.max(rows.length, 1) * 46, config: rows.length ? (config as ChartConfiguration) : null };
}

export function prepareChart(id: ChartId, data: ReportData): PreparedChart {
  const spec = CHARTS.find((c) => c.id === id);
  if (!spec) throw new Error(`unknown chart "${id}"`);
  switch (id) {
    case 'killed-by-governorate':
      return killedByGovernorate(spec, data);
    case 'killed-by-day':
      return killedByDay(spec, data);
    case 'conflicting-tallies':
      return conflictingTallies(spec, data);
    case 'injured-captured-by-governorate':
      return injuredCaptured(spec, data);
  }
}

const EMPTY_TEXT: Record<ChartId, string> = {
  'killed-by-governorate': 'No killed reported in this period · لم يُسجَّل قتلى في هذه الفترة',
  'killed-by-day': 'No killed reported in this period · لم يُسجَّل قتلى في هذه الفترة',
  'conflicting-tallies': 'No incident with disagreeing sources · لا توجد حصائل متضاربة',
  'injured-captured-by-governorate': 'No injured or captured reported · لم يُسجَّل جرحى أو معتقلون',
};

/** Draws a prepared chart on `ctx` into `box` (its size in the chart's own units scaled to the box). */
export function drawChart(ctx: DrawContext, box: Box, chart: PreparedChart, data: ReportData): void {
  if (!chart.config) {
    const s = box.width / chart.width;
    const h = Math.min(chart.height, 140);
    ctx.save();
    ctx.translate(box.x, box.y);
    ctx.scale(s, s);
    ctx.strokeStyle = '#ccc';
    ctx.strokeRect(0.5, 0.5, chart.width - 1, h - 1);
    ctx.fillStyle = '#222';
    ctx.textAlign = 'center';
    ctx.direction = 'ltr';
    ctx.font = font(17, 700);
    ctx.fillText(`${chart.spec.en} — ${chart.spec.ar}`, chart.width / 2, 34);
    ctx.font = font(12);
    ctx.fillStyle = '#555';
    ctx.fillText(periodLine(data), chart.width / 2, 56);
    ctx.font = font(15);
    ctx.fillStyle = '#222';
    ctx.fillText(EMPTY_TEXT[chart.spec.id], chart.width / 2, 100);
    ctx.restore();
    return;
  }
  const surface = boxedSurface(ctx, box, chart.width, chart.height);
  const config = {
    ...chart.config,
    options: { ...chart.config.options, responsive: false, animation: false as const, devicePixelRatio: 1 },
  } as ChartConfiguration;
  ctx.save();
  const instance = new Chart(surface.context as unknown as CanvasRenderingContext2D, config);
  try {
    instance.draw();
  } finally {
    instance.destroy();
    ctx.restore();
  }
}

/** The height a prepared chart takes when drawn `width` wide. */
export function drawnHeight(chart: PreparedChart, width: number): number {
  return (chart.config ? chart.height : Math.min(chart.height, 140)) * (width / chart.width);
}

/** One chart as PNG bytes, drawn at `scale` pixels per chart unit on a white background. */
export function renderChartPng(id: ChartId, data: ReportData, scale = 1.5): Buffer {
  const chart = prepareChart(id, data);
  const width = Math.round(chart.width * scale);
  const height = Math.round(drawnHeight(chart, width));
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = COLORS.background;
  ctx.fillRect(0, 0, width, height);
  drawChart(ctx, { x: 0, y: 0, width, height }, chart, data);
  return canvas.toBuffer('image/png');
}
