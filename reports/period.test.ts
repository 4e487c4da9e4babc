import { describe, expect, it } from 'vitest';
import { lastCompletePeriod, periodContaining, previousPeriod } from './period.js';

describe('report periods', () => {
  it('a week is the ISO week holding the day, Monday to Sunday', () => {
    const p = periodContaining('week', '2024-12-01');
    expect(p).toMatchObject({ label: '2024-W48', from: '2024-11-25', to: '2024-12-01' });
    expect(p.days).toHaveLength(7);
  });

  it('the week of 30 December 2024 belongs to 2025', () => {
    expect(periodContaining('week', '2024-12-30').label).toBe('2025-W01');
  });

  it('a month runs from the 1st to its last day, leap years included', () => {
    expect(periodContaining('month', '2024-02-10')).toMatchObject({ label: '2024-02', from: '2024-02-01', to: '2024-02-29' });
    expect(periodContaining('month', '2024-02-10').days).toHaveLength(29);
  });

  it('the previous period is the one just before, across a year boundary', () => {
    expect(previousPeriod(periodContaining('week', '2025-01-01'))).toMatchObject({ label: '2024-W52', from: '2024-12-23' });
    expect(previousPeriod(periodContaining('month', '2024-01-15')).label).toBe('2023-12');
    expect(previousPeriod(periodContaining('day', '2024-03-01')).label).toBe('2024-02-29');
  });

  it('a schedule reports on the last complete period, whenever it fires', () => {
    expect(lastCompletePeriod('week', new Date('2024-12-02T00:05:00Z')).label).toBe('2024-W48'); // Monday
    expect(lastCompletePeriod('week', new Date('2024-12-04T12:00:00Z')).label).toBe('2024-W48'); // Wednesday
    expect(lastCompletePeriod('month', new Date('2024-12-01T01:00:00Z')).label).toBe('2024-11');
    expect(lastCompletePeriod('day', new Date('2024-12-01T01:00:00Z')).label).toBe('2024-11-30');
  });

  it('rejects a date that is not a calendar day', () => {
    expect(() => periodContaining('week', '2024-02-30')).toThrow(/calendar day/);
    expect(() => periodContaining('week', '1 Dec 2024')).toThrow(/calendar day/);
  });
});
