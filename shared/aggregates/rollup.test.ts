import { describe, expect, it } from 'vitest';
import type { DayAggregate, Figure } from '../store/ports.js';
import { national, rollUp, sumFigures } from './rollup.js';

const killed = (best: number, high: number | null = best, incidents = 1): DayAggregate['figures'] =>
  ({ killed: { civilian: { low: best, best, high, incidents } } });
const day = (scope: string, d: string, figures: DayAggregate['figures'], articleIds: string[] = ['a1']): DayAggregate & { articleIds: string[] } =>
  ({ scope, day: d, figures, articles: articleIds.length, articleIds, sources: ['Outlet A'] });

describe('sumFigures', () => {
  const f = (low: number, best: number, high: number | null): Figure => ({ low, best, high, incidents: 1 });
  it('adds every bound and the incident counts', () => {
    expect(sumFigures(f(1, 2, 3), f(10, 20, 30))).toEqual({ low: 11, best: 22, high: 33, incidents: 2 });
  });
  it('keeps an unbounded high unbounded, from either side', () => {
    expect(sumFigures(f(51, 50, null), f(4, 4, 4)).high).toBeNull();
    expect(sumFigures(f(4, 4, 4), f(51, 50, null)).high).toBeNull();
  });
});

describe('rollUp: weeks and months across a month boundary', () => {
  // Friday 29 Nov, Sunday 1 Dec (same ISO week 48), Monday 2 Dec (week 49).
  const days = [
    day('SY07', '2024-11-29', killed(5), ['a1']),
    day('SY07', '2024-12-01', killed(10), ['a1', 'b2']),
    day('SY07', '2024-12-02', killed(20, null), ['c3']),
  ];
  it('puts the Friday and the Sunday in ISO week 48 and the Monday in week 49', () => {
    const weeks = rollUp(days, 'week');
    expect(weeks.map((w) => [w.period, w.from, w.to, w.figures.killed?.civilian?.best, w.days])).toEqual([
      ['2024-W48', '2024-11-25', '2024-12-01', 15, ['2024-11-29', '2024-12-01']],
      ['2024-W49', '2024-12-02', '2024-12-08', 20, ['2024-12-02']],
    ]);
  });
  it('puts the Sunday and the Monday in December', () => {
    const months = rollUp(days, 'month');
    expect(months.map((r) => [r.period, r.from, r.to, r.figures.killed?.civilian])).toEqual([
      ['2024-11', '2024-11-01', '2024-11-30', { low: 5, best: 5, high: 5, incidents: 1 }],
      ['2024-12', '2024-12-01', '2024-12-31', { low: 30, best: 30, high: null, incidents: 2 }],
    ]);
  });
  it('counts an article reporting on two days of the period once', () => {
    expect(rollUp(days, 'week')[0].articles).toBe(2);
    expect(rollUp(days, 'day').map((r) => r.articles)).toEqual([1, 2, 1]);
  });
  it('falls back to adding counts for rows stored without article ids', () => {
    const bare = days.map(({ articleIds: _ids, ...d }) => d as DayAggregate);
    expect(rollUp(bare, 'week')[0].articles).toBe(3);
  });
  it('keeps scopes apart and refuses the same scope-day twice', () => {
    expect(rollUp([...days, day('SY02', '2024-11-29', killed(1))], 'month').map((r) => `${r.scope} ${r.period}`))
      .toEqual(['SY02 2024-11', 'SY07 2024-11', 'SY07 2024-12']);
    expect(() => rollUp([days[0], days[0]], 'week')).toThrow('scope SY07 on 2024-11-29 given twice');
  });
});

describe('national: each incident once, multi-governorate figures included once', () => {
  const rows = rollUp([
    day('SY02', '2024-11-25', killed(10), ['a1']),
    day('SY07', '2024-11-25', killed(5), ['b2']),
    // One figure for an event spanning Aleppo and Idleb: its own scope, never added to each.
    day('SY02+SY07', '2024-11-25', killed(20), ['a1']),
  ], 'day');
  it('sums governorate and multi-governorate rows: 10 + 5 + 20, not 10 + 5 + 20 + 20', () => {
    const [sy] = national(rows);
    expect(sy).toMatchObject({ scope: 'SY', period: '2024-11-25', articles: 2 });
    expect(sy.figures.killed?.civilian).toEqual({ low: 35, best: 35, high: 35, incidents: 3 });
  });
  it('refuses national rows as input', () => {
    expect(() => national(national(rows))).toThrow('already national');
  });
});
