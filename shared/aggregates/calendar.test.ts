import { describe, expect, it } from 'vitest';
import { isoWeek, periodBounds, periodKey } from './calendar.js';

describe('periodKey: the day, ISO week or month a day falls in', () => {
  it('names the three intervals', () => {
    expect(periodKey('2024-11-25', 'day')).toBe('2024-11-25');
    expect(periodKey('2024-11-25', 'week')).toBe('2024-W48');
    expect(periodKey('2024-11-25', 'month')).toBe('2024-11');
  });
  it('starts ISO weeks on Monday: Sunday 1 December 2024 is still in W48', () => {
    expect(periodKey('2024-12-01', 'week')).toBe('2024-W48');
    expect(periodKey('2024-12-02', 'week')).toBe('2024-W49');
    expect(periodBounds('2024-12-01', 'week')).toEqual({ from: '2024-11-25', to: '2024-12-01' });
  });
  it('files days at the turn of the year under the ISO week year', () => {
    expect(isoWeek('2024-12-30')).toEqual({ year: 2025, week: 1 });
    expect(isoWeek('2021-01-03')).toEqual({ year: 2020, week: 53 });
    expect(periodKey('2026-01-01', 'week')).toBe('2026-W01');
    expect(periodKey('2023-01-01', 'week')).toBe('2022-W52');
  });
  it('gives calendar month bounds, leap February included', () => {
    expect(periodBounds('2024-02-10', 'month')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(periodBounds('2024-12-31', 'month')).toEqual({ from: '2024-12-01', to: '2024-12-31' });
  });
  it('refuses what is not a calendar day or interval, with the offending value', () => {
    expect(() => periodKey('2024-13-01', 'week')).toThrow('not a calendar day (YYYY-MM-DD): "2024-13-01"');
    expect(() => periodKey('2024-11-25T10:00:00Z', 'day')).toThrow('not a calendar day');
    expect(() => periodKey('2024-11-25', 'year' as never)).toThrow('unknown interval "year"');
  });
});
