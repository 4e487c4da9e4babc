// Random Unicode, Arabic and digit soup never makes the engine throw, and its time grows
// linearly with the input (no catastrophic backtracking): 1 MB may take at most ~30× what
// 100 KB takes (10× the size, with generous slack for a noisy shared machine).
import { describe, expect, it } from 'vitest';
import { extract } from './extract.js';
import { seededRandom } from '../seeded-random.js';


const WORDS = ['مقتل', 'قتل', 'قتلى', 'جرح', 'إصابة', 'جرحى', 'بينهم', 'ارتفع', 'عدد', 'القتلى', 'إلى', 'ما', 'لا', 'يقل', 'عن', 'أكثر', 'من',
  'نحو', 'عشرات', 'مدنيين', 'عناصر', 'قوات', 'النظام', 'في', 'حلب', 'إدلب', 'دير', 'الزور', 'أمس', 'اليوم', 'السبت', 'ديسمبر', 'كانون', 'الأول',
  'ثلاثة', 'وعشرين', 'خمسين', 'مائة', 'ألف', 'آلاف', 'و', 'دون', 'وقوع', 'ضحايا', 'غارة', 'المرصد', 'السوري', 'سانا', 'قتيلان', 'شهيد', '،', '.', '«', '»'];

function soup(size: number, seed: number, mode: 'unicode' | 'arabic' | 'digits'): string {
  const r = seededRandom(seed);
  const out: string[] = [];
  let n = 0;
  while (n < size) {
    let piece: string;
    if (mode === 'unicode') {
      const cp = Math.floor(r() * 0x2ffff);
      piece = cp >= 0xd800 && cp <= 0xdfff ? ' ' : String.fromCodePoint(cp);
      if (r() < 0.1) piece += r() < 0.5 ? '\uD800' : '\n'; // lone surrogates and newlines too
    } else if (mode === 'digits') {
      piece = r() < 0.5 ? String(Math.floor(r() * 100000)) : r() < 0.5 ? '٣٤٣' : r() < 0.5 ? '1,200' : ',,,..';
      piece += r() < 0.7 ? ' ' : '';
    } else {
      piece = WORDS[Math.floor(r() * WORDS.length)] + (r() < 0.2 ? ` ${Math.floor(r() * 500)} ` : ' ');
    }
    out.push(piece);
    n += piece.length;
  }
  return out.join('').slice(0, size);
}

function time(text: string): number {
  const t0 = performance.now();
  extract({ body: text, publishedAt: '2024-11-30' });
  return performance.now() - t0;
}

describe('fuzz', () => {
  it.each(['unicode', 'arabic', 'digits'] as const)('never throws on %s soup', (mode) => {
    for (let seed = 1; seed <= 30; seed++) {
      const text = soup(2_000 + seed * 300, seed, mode);
      const r = extract({ body: text, publishedAt: '2024-11-30' });
      for (const m of r.mentions) {
        expect(m.start).toBeGreaterThanOrEqual(0);
        expect(m.end).toBeLessThanOrEqual(text.length);
        expect(m.start).toBeLessThanOrEqual(m.end);
      }
    }
  });

  it('handles 1 MB of each soup, in time linear in the size', () => {
    for (const mode of ['arabic', 'digits', 'unicode'] as const) {
      const small = soup(100_000, 7, mode);
      const big = soup(1_000_000, 7, mode);
      time(small); // warm up the JIT
      const tSmall = Math.min(time(small), time(small));
      const tBig = Math.min(time(big), time(big));
      // quadratic behaviour would make 1 MB ~100× slower than 100 KB; allow 30× (noise, GC), and 1.5 s on a loaded machine
      expect(tBig, `${mode}: 100 KB ${tSmall.toFixed(0)} ms, 1 MB ${tBig.toFixed(0)} ms`).toBeLessThan(Math.max(30 * tSmall, 1500));
    }
  }, 120_000);
});
