// Pins the sample scorer itself on synthetic engine output, so its verdicts can be trusted
// while the engine is being written.
import { describe, expect, it } from 'vitest';
import type { ArticleExtraction, Category, Mention } from '../shared/extraction/index.js';
import { loadSamples, scoreSample, summarise } from './score-samples.js';

const [ariha] = loadSamples(undefined, '01-ariha-airstrikes');

function mention(category: Category, value: number | null, text: string, at: string, governorates: string[] = []): Mention {
  const start = ariha.text.indexOf(at);
  if (start < 0) throw new Error(`not in the sample: ${at}`);
  return {
    id: `p${start}`, category, victim: 'civilian', groups: [], governorates, places: [], placeBasis: 'sentence',
    count: { value, qualifier: value === null ? 'vague' : 'exact', low: value ?? 0, high: value },
    source: null, eventDate: { date: null, precision: 'unknown', period: null, basis: 'test' },
    start, end: start + at.length, quote: at, cumulative: false, duplicateOf: null, partOf: null, reason: null,
  };
}

function output(mentions: Mention[], totals: Partial<Record<Category, number>>): ArticleExtraction {
  return {
    extractorVersion: 'test', textLength: ariha.text.length, mentions,
    totals: Object.fromEntries(Object.entries(totals).map(([c, best]) => [c, { low: best, best, high: best, from: [], reason: 'test' }])),
    context: { publishedAt: null, outlet: null, datelineGovernorates: [], mainGovernorates: [] },
  };
}

describe('scoreSample', () => {
  it('counts a faithful reading as all found, with totals in range', () => {
    const s = scoreSample(ariha, output([
      mention('killed', 9, ariha.text, 'مقتل 9 مدنيين', ['SY07']),
      mention('injured', 17, ariha.text, 'وأصيب 17 آخرون', ['SY07']),
    ], { killed: 9, injured: 17 }));
    expect([s.tp, s.fp, s.fn]).toEqual([2, 0, 0]);
    expect(s.totals.every((t) => t.ok)).toBe(true);
    expect(s.attributes.governorate).toEqual({ ok: 2, n: 2 });
  });

  it('lets optional mentions (repeats, breakdown parts) cost nothing when found', () => {
    const s = scoreSample(ariha, output([
      mention('killed', 9, ariha.text, 'مقتل 9 مدنيين'),
      mention('killed', 9, ariha.text, 'قُتل ما لا يقل عن 9 مدنيين'),
      mention('killed', 4, ariha.text, '4 أطفال'),
      mention('injured', 17, ariha.text, 'وأصيب 17 آخرون'),
    ], {}));
    expect([s.tp, s.fp, s.fn]).toEqual([2, 0, 0]);
  });

  it('flags a figure read from a non-casualty span as an extra and as a not_casualties hit', () => {
    const s = scoreSample(ariha, output([mention('killed', 15, ariha.text, '15 غارة')], { killed: 15 }));
    expect(s.fp).toBe(1);
    expect(s.notCasualtyHits.map((h) => h.span)).toEqual(['15 غارة']);
    expect(s.fn).toBe(2);
    expect(s.totals.find((t) => t.category === 'killed')?.ok).toBe(false);
  });

  it('matches the nearest evidence first, as ../shared/eval/score.mjs does', () => {
    // Only the body repeat is predicted: it takes the optional body mention, so the headline is missed.
    const s = scoreSample(ariha, output([mention('killed', 9, ariha.text, 'قُتل ما لا يقل عن 9 مدنيين')], {}));
    expect(s.misses.map((m) => m.id)).toEqual(['m1', 'm6']);
  });

  it('summarises precision and recall over samples', () => {
    const a = scoreSample(ariha, output([mention('killed', 9, ariha.text, 'مقتل 9 مدنيين'), mention('killed', 6, ariha.text, '6 مبانٍ')], {}));
    const o = summarise([a]);
    expect([o.tp, o.fp, o.fn]).toEqual([1, 1, 1]);
    expect(o.precision).toBeCloseTo(0.5);
    expect(o.recall).toBeCloseTo(0.5);
  });
});
