import { describe, expect, it } from 'vitest';
import { mergeIncidents } from './merge.js';
import { periodTolls } from './period.js';
import { shuffled, storedMention as m } from './test-factory.js';

const nineMonths = { from: '2024-01-01', to: '2024-09-30' };

describe('periodTolls: figures for a span, kept apart from day figures', () => {
  it('merges the same period toll from two articles and keeps it out of incidents', () => {
    const mentions = [
      m({ article: 'a1', value: 1200, period: nineMonths, quote: 'خلال تسعة أشهر قتل 1200 مدني' }),
      m({ article: 'b2', value: 1180, period: nineMonths, claimedBy: 'SOHR' }),
      m({ article: 'b2', id: 'day', value: 4 }),
    ];
    const tolls = periodTolls(mentions);
    expect(tolls).toHaveLength(1);
    expect(tolls[0]).toMatchObject({ scope: 'SY07', from: '2024-01-01', to: '2024-09-30', low: 1180, best: 1180, high: 1200 });
    expect(tolls[0].sources).toHaveLength(2);
    expect(mergeIncidents(mentions).map((i) => i.best)).toEqual([4]);
  });
  it('keeps tolls over different spans apart', () => {
    const tolls = periodTolls([
      m({ article: 'a1', value: 1200, period: nineMonths }),
      m({ article: 'b2', value: 1200, period: { from: '2024-01-01', to: '2024-06-30' } }),
    ]);
    expect(tolls).toHaveLength(2);
  });
  it('ignores repeats of a period toll and is order independent', () => {
    const mentions = [
      m({ article: 'a1', id: 'm1', value: 1200, period: nineMonths }),
      m({ article: 'a1', id: 'm2', value: 1200, period: nineMonths, duplicateOf: 'm1' }),
      m({ article: 'b2', id: 'm1', value: 300, period: nineMonths, category: 'injured' }),
    ];
    const expected = periodTolls(mentions);
    expect(expected.map((t) => t.sources.map((s) => s.mentionId))).toEqual([['m1'], ['m1']]);
    for (let seed = 1; seed <= 20; seed++) expect(periodTolls(shuffled(mentions, seed))).toEqual(expected);
  });
});
