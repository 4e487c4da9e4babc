import { describe, expect, it } from 'vitest';
import type { Incident } from '../shared/store/ports.js';
import { buildReportData, isConflicting } from './data.js';
import { fixtureContents, memoryStores, rollUpIncidents, type FixtureContents } from './fixture-stores.js';

function incident(id: string, governorates: string[], day: string, best: number, extra: Partial<Incident> = {}): Incident {
  return {
    id, governorates, day, category: 'killed', victim: 'civilian', low: best, best, high: best,
    sources: [{ articleId: `a-${id}`, mentionId: 'm1', outlet: 'Outlet', claimedBy: 'SOHR', value: best, low: best, high: best, quote: `قُتل ${best} مدنيين` }],
    reason: 'single source', ...extra,
  };
}

function contents(incidents: Incident[]): FixtureContents {
  return { incidents, aggregates: rollUpIncidents(incidents), articles: [] };
}

describe('buildReportData', () => {
  const week = { period: 'week' as const, to: '2024-12-01', now: new Date('2024-12-02T06:00:00Z') };

  it('counts a multi-governorate figure once, as its own row, never inside each governorate', async () => {
    const data = await buildReportData(memoryStores(contents([
      incident('1', ['SY02'], '2024-11-26', 10),
      incident('2', ['SY07'], '2024-11-27', 4),
      incident('3', ['SY02', 'SY07'], '2024-11-28', 23),
    ])), week);
    const row = (scope: string) => data.scopes.find((s) => s.scope === scope)!;
    expect(row('SY02').totals.killed.best).toBe(10);
    expect(row('SY07').totals.killed.best).toBe(4);
    expect(row('SY02+SY07')).toMatchObject({ multi: true, partial: false, en: 'Aleppo + Idleb', ar: 'حلب + إدلب' });
    expect(row('SY02+SY07').totals.killed.best).toBe(23);
    expect(data.headline.killed.current.best).toBe(37);
    expect(data.days.find((d) => d.day === '2024-11-28')!.totals.killed.best).toBe(23);
    expect(data.scopes).toHaveLength(15); // 14 governorates, zero or not, and the joint scope
  });

  it('a chosen governorate shows a joint figure reaching outside it, but leaves it out of the totals', async () => {
    const data = await buildReportData(memoryStores(contents([
      incident('1', ['SY02'], '2024-11-26', 10),
      incident('2', ['SY04'], '2024-11-26', 8),
      incident('3', ['SY02', 'SY07'], '2024-11-28', 23),
    ])), { ...week, governorates: ['SY02'] });
    expect(data.selection).toEqual(['SY02']);
    expect(data.scopes.map((s) => s.scope)).toEqual(['SY02', 'SY02+SY07']);
    expect(data.scopes[1].partial).toBe(true);
    expect(data.headline.killed.current.best).toBe(10);
    expect(data.incidents.total).toBe(2);
  });

  it('compares with the previous period for the change figure', async () => {
    const data = await buildReportData(memoryStores(contents([
      incident('old', ['SY04'], '2024-11-20', 8),
      incident('new', ['SY04'], '2024-11-29', 12),
    ])), week);
    expect(data.previous.label).toBe('2024-W47');
    expect(data.headline.killed).toMatchObject({ change: 4, changeRatio: 0.5 });
    expect(data.headline.killed.previous.best).toBe(8);
    expect(data.headline.injured.changeRatio).toBeNull();
  });

  it('keeps an open upper bound open in the sums', async () => {
    const data = await buildReportData(memoryStores(contents([
      incident('1', ['SY09'], '2024-11-26', 20, { high: null }),
      incident('2', ['SY09'], '2024-11-27', 5),
    ])), week);
    expect(data.headline.killed.current).toMatchObject({ low: 25, best: 25, high: null, incidents: 2 });
  });

  it('lists incidents whose sources disagree, and the articles they came from', async () => {
    const disputed = incident('d', ['SY07'], '2024-11-29', 12, {
      low: 12, high: 18,
      sources: [
        { articleId: 'a1', mentionId: 'm1', outlet: 'Enab Baladi', claimedBy: 'SOHR', value: 12, low: 12, high: 12, quote: 'قُتل 12 مدنياً في سراقب' },
        { articleId: 'a2', mentionId: 'm4', outlet: 'SANA', claimedBy: null, value: 18, low: 18, high: 18, quote: 'مقتل 18 شخصاً في سراقب' },
      ],
    });
    const data = await buildReportData(memoryStores(contents([disputed, incident('x', ['SY07'], '2024-11-28', 3)])), week);
    expect(data.incidents.conflicts.map((c) => c.id)).toEqual(['d']);
    expect(data.incidents.conflicts[0].sources.map((s) => s.label)).toEqual(['SOHR', 'SANA']);
    expect(data.articles.map((a) => a.id)).toEqual(['a-x', 'a1', 'a2']);
    expect(data.articles.every((a) => a.missing)).toBe(true); // the fixture has no article records
  });

  it('a daily report totals its day only, and draws the week that ends on it', async () => {
    const data = await buildReportData(memoryStores(contents([
      incident('1', ['SY04'], '2024-11-22', 5),
      incident('2', ['SY04'], '2024-11-28', 7),
      incident('3', ['SY04'], '2024-11-21', 100), // eight days before: outside the trend
    ])), { period: 'day', to: '2024-11-28' });
    expect(data.headline.killed.current.best).toBe(7);
    expect(data.previous.label).toBe('2024-11-27');
    expect(data.days.map((d) => d.day)).toEqual(['2024-11-22', '2024-11-23', '2024-11-24', '2024-11-25', '2024-11-26', '2024-11-27', '2024-11-28']);
    expect(data.days.map((d) => d.totals.killed.best)).toEqual([5, 0, 0, 0, 0, 0, 7]);
    expect(data.scopes.find((s) => s.scope === 'SY04')!.totals.killed.best).toBe(7);
    expect(data.incidents.total).toBe(1);
  });

  it('a vague figure does not make sources disagree', () => {
    expect(isConflicting([{ value: 12 }, { value: null }, { value: 12 }])).toBe(false);
    expect(isConflicting([{ value: 12 }, { value: 13 }])).toBe(true);
  });

  it('an empty period is flagged empty with zero headline figures', async () => {
    const data = await buildReportData(memoryStores(contents([incident('1', ['SY02'], '2024-10-01', 3)])), week);
    expect(data.empty).toBe(true);
    expect(data.headline.killed.current.best).toBe(0);
    expect(data.articles).toEqual([]);
  });

  it('rejects an unknown governorate with a clear error', async () => {
    await expect(buildReportData(memoryStores(contents([])), { ...week, governorates: ['SY15'] })).rejects.toThrow(/unknown governorate.*SY15/);
  });

  it('fills place names from the articles and reads every page of incidents', async () => {
    const fx = fixtureContents({ from: '2024-11-25', to: '2024-12-01', density: 10 });
    expect(fx.incidents.length).toBeGreaterThan(500); // more than one page of 500
    const data = await buildReportData(memoryStores(fx), week);
    expect(data.incidents.total).toBe(fx.incidents.length);
    expect(data.headline.killed.current.best).toBe(fx.incidents.filter((i) => i.category === 'killed').reduce((s, i) => s + i.best, 0));
    expect(data.incidents.top[0].places.length).toBeGreaterThan(0);
    expect(data.articles.some((a) => a.missing)).toBe(false);
  });
});
