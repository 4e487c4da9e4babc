// An extraction function whose figures the tests control: each line "مقتل N مدنيين في
// <governorate> يوم YYYY-MM-DD" (or إصابة for the injured) is one mention. Injected into
// the domain service in place of the engine (a pure function, not a mock of a service).
import type { ArticleExtraction, ArticleInput, Category } from '../../shared/extraction/types.js';
import { mention } from './fixtures.js';

export const GOVERNORATES: Record<string, string> = { حلب: 'SY02', حمص: 'SY04', حماة: 'SY05', إدلب: 'SY07', درعا: 'SY12' };
const LINE = /(مقتل|إصابة) (\d+) مدنيين في (\S+) يوم (\d{4}-\d{2}-\d{2})/g;

export function testExtractor(version = 'test-1', opts: { categories?: Category[] } = {}) {
  return (input: ArticleInput): ArticleExtraction => {
    const text = input.title ? `${input.title}\n\n${input.body}` : input.body;
    const mentions = [...text.matchAll(LINE)]
      .map((m, i) => {
        const category: Category = m[1] === 'مقتل' ? 'killed' : 'injured';
        const gov = GOVERNORATES[m[3]] ?? null;
        return { ...mention(`m${i + 1}`, { value: Number(m[2]), category, govs: gov ? [gov] : [], day: m[4], start: m.index }), quote: m[0] };
      })
      .filter((m) => !opts.categories || opts.categories.includes(m.category));
    return {
      extractorVersion: version, textLength: text.length, mentions, totals: {},
      context: { publishedAt: input.publishedAt ?? null, outlet: input.outlet ?? null, datelineGovernorates: [], mainGovernorates: [] },
    };
  };
}

/** An Arabic dispatch with the given figures, padded with prose so it reads as an article. */
export function dispatch(lines: string[], salt = ''): string {
  return [
    `أفادت مصادر محلية اليوم بوقوع قصف على عدة مناطق ${salt}`.trim(),
    ...lines.map((l) => `${l} بحسب ما ذكرته فرق الدفاع المدني.`),
    'وتواصل فرق الإنقاذ البحث تحت الأنقاض عن ناجين.',
  ].join('\n');
}
