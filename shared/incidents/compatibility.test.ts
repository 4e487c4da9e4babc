import { describe, expect, it } from 'vitest';
import { compatibility, type Reported } from './compatibility.js';

const exact = (value: number, cumulative = false): Reported => ({ count: { value, low: value, high: value }, cumulative });
const vague = (low: number, high: number | null = null): Reported => ({ count: { value: null, low, high }, cumulative: false });

describe('compatibility: can two articles be counting the same event?', () => {
  it('accepts figures within ×1.5 + 3 of each other (343 vs 327)', () => {
    const v = compatibility(exact(343), exact(327));
    expect(v.compatible).toBe(true);
    expect(v.reason).toBe('343 is within ×1.5 + 3 of 327');
  });
  it('sits exactly on the boundary: 18 fits 10, 19 does not', () => {
    expect(compatibility(exact(10), exact(18)).compatible).toBe(true);
    expect(compatibility(exact(10), exact(19)).compatible).toBe(false);
  });
  it('keeps 5 and 40 apart: two strikes', () => {
    const v = compatibility(exact(5), exact(40));
    expect(v.compatible).toBe(false);
    expect(v.reason).toContain('two events');
  });
  it('is symmetric', () => {
    expect(compatibility(exact(40), exact(5))).toEqual(compatibility(exact(5), exact(40)));
    expect(compatibility(exact(30, true), exact(14))).toEqual(compatibility(exact(14), exact(30, true)));
  });
  it('lets a running toll be a later version of a lower report (up to ×2 + 5)', () => {
    expect(compatibility(exact(14), exact(30, true))).toMatchObject({ compatible: true, reason: expect.stringContaining('running toll 30 may have risen from 14') });
    expect(compatibility(exact(14), exact(30)).compatible).toBe(false);
    expect(compatibility(exact(5), exact(327, true)).compatible).toBe(false);
  });
  it('fits a vague quantity to any figure inside its range', () => {
    expect(compatibility(vague(20), exact(40)).compatible).toBe(true); // عشرات … 40
    expect(compatibility(vague(20), exact(5)).compatible).toBe(false); // عشرات is not 5
    expect(compatibility(vague(3), vague(20)).compatible).toBe(true);
    expect(compatibility(vague(3, 9), vague(20)).compatible).toBe(false);
  });
});
