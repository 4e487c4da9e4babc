// End to end through the pure functions, as the pipeline and the API use them:
// stored mentions → incidents per scope-day → day aggregates → roll-up → national.
import { describe, expect, it } from 'vitest';
import { mergeIncidents } from '../incidents/merge.js';
import { filedDay, scopeOf } from '../incidents/scope.js';
import { shuffled, storedMention as m } from '../incidents/test-factory.js';
import type { StoredMention } from '../store/ports.js';
import { aggregateDay } from './day.js';
import { national, rollUp } from './rollup.js';

function weekFromMentions(mentions: StoredMention[]) {
  const scopeDays = new Map<string, StoredMention[]>();
  for (const x of mentions) {
    const scope = scopeOf(x.governorates);
    if (!scope) continue;
    const key = `${scope} ${filedDay(x)}`;
    scopeDays.set(key, [...(scopeDays.get(key) ?? []), x]);
  }
  const days = [...scopeDays.entries()].map(([key, ms]) => {
    const [scope, day] = key.split(' ');
    return aggregateDay(scope, day, mergeIncidents(ms), ms);
  });
  const rows = rollUp(days, 'week');
  return { rows, sy: national(rows) };
}

describe('national figures from stored mentions', () => {
  const mentions = [
    // One strike on Aleppo, reported by two outlets.
    m({ article: 'a1', value: 10, governorates: ['SY02'], outlet: 'Outlet A' }),
    m({ article: 'b2', value: 11, governorates: ['SY02'], outlet: 'Outlet B' }),
    // A separate strike on Idleb.
    m({ article: 'a1', value: 5, governorates: ['SY07'], outlet: 'Outlet A' }),
    // One figure spanning Aleppo and Idleb, reported twice: counted once, and not in SY02 or SY07.
    m({ article: 'c3', value: 20, governorates: ['SY07', 'SY02'], outlet: 'Outlet C', claimedBy: 'SOHR' }),
    m({ article: 'd4', value: 22, governorates: ['SY02', 'SY07'], outlet: 'Outlet D' }),
    // Next day (same ISO week) in Idleb.
    m({ article: 'd4', value: 3, governorates: ['SY07'], day: '2024-11-26', outlet: 'Outlet D' }),
  ];

  it('counts every incident once: 10 + 5 + 20 + 3 = 38', () => {
    const { rows, sy } = weekFromMentions(mentions);
    expect(rows.map((r) => [r.scope, r.figures.killed?.civilian?.best])).toEqual([['SY02', 10], ['SY02+SY07', 20], ['SY07', 8]]);
    expect(sy).toHaveLength(1);
    expect(sy[0]).toMatchObject({ scope: 'SY', period: '2024-W48', articles: 4, days: ['2024-11-25', '2024-11-26'] });
    expect(sy[0].figures.killed?.civilian).toEqual({ low: 38, best: 38, high: 41, incidents: 4 });
    expect(sy[0].sources).toEqual(['Outlet A', 'Outlet B', 'Outlet C', 'Outlet D', 'SOHR']);
  });

  it('does not depend on the order mentions were stored in', () => {
    const expected = JSON.stringify(weekFromMentions(mentions));
    for (let seed = 1; seed <= 20; seed++) expect(JSON.stringify(weekFromMentions(shuffled(mentions, seed)))).toBe(expected);
  });
});
