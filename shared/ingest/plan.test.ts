import { describe, expect, it } from 'vitest';
import type { ArticleExtraction, Mention } from '../extraction/types.js';
import type { ScopeDayContents, StoredMention } from '../store/ports.js';
import { planScopeDay, scopeDaysOf, storedMentions, type Recompute } from './plan.js';

const m = (id: string, govs: string[], date: string | null, precision: 'day' | 'unknown' = 'day'): Mention => ({
  id, category: 'killed', count: { value: 3, qualifier: 'exact', low: 3, high: 3 }, victim: 'civilian', groups: [], governorates: govs,
  places: [], placeBasis: 'clause', source: null, eventDate: { date, precision, period: null, basis: 'test' },
  start: 0, end: 1, quote: 'q', cumulative: false, duplicateOf: null, partOf: null, reason: null,
});
const extraction = (mentions: Mention[]): ArticleExtraction => ({
  extractorVersion: '1', textLength: 10, mentions, totals: {}, context: { publishedAt: null, outlet: null, datelineGovernorates: [], mainGovernorates: [] },
});

describe('storedMentions', () => {
  it('files each figure under its event day, else the publication day', () => {
    const out = storedMentions('art', extraction([m('m1', ['SY02'], '2024-03-01'), m('m2', ['SY02'], null, 'unknown')]), {
      outlet: 'o', publishedAt: '2024-03-05T10:00:00+03:00', uploadedAt: '2024-03-06T00:00:00Z',
    });
    expect(out.map((s) => [s.id, s.day, s.articleId, s.outlet])).toEqual([['m1', '2024-03-01', 'art', 'o'], ['m2', '2024-03-05', 'art', 'o']]);
  });
});

describe('scopeDaysOf', () => {
  it('lists each scope-day once, multi-governorate figures as their own scope, unplaced figures nowhere', () => {
    const ms = storedMentions('a', extraction([m('1', ['SY07', 'SY02'], '2024-01-02'), m('2', ['SY02'], '2024-01-02'), m('3', ['SY02'], '2024-01-02'), m('4', [], '2024-01-02')]), {
      outlet: null, publishedAt: '2024-01-03', uploadedAt: '2024-01-03',
    });
    expect(scopeDaysOf(ms)).toEqual([{ scope: 'SY02', day: '2024-01-02' }, { scope: 'SY02+SY07', day: '2024-01-02' }]);
  });
});

describe('planScopeDay', () => {
  const recompute: Recompute = (scope, day, mentions) => ({ incidents: [], aggregate: { scope, day, figures: {}, articles: new Set(mentions.map((x) => x.articleId)).size, sources: [] } });
  const read = (mentions: StoredMention[]): ScopeDayContents => ({ scope: 'SY02', day: '2024-01-02', mentions, incidents: [], aggregate: null, version: 'v1' });
  const mine = storedMentions('me', extraction([m('m1', ['SY02'], '2024-01-02')]), { outlet: null, publishedAt: null, uploadedAt: '2024-01-02' });
  const other = storedMentions('other', extraction([m('m1', ['SY02'], '2024-01-02')]), { outlet: null, publishedAt: null, uploadedAt: '2024-01-02' });

  it("recomputes from the other articles' mentions plus this article's, replacing its old ones", () => {
    const plan = planScopeDay(read([...other, ...mine]), 'me', mine, recompute);
    expect(plan).toMatchObject({ expectedVersion: 'v1', hasMentions: true, aggregate: { articles: 2 } });
  });

  it('empties the scope-day when the article was its last mention and files nothing there now', () => {
    expect(planScopeDay(read(mine), 'me', [], recompute)).toMatchObject({ hasMentions: false, aggregate: null, incidents: [] });
  });
});
