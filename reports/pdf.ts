// The PDF report: headline figures, the charts (drawn as vectors, not pasted PNGs), a table per
// governorate, the top incidents with their Arabic evidence, the method and the articles used.
import type { Category } from '../shared/extraction/types.js';
import { drawChart, drawnHeight, periodLine, prepareChart, type ChartId } from './charts.js';
import type { IncidentRow, ReportData } from './data.js';
import { font } from './fonts.js';
import { formatChange, formatRange } from './format.js';
import { EMPTY_TEXT, METHOD_TEXT, METHOD_TEXT_AR, POLICY_TEXT } from './method.js';
import { PdfFlow } from './pdf-layout.js';

const CATEGORY_NAMES: Record<Category, { en: string; ar: string }> = {
  killed: { en: 'Killed', ar: 'قتلى' },
  injured: { en: 'Injured', ar: 'جرحى' },
  captured: { en: 'Captured', ar: 'معتقلون' },
  missing: { en: 'Missing', ar: 'مفقودون' },
  killed_or_injured: { en: 'Killed or injured', ar: 'قتلى أو جرحى' },
};

function headline(flow: PdfFlow, data: ReportData): void {
  const cats: Category[] = ['killed', 'injured', 'captured', 'missing'];
  if (data.headline.killed_or_injured.current.best > 0) cats.push('killed_or_injured');
  const gap = 8;
  const w = (flow.width - gap * (cats.length - 1)) / cats.length;
  const h = 84;
  flow.ensure(h + 10);
  const c = flow.ctx;
  cats.forEach((cat, i) => {
    const x = flow.left + i * (w + gap);
    const hf = data.headline[cat];
    c.fillStyle = cat === 'killed' ? '#fbeeee' : '#f3f5f7';
    c.fillRect(x, flow.y, w, h);
    c.direction = 'ltr';
    c.textAlign = 'left';
    c.fillStyle = '#333';
    c.font = font(9, 600);
    c.fillText(CATEGORY_NAMES[cat].en, x + 8, flow.y + 15);
    c.direction = 'rtl';
    c.textAlign = 'right';
    c.fillText(CATEGORY_NAMES[cat].ar, x + w - 8, flow.y + 15);
    c.direction = 'ltr';
    c.textAlign = 'left';
    c.fillStyle = cat === 'killed' ? '#a93226' : '#111';
    c.font = font(24, 700);
    c.fillText(String(hf.current.best), x + 8, flow.y + 44);
    c.fillStyle = '#333';
    c.font = font(8.5);
    c.fillText(`range ${formatRange(hf.current)} · ${hf.current.incidents} incident(s)`, x + 8, flow.y + 60);
    c.fillText(`${formatChange(hf)} vs ${data.previous.label}`, x + 8, flow.y + 74);
  });
  flow.y += h + 10;
}

function chart(flow: PdfFlow, data: ReportData, id: ChartId): void {
  const prepared = prepareChart(id, data);
  const h = drawnHeight(prepared, flow.width);
  flow.ensure(h + 6);
  drawChart(flow.ctx, { x: flow.left, y: flow.y, width: flow.width, height: h }, prepared, data);
  flow.y += h + 10;
}

function governorateTable(flow: PdfFlow, data: ReportData): void {
  flow.heading('Figures per governorate', 'الأرقام حسب المحافظة');
  const cols = [
    { title: 'Governorate · المحافظة', width: 150 },
    { title: 'Killed', width: 38, align: 'right' as const },
    { title: 'low–high', width: 50, align: 'right' as const },
    { title: 'civ.', width: 30, align: 'right' as const },
    { title: 'comb.', width: 32, align: 'right' as const },
    { title: 'unkn.', width: 32, align: 'right' as const },
    { title: 'Injured', width: 38, align: 'right' as const },
    { title: 'Captured', width: 42, align: 'right' as const },
    { title: 'Missing', width: 38, align: 'right' as const },
    { title: 'Incid.', width: 32, align: 'right' as const },
  ];
  const rows = data.scopes.map((r) => {
    const k = r.totals.killed;
    const incidents = Object.values(r.totals).reduce((s, f) => s + f.incidents, 0);
    return [
      `${r.en} · ${r.ar}${r.partial ? ' *' : ''}`,
      String(k.best), formatRange(k),
      String(r.byVictim.killed.civilian.best), String(r.byVictim.killed.combatant.best), String(r.byVictim.killed.unknown.best),
      String(r.totals.injured.best), String(r.totals.captured.best), String(r.totals.missing.best), String(incidents),
    ];
  });
  flow.table(cols, rows);
  const multi = data.scopes.filter((s) => s.multi);
  if (multi.length) {
    flow.text(
      'Rows joined with "+" are figures reported for several governorates together: each is counted once, in its own row, and not in the governorates it names.' +
        (multi.some((m) => m.partial) ? ' Rows marked * reach outside the chosen governorates and are left out of the headline totals.' : ''),
      { size: 8, color: '#555' },
    );
  }
}

