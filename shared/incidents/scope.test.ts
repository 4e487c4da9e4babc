import { describe, expect, it } from 'vitest';
import { calendarDay, dayOf, isCountable, isMultiGovernorate, scopeOf, whyNotCountable } from './scope.js';
import { storedMention } from './test-factory.js';

describe('scopeOf: where a figure is filed', () => {
  it('files a one-governorate figure under its p-code', () => {
    expect(scopeOf(['SY07'])).toBe('SY07');
  });
  it('files a multi-governorate figure under its own scope, p-codes sorted and counted once', () => {
    expect(scopeOf(['SY07', 'SY02', 'SY07'])).toBe('SY02+SY07');
    expect(isMultiGovernorate('SY02+SY07')).toBe(true);
    expect(isMultiGovernorate('SY02')).toBe(false);
  });
  it('files nothing when the place is unknown', () => {
    expect(scopeOf([])).toBeNull();
    expect(scopeOf([' '])).toBeNull();
  });
});

describe('isCountable: which mentions count at all', () => {
  it('counts a plain figure and a vague one', () => {
    expect(isCountable(storedMention({ value: 12 }))).toBe(true);
    expect(isCountable(storedMention({ value: null }))).toBe(true);
  });
  it('does not count a repeat or a breakdown of the same article, and says why', () => {
    expect(whyNotCountable(storedMention({ duplicateOf: 'm1' }))).toBe('repeats m1 of the same article');
    expect(isCountable(storedMention({ partOf: 'm1' }))).toBe(false);
  });
  it('keeps period tolls out of day figures', () => {
    const m = storedMention({ period: { from: '2024-01-01', to: '2024-09-30' } });
    expect(isCountable(m)).toBe(false);
    expect(whyNotCountable(m)).toContain('period toll');
  });
  it('refuses malformed figures with a reason instead of summing them', () => {
    expect(whyNotCountable(storedMention({ value: 5, low: 5, high: 2 }))).toContain('below low');
    expect(whyNotCountable(storedMention({ value: Number.NaN }))).toContain('not a non-negative number');
    expect(isCountable(storedMention({ value: null, qualifier: 'exact' }))).toBe(false);
    expect(isCountable({ ...storedMention(), category: 'arrested' as never })).toBe(false);
  });
});

describe('dayOf: which day a figure is filed under', () => {
  it('uses the event date when it is known to the day', () => {
    expect(dayOf({ eventDate: { date: '2024-11-24', precision: 'day', period: null, basis: 'أمس' }, publishedAt: '2024-11-25T08:00:00+03:00' })).toBe('2024-11-24');
  });
  it('falls back to the publication day, as written (no shift to UTC)', () => {
    expect(dayOf({ eventDate: { date: '2024-11-01', precision: 'month', period: null, basis: 'الشهر' }, publishedAt: '2024-11-25T23:30:00+03:00' })).toBe('2024-11-25');
    expect(dayOf({ eventDate: { date: null, precision: 'unknown', period: null, basis: 'publication date' }, publishedAt: '2024-11-25' })).toBe('2024-11-25');
  });
  it('is null when neither date can be read', () => {
    expect(dayOf({ eventDate: { date: null, precision: 'unknown', period: null, basis: '' }, publishedAt: null })).toBeNull();
    expect(calendarDay('2024-02-30')).toBeNull();
    expect(calendarDay('yesterday')).toBeNull();
  });
});
