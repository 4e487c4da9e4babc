import { describe, expect, it } from 'vitest';
import { AggregatesQuery, IncidentsQuery } from './params.js';

const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (r.error?.issues ?? []).map((i) => `${String(i.path[0] ?? '')}: ${i.message}`);

describe('aggregates query', () => {
  it('reads governorates as a sorted, de-duplicated list and fills defaults', () => {
    const r = AggregatesQuery.parse({ governorate: 'SY07,sy02,SY07', from: '2024-11-01', to: '2024-11-30' });
    expect(r).toEqual({ governorate: ['SY02', 'SY07'], from: '2024-11-01', to: '2024-11-30', interval: 'day', format: 'json' });
  });

  it('names an unknown p-code', () => {
    const r = AggregatesQuery.safeParse({ governorate: 'SY02,SY99', from: '2024-11-01', to: '2024-11-30' });
    expect(issues(r)).toEqual(['governorate: unknown p-code SY99 (see /v1/governorates)']);
  });

  it('refuses dates that are not calendar days or not YYYY-MM-DD', () => {
    expect(issues(AggregatesQuery.safeParse({ from: '2024-02-30', to: '2024-03-01' }))).toEqual(['from: is not a calendar date']);
    expect(issues(AggregatesQuery.safeParse({ from: '2024-11-01', to: '1/12/2024' }))).toEqual([
      'to: must be a date written YYYY-MM-DD',
    ]);
    expect(AggregatesQuery.safeParse({ from: '2024-02-29', to: '2024-03-01' }).success).toBe(true); // leap day
  });

  it('refuses reversed dates on `to`', () => {
    expect(issues(AggregatesQuery.safeParse({ from: '2024-11-30', to: '2024-11-01' }))).toEqual([
      'to: must not be before from (2024-11-30)',
    ]);
  });

  it('refuses a day interval over more than five years but allows months', () => {
    const span = { from: '2019-01-01', to: '2024-01-02' };
    expect(issues(AggregatesQuery.safeParse(span))).toEqual(['interval: day interval spans more than 5 years; use week or month']);
    expect(AggregatesQuery.safeParse({ ...span, to: '2024-01-01' }).success).toBe(true); // exactly five years
    expect(AggregatesQuery.safeParse({ ...span, interval: 'month' }).success).toBe(true);
  });

  it('refuses an unknown interval, category, format or parameter', () => {
    const r = AggregatesQuery.safeParse({ from: '2024-11-01', to: '2024-11-30', interval: 'year', category: 'dead', format: 'xml', colour: 'red' });
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => (i.code === 'unrecognized_keys' ? i.keys[0] : i.path[0]));
    expect(paths.sort()).toEqual(['category', 'colour', 'format', 'interval']);
  });
});

describe('incidents query', () => {
  const base = { from: '2024-11-01', to: '2024-11-30' };
  it('defaults the page size and coerces it from the query string', () => {
    expect(IncidentsQuery.parse(base).limit).toBe(50);
    expect(IncidentsQuery.parse({ ...base, limit: '200' }).limit).toBe(200);
  });
  it.each([
    ['0', 'limit: must be at least 1'],
    ['201', 'limit: must be at most 200'],
    ['2.5', 'limit: must be a whole number'],
  ])('refuses limit=%s', (limit, message) => {
    expect(issues(IncidentsQuery.safeParse({ ...base, limit }))).toEqual([message]);
  });
  it('refuses limit=ten', () => {
    expect(issues(IncidentsQuery.safeParse({ ...base, limit: 'ten' }))[0]).toMatch(/^limit: /);
  });
});
