import { describe, expect, it } from 'vitest';
import type { DayAggregate } from '../store/ports.js';
import { aggregateRows, csvRecord, scopesToRead } from './aggregates.js';

const day = (scope: string, d: string, best: number, extra: Partial<DayAggregate> = {}): DayAggregate => ({
  scope, day: d, articles: 1, sources: ['Outlet A'],
  figures: { killed: { civilian: { low: best, best, high: best + 2, incidents: 1 } } },
  ...extra,
});

describe('aggregate rows', () => {
  const days = [
    day('SY02', '2024-11-03', 10),
    day('SY07', '2024-11-03', 5),
    day('SY02+SY07', '2024-11-20', 7),
    day('SY02', '2024-11-30', 4, { figures: { injured: { combatant: { low: 4, best: 4, high: null, incidents: 1 } } } }),
  ];

  it('without a governorate: governorate, multi-governorate and national rows, multi counted once nationally', () => {
    const rows = aggregateRows(days, { governorates: [], interval: 'month' });
    expect(rows.map((r) => [r.scope, r.kind, r.category, r.victim, r.best])).toEqual([
      ['SY02', 'governorate', 'killed', 'civilian', 10],
      ['SY02', 'governorate', 'injured', 'combatant', 4],
      ['SY07', 'governorate', 'killed', 'civilian', 5],
      ['SY02+SY07', 'multi', 'killed', 'civilian', 7],
      ['SY', 'national', 'killed', 'civilian', 22],
      ['SY', 'national', 'injured', 'combatant', 4],
    ]);
    expect(rows.find((r) => r.kind === 'multi')!.governorates).toEqual(['SY02', 'SY07']);
    expect(rows.find((r) => r.kind === 'national')).toMatchObject({ governorates: [], period: '2024-11', from: '2024-11-01', to: '2024-11-30' });
  });

  it('with one governorate: its own rows only, no joint or national rows; high null stays null', () => {
    const rows = aggregateRows(days, { governorates: ['SY02'], interval: 'day' });
    expect(rows.map((r) => [r.scope, r.period, r.best, r.high])).toEqual([['SY02', '2024-11-03', 10, 12], ['SY02', '2024-11-30', 4, null]]);
  });

  it('with several governorates: their joint figures too, still no national rows', () => {
    const rows = aggregateRows([...days, day('SY02+SY04', '2024-11-21', 9)], { governorates: ['SY02', 'SY07'], interval: 'month' });
    expect(rows.map((r) => r.scope)).toEqual(['SY02', 'SY02', 'SY07', 'SY02+SY07']);
  });

  it('reads each governorate and each joint scope of them, or every scope for a large selection', () => {
    expect(scopesToRead(['SY02'])).toEqual(['SY02']);
    expect(scopesToRead(['SY02', 'SY07'])).toEqual(['SY02', 'SY02+SY07', 'SY07']);
    expect(scopesToRead(['SY01', 'SY02', 'SY03'])).toHaveLength(7);
    expect(scopesToRead(['SY01', 'SY02', 'SY03', 'SY04'])).toHaveLength(15);
    expect(scopesToRead(['SY01', 'SY02', 'SY03', 'SY04', 'SY05'])).toEqual([]);
    expect(scopesToRead([])).toEqual([]);
  });

  it('keeps only the asked category and victim', () => {
    const rows = aggregateRows(days, { governorates: [], interval: 'week', category: 'injured', victim: 'combatant' });
    expect(rows.map((r) => [r.scope, r.period])).toEqual([['SY02', '2024-W48'], ['SY', '2024-W48']]);
  });

  it('flattens sources for CSV and drops the governorate list', () => {
    const [row] = aggregateRows([day('SY02', '2024-11-03', 1, { sources: ['A', 'B'] })], { governorates: ['SY02'], interval: 'day' });
    const rec = csvRecord(row);
    expect(rec.sources).toBe('A; B');
    expect(rec).not.toHaveProperty('governorates');
  });
});
