import { describe, expect, it } from 'vitest';
import { mergeIncidents } from './merge.js';
import { shuffled, storedMention as m } from './test-factory.js';

describe('mergeIncidents: one real-world event counted once across articles', () => {
  it('merges a headline 343 and a SOHR 327 into one incident, best 327, range 327–343', () => {
    const incidents = mergeIncidents([
      m({ article: 'a1', id: 'm1', value: 343, outlet: 'Outlet A', cumulative: true, quote: 'ارتفع عدد القتلى إلى 343' }),
      m({ article: 'b2', id: 'm5', value: 327, outlet: 'Outlet B', claimedBy: 'SOHR', quote: 'وثق المرصد السوري مقتل 327' }),
    ]);
    expect(incidents).toHaveLength(1);
    const [i] = incidents;
    expect(i).toMatchObject({ governorates: ['SY07'], day: '2024-11-25', category: 'killed', victim: 'civilian', low: 327, best: 327, high: 343 });
    expect(i.sources).toEqual([
      { articleId: 'a1', mentionId: 'm1', outlet: 'Outlet A', claimedBy: null, value: 343, low: 343, high: 343, quote: 'ارتفع عدد القتلى إلى 343' },
      { articleId: 'b2', mentionId: 'm5', outlet: 'Outlet B', claimedBy: 'SOHR', value: 327, low: 327, high: 327, quote: 'وثق المرصد السوري مقتل 327' },
    ]);
    // A reviewer can check both decisions from the reason alone.
    expect(i.reason).toContain('taken as one event');
    expect(i.reason).toContain('343 is within ×1.5 + 3 of 327');
    expect(i.reason).toContain('attributed monitor SOHR');
  });

  it('counts two outlets reporting the same strike once', () => {
    const incidents = mergeIncidents([
      m({ article: 'a1', value: 12, outlet: 'Outlet A' }),
      m({ article: 'b2', value: 12, outlet: 'Outlet B' }),
    ]);
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({ low: 12, best: 12, high: 12 });
    expect(incidents[0].sources.map((s) => s.outlet)).toEqual(['Outlet A', 'Outlet B']);
  });

  it('keeps two strikes on the same day in the same governorate apart (5 and 40)', () => {
    const incidents = mergeIncidents([
      m({ article: 'a1', id: 'm1', value: 5 }),
      m({ article: 'b2', id: 'm1', value: 40 }),
      m({ article: 'c3', id: 'm1', value: 6 }),
      m({ article: 'c3', id: 'm2', value: 42 }),
    ]);
    expect(incidents.map((i) => [i.low, i.best, i.high, i.sources.length])).toEqual([[40, 40, 42, 2], [5, 5, 6, 2]]);
  });

  it('never merges two figures of the same article, however close', () => {
    const incidents = mergeIncidents([m({ article: 'a1', id: 'm1', value: 7 }), m({ article: 'a1', id: 'm2', value: 8 })]);
    expect(incidents).toHaveLength(2);
  });

  it('merges a vague quantity with the exact figure it fits, and leaves best to the number', () => {
    const incidents = mergeIncidents([
      m({ article: 'a1', value: null, low: 20, quote: 'مقتل عشرات المدنيين' }),
      m({ article: 'b2', value: 43 }),
    ]);
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({ low: 43, best: 43, high: 43 });
    expect(incidents[0].sources).toHaveLength(2);
    expect(incidents[0].reason).toContain('overlapping ranges');
  });

  it('turns a vague quantity alone into an open-ended incident at its low bound', () => {
    const [i] = mergeIncidents([m({ article: 'a1', value: null, low: 20, high: 99 })]);
    expect(i).toMatchObject({ low: 20, best: 20, high: null });
  });

  it('lets a running toll absorb the earlier report it updates', () => {
    const incidents = mergeIncidents([
      m({ article: 'a1', value: 14 }),
      m({ article: 'b2', value: 30, cumulative: true, quote: 'ارتفعت حصيلة القتلى إلى 30' }),
    ]);
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({ low: 14, high: 30 });
    expect(incidents[0].reason).toContain('running toll 30 may have risen from 14');
  });

  it('does not chain 10 → 14 → 20 into one event (every member must fit every other)', () => {
    const incidents = mergeIncidents([m({ article: 'a', value: 10 }), m({ article: 'b', value: 14 }), m({ article: 'c', value: 20 })]);
    expect(incidents.map((i) => i.sources.map((s) => s.value))).toEqual([[20], [10, 14]]);
  });

  it('never lets best fall below low: "more than 50" gives best 51, open above', () => {
    const [i] = mergeIncidents([m({ article: 'a1', value: 50, qualifier: 'more_than' })]);
    expect(i).toMatchObject({ low: 51, best: 51, high: null });
  });

  it('only merges the same scope, day, category and victim', () => {
    const incidents = mergeIncidents([
      m({ article: 'a1', value: 10 }),
      m({ article: 'b1', value: 10, governorates: ['SY02'] }),
      m({ article: 'c1', value: 10, governorates: ['SY02', 'SY07'] }),
      m({ article: 'd1', value: 10, day: '2024-11-26' }),
      m({ article: 'e1', value: 10, category: 'injured' }),
      m({ article: 'f1', value: 10, victim: 'combatant' }),
    ]);
    expect(incidents).toHaveLength(6);
    expect(incidents.find((i) => i.governorates.length === 2)?.governorates).toEqual(['SY02', 'SY07']);
  });

  it('leaves out repeats, breakdowns, period tolls and figures with no governorate', () => {
    const incidents = mergeIncidents([
      m({ article: 'a1', id: 'm1', value: 10 }),
      m({ article: 'a1', id: 'm2', value: 10, duplicateOf: 'm1' }),
      m({ article: 'a1', id: 'm3', value: 4, partOf: 'm1' }),
      m({ article: 'a1', id: 'm4', value: 900, period: { from: '2024-11-01', to: '2024-11-25' } }),
      m({ article: 'a1', id: 'm5', value: 77, governorates: [] }),
    ]);
    expect(incidents.map((i) => i.sources.map((s) => s.mentionId))).toEqual([['m1']]);
  });

  it('counts the same stored mention given twice once', () => {
    const one = m({ article: 'a1', id: 'm1', value: 9 });
    expect(mergeIncidents([one, { ...one }])).toEqual(mergeIncidents([one]));
  });

  it('honours the configured best policy', () => {
    const mentions = [m({ article: 'a1', value: 20 }), m({ article: 'b2', value: 24 })];
    expect(mergeIncidents(mentions, 'highest')[0].best).toBe(24);
    expect(mergeIncidents(mentions, 'lowest')[0].best).toBe(20);
  });

  it('gives the same incidents, ids included, for the same mentions in any order (shuffled ×20)', () => {
    const mentions = [
      m({ article: 'a1', id: 'm1', value: 343, cumulative: true }),
      m({ article: 'b2', id: 'm5', value: 327, claimedBy: 'SOHR' }),
      m({ article: 'c3', id: 'm1', value: 5 }),
      m({ article: 'c3', id: 'm2', value: 6 }),
      m({ article: 'd4', id: 'm1', value: 5 }),
      m({ article: 'd4', id: 'm2', value: null, low: 20 }),
      m({ article: 'e5', id: 'm1', value: null, low: 3 }),
      m({ article: 'e5', id: 'm2', value: 12, victim: 'combatant' }),
      m({ article: 'f6', id: 'm1', value: 12, victim: 'combatant', claimedBy: 'SANA', claimKind: 'state_media' }),
      m({ article: 'f6', id: 'm2', value: 8, category: 'injured', governorates: ['SY07', 'SY02'] }),
      m({ article: 'g7', id: 'm1', value: 9, category: 'injured', governorates: ['SY02', 'SY07'] }),
      m({ article: 'g7', id: 'm2', value: 15, day: '2024-11-26' }),
    ];
    const expected = mergeIncidents(mentions);
    expect(expected.length).toBeGreaterThan(3);
    for (let seed = 1; seed <= 20; seed++) expect(mergeIncidents(shuffled(mentions, seed))).toEqual(expected);
  });

  it('changes the id when the members change, and only then', () => {
    const a = m({ article: 'a1', id: 'm1', value: 10 });
    const b = m({ article: 'b2', id: 'm1', value: 11 });
    const [alone] = mergeIncidents([a]);
    const [together] = mergeIncidents([a, b]);
    expect(alone.id).toMatch(/^[0-9a-f]{32}$/);
    expect(together.id).not.toBe(alone.id);
    expect(mergeIncidents([{ ...a, quote: 'نص آخر' }])[0].id).toBe(alone.id);
  });
});
