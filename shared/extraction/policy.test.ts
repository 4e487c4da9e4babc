import { describe, expect, it } from 'vitest';
import { reconcile, type Candidate } from './policy.js';

const c = (id: string, value: number, sourceKind: Candidate['sourceKind'] = null, sourceName: string | null = null): Candidate =>
  ({ id, value, low: value, high: value, sourceKind, sourceName });

describe('reconcile (best policy)', () => {
  it('prefers the attributed monitor over a headline figure', () => {
    const r = reconcile([c('m1', 343), c('m5', 327, 'monitor', 'SOHR')]);
    expect(r).toMatchObject({ low: 327, best: 327, high: 343, chosen: 'm5' });
    expect(r.reason).toContain('SOHR');
  });
  it('falls back to the lowest figure when no monitor is named', () => {
    expect(reconcile([c('a', 12), c('b', 9)]).best).toBe(9);
  });
  it('honours the configured policy', () => {
    const cands = [c('a', 12), c('b', 9), c('d', 20)];
    expect(reconcile(cands, 'highest').best).toBe(20);
    expect(reconcile(cands, 'median').best).toBe(12);
  });
  it('keeps an open upper bound when a figure is "more than"', () => {
    const r = reconcile([{ id: 'a', value: 50, low: 51, high: null, sourceKind: null, sourceName: null }, c('b', 60)]);
    expect(r.high).toBeNull();
  });
});