function incident(flow: PdfFlow, r: IncidentRow, n: number): void {
  const where = [r.en, r.ar, ...r.places].join(' · ');
  flow.ensure(60);
  flow.text(`${n}. ${r.day} · ${where}`, { size: 10.5, weight: 700, rtl: false });
  flow.text(
    `${CATEGORY_NAMES[r.category].en} (${r.victim}): best ${r.best}, range ${formatRange(r)}` +
      (r.conflicting ? ' — sources disagree' : ''),
    { size: 9.5, rtl: false },
  );
  flow.text(`Why: ${r.reason}`, { size: 8, color: '#555', rtl: false });
  for (const s of r.sources) {
    const who = s.claimedBy && s.outlet && s.claimedBy !== s.outlet ? `${s.claimedBy}, via ${s.outlet}` : s.label;
    flow.text(`${who}: ${s.value ?? `${formatRange(s)} (vague)`} — article ${s.articleId}`, { size: 8.5, color: '#333', rtl: false, indent: 12 });
    flow.text(s.quote, { size: 10, rtl: true, indent: 12, color: '#1a1a1a' });
  }
  flow.space(6);
}

/** The report as PDF bytes. */
export function renderPdf(data: ReportData): Buffer {
  const title = `Syria casualty report ${data.period.label}`;
  const flow = new PdfFlow({
    title,
    subject: periodLine(data),
    footer: `${title} · generated ${data.generatedAt.slice(0, 16).replace('T', ' ')} UTC · figures from news reports, see Method`,
  });

  flow.text('Syria casualty report', { size: 20, weight: 700, rtl: false });
  flow.text('تقرير الضحايا في سوريا', { size: 17, weight: 700, rtl: true });
  flow.text(periodLine(data), { size: 10.5, color: '#333', rtl: false });
  flow.text(`Compared with ${data.previous.label} (${data.previous.from} – ${data.previous.to}). Best figure policy: ${data.bestPolicy}.`, { size: 9, color: '#555', rtl: false });
  flow.space(8);

  if (data.empty) {
    flow.text(EMPTY_TEXT.en, { size: 12, weight: 600, rtl: false });
    flow.text(EMPTY_TEXT.ar, { size: 12, weight: 600, rtl: true });
    flow.space(8);
  }
  headline(flow, data);

  if (!data.empty) {
    chart(flow, data, 'killed-by-governorate');
    chart(flow, data, 'killed-by-day');
    chart(flow, data, 'injured-captured-by-governorate');
    chart(flow, data, 'conflicting-tallies');
    governorateTable(flow, data);

    flow.heading('Top incidents', 'أبرز الحوادث');
    flow.text(
      `The ${data.incidents.top.length} largest of ${data.incidents.total} incident(s) in the period, killed first, each with the words every source used.`,
      { size: 8.5, color: '#555', rtl: false },
    );
    data.incidents.top.forEach((r, i) => incident(flow, r, i + 1));
  }

  flow.heading('Method and reconciliation policy', 'المنهجية وسياسة التوفيق بين الأرقام');
  flow.text(`Best figure policy "${data.bestPolicy}": ${POLICY_TEXT[data.bestPolicy] ?? 'see docs/reconciliation.md.'}`, { size: 9, rtl: false });
  flow.space(3);
  for (const p of METHOD_TEXT) {
    flow.text(p, { size: 9, rtl: false });
    flow.space(3);
  }
  flow.text(METHOD_TEXT_AR, { size: 10, rtl: true });

  flow.heading('Articles used', 'المقالات المستخدمة');
  if (data.articles.length === 0) {
    flow.text('No article reported a figure for this period.', { size: 9, rtl: false });
  }
  for (const a of data.articles) {
    flow.ensure(30);
    flow.text(
      `${a.publishedAt?.slice(0, 10) ?? 'undated'} · ${a.outlet ?? 'unknown outlet'} · ${a.incidents} incident(s) · ${a.id}${a.missing ? ' (record missing from the store)' : ''}${a.url ? ` · ${a.url}` : ''}`,
      { size: 8, color: '#444', rtl: false },
    );
    if (a.title) flow.text(a.title, { size: 9.5, indent: 10 });
    flow.space(3);
  }
  return flow.close();
}
