import { describe, expect, it } from 'vitest';
import { mergeIncidents } from '../incidents/merge.js';
import { shuffled, storedMention as m } from '../incidents/test-factory.js';
import { aggregateDay } from './day.js';

const dayOf = (mentions: ReturnType<typeof m>[], scope = 'SY07', day = '2024-11-25') =>
  aggregateDay(scope, day, mergeIncidents(mentions).filter((i) => i.governorates.join('+') === scope && i.day === day), mentions);

describe('aggregateDay: a scope-day sums incidents, never raw mentions', () => {
  it('counts two outlets reporting the same strike once, and names both', () => {
    const agg = dayOf([
      m({ article: 'a1', value: 12, outlet: 'Outlet A' }),
      m({ article: 'b2', value: 12, outlet: 'Outlet B', claimedBy: 'SOHR' }),
    ]);
    expect(agg.figures).toEqual({ killed: { civilian: { low: 12, best: 12, high: 12, incidents: 1 } } });
    expect(agg.articles).toBe(2);
    expect(agg.articleIds).toEqual(['a1', 'b2']);
    expect(agg.sources).toEqual(['Outlet A', 'Outlet B', 'SOHR']);
  });

  it('adds two strikes on the same day', () => {
    const agg = dayOf([m({ article: 'a1', value: 5 }), m({ article: 'b2', value: 40 }), m({ article: 'c3', value: 42 })]);
    expect(agg.figures.killed?.civilian).toEqual({ low: 45, best: 45, high: 47, incidents: 2 });
  });

  it('keeps categories and victims in their own cells', () => {
    const agg = dayOf([
      m({ article: 'a1', value: 5 }),
      m({ article: 'a1', value: 9, category: 'injured' }),
      m({ article: 'a1', value: 3, victim: 'combatant' }),
    ]);
    expect(agg.figures).toEqual({
      killed: { civilian: { low: 5, best: 5, high: 5, incidents: 1 }, combatant: { low: 3, best: 3, high: 3, incidents: 1 } },
      injured: { civilian: { low: 9, best: 9, high: 9, incidents: 1 } },
    });
  });

  it('leaves the high bound open when any incident is "more than"', () => {
    const agg = dayOf([m({ article: 'a1', value: 50, qualifier: 'more_than' }), m({ article: 'b2', value: 4 })]);
    expect(agg.figures.killed?.civilian).toEqual({ low: 55, best: 55, high: null, incidents: 2 });
  });

  it('counts only articles whose countable figures are filed here', () => {
    const agg = dayOf([
      m({ article: 'a1', value: 5 }),
      m({ article: 'b2', value: 7, governorates: ['SY02'] }),
      m({ article: 'c3', value: 900, period: { from: '2024-11-01', to: '2024-11-25' } }),
    ]);
    expect(agg.articleIds).toEqual(['a1']);
  });

  it('is the same, byte for byte, for the same mentions in any order', () => {
    const mentions = [
      m({ article: 'a1', value: 12, outlet: 'Outlet A' }), m({ article: 'b2', value: 13, outlet: 'Outlet B', claimedBy: 'SOHR' }),
      m({ article: 'c3', value: 3, category: 'injured' }), m({ article: 'c3', value: 40, outlet: 'Outlet C' }),
      m({ article: 'd4', value: null, low: 20, victim: 'unknown' }),
    ];
    const expected = JSON.stringify(dayOf(mentions));
    for (let seed = 1; seed <= 20; seed++) expect(JSON.stringify(dayOf(shuffled(mentions, seed)))).toBe(expected);
  });

  it('refuses an incident of another scope or day, which it would count twice', () => {
    const incidents = mergeIncidents([m({ article: 'a1', value: 5, governorates: ['SY02'] })]);
    expect(() => aggregateDay('SY07', '2024-11-25', incidents, [])).toThrow(/incident [0-9a-f]+ is filed under SY02 on 2024-11-25/);
  });
});
