import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildReportData, type ReportData } from './data.js';
import { fixtureContents, memoryStores } from './fixture-stores.js';
import { renderPdf } from './pdf.js';

// pdftotext (poppler-utils) writes Arabic as presentation forms, wraps right-to-left runs in
// embedding marks, may split a word where glyphs sit apart, and orders the runs of a line that
// mixes Arabic and digits visually. What is robust: compatibility-normalised letters with spaces
// and marks removed, checked run by run (a run = the Arabic between digits and punctuation).
// Vowel marks (tashkeel) are left out too: a mark's place among the extracted letters varies.
const norm = (s: string) =>
  s.normalize('NFKC').replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069\u064b-\u0652\u0670]/g, '').replace(/\s+/g, '');
const arabicRuns = (s: string) => s.split(/[0-9.,،:;()«»\-–]+/).map(norm).filter((r) => r.length >= 4);

try {
  execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
} catch {
  throw new Error('pdftotext not found: the PDF tests read the report back with poppler-utils (apt-get install -y poppler-utils)');
}

const dir = mkdtempSync(join(tmpdir(), 'report-pdf-'));
function pdfText(pdf: Buffer, name: string): { text: string; pages: number } {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  // NFKC undoes the typographic ligatures (ﬁ) as well as the Arabic presentation forms.
  return { text: execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).normalize('NFKC'), pages };
}

function artifact(pdf: Buffer, name: string, page: number): string {
  mkdirSync('artifacts/reports', { recursive: true });
  const file = `artifacts/reports/${name}.pdf`;
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', String(page), '-l', String(page), '-singlefile', file, `artifacts/reports/${name}-page${page}`]);
  return `artifacts/reports/${name}-page${page}.png`;
}

const week = { period: 'week' as const, to: '2024-12-01', now: new Date('2024-12-02T06:00:00Z') };

describe('the PDF report', async () => {
  const data: ReportData = await buildReportData(memoryStores(fixtureContents({ from: '2024-11-18', to: '2024-12-01' })), week);
  const pdf = renderPdf(data);
  const { text, pages } = pdfText(pdf, 'weekly');
  const flat = norm(text);

  it('is a PDF of several pages with its fonts embedded', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pages).toBeGreaterThanOrEqual(4);
    const fonts = execFileSync('pdffonts', [join(dir, 'weekly.pdf')], { encoding: 'utf8' });
    expect(fonts).toMatch(/IBMPlexSansArabic-Regular\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    artifact(pdf, 'weekly', 1);
    artifact(pdf, 'weekly', 4);
  });

  it('states the period, the headline figures and the change, as searchable text', () => {
    expect(text).toContain('2024-W48 (2024-11-25 – 2024-12-01)');
    const k = data.headline.killed;
    expect(k.current.best).toBeGreaterThan(0);
    expect(flat).toContain(norm(`${k.current.best}`));
    expect(text).toMatch(new RegExp(`range ${k.current.low}[–+]`));
    expect(text).toContain(`vs 2024-W47`);
    expect(flat).toContain(norm('تقرير الضحايا في سوريا'));
  });

  it('names every governorate in English and Arabic, and the joint Aleppo + Idleb figure', () => {
    for (const s of data.scopes) {
      expect(text).toContain(s.en);
      for (const part of s.ar.split(' + ')) expect(flat).toContain(norm(part));
    }
    expect(text).toContain('Aleppo + Idleb');
  });

  it('prints each top incident’s Arabic evidence, run by run', () => {
    const quotes = data.incidents.top.flatMap((i) => i.sources.map((s) => s.quote));
    expect(quotes.length).toBeGreaterThan(10);
    for (const q of quotes) for (const run of arabicRuns(q)) expect(flat).toContain(run);
  });

  it('ends with the method and every article used', () => {
    expect(flat).toContain(norm('Best figure policy "monitor_then_lowest"'));
    expect(data.articles.length).toBeGreaterThan(10);
    for (const a of data.articles) expect(text).toContain(a.id);
  });
});

describe('an empty period', async () => {
  const data = await buildReportData(memoryStores(fixtureContents({ from: '2024-01-01', to: '2024-01-03' })), week);
  const pdf = renderPdf(data);
  const { text, pages } = pdfText(pdf, 'empty');

  it('says so in English and Arabic, with zero figures and no charts', () => {
    artifact(pdf, 'empty', 1);
    expect(pages).toBe(1);
    expect(norm(text)).toContain(norm('No casualty figures were recorded for this period'));
    expect(norm(text)).toContain(norm('لم تُسجَّل أي أرقام للضحايا في هذه الفترة'));
    expect(text).not.toContain('Top incidents');
    expect(norm(text)).toContain(norm('No article reported a figure for this period.'));
  });
});
