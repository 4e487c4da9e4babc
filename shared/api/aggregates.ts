// Aggregates as the API lists them: day items from the store, rolled up to the interval and
// flattened to one row per scope × period × category × victim. The arithmetic (sums, national
// totals that count each incident once) is shared/aggregates/rollup.ts; this file only chooses
// which rows a query asks for and shapes them.
import { national, rollUp, type PeriodAggregate } from '../aggregates/rollup.js';
import { CATEGORIES, VICTIM_TYPES, type Category, type VictimType } from '../extraction/types.js';
import { NATIONAL_SCOPE, scopeOf } from '../incidents/scope.js';
import type { DayAggregate } from '../store/ports.js';

export type Interval = 'day' | 'week' | 'month';

export interface AggregateRow {
  scope: string;
  kind: 'governorate' | 'multi' | 'national';
  governorates: string[];
  period: string;
  /** First and last calendar day of the period. */
  from: string;
  to: string;
  category: Category;
  victim: VictimType;
  low: number;
  best: number;
  high: number | null;
  incidents: number;
  articles: number;
  sources: string[];
}

export interface AggregateSelection {
  /** Requested p-codes; empty = the whole country (and then national rows are added). The day
   *  aggregates given may cover more scopes (see scopesToRead); only the selection's are shown. */
  governorates: string[];
  interval: Interval;
  category?: Category;
  victim?: VictimType;
}

const governoratesOf = (scope: string) => (scope === NATIONAL_SCOPE ? [] : scope.split('+'));

/** Above this many requested governorates, their joint scopes are found by reading every scope. */
export const MAX_GOVERNORATES_FOR_JOINT_SCOPES = 4;

/** A scope is shown when every governorate it spans was asked for: SY02 and SY07 bring SY02+SY07. */
function wanted(scope: string, requested: Set<string>): boolean {
  return requested.size === 0 || governoratesOf(scope).every((g) => requested.has(g));
}

/**
 * The scopes to read for a selection: the governorates, plus every multi-governorate scope made
 * only of them (each subset of two or more), one exact-scope query each. With more than
 * MAX_GOVERNORATES_FOR_JOINT_SCOPES governorates that would be up to 2^n queries, so all scopes
 * are read instead ([] = every scope) and filtered here. One governorate is one query.
 */
export function scopesToRead(governorates: string[]): string[] {
  if (governorates.length > MAX_GOVERNORATES_FOR_JOINT_SCOPES) return [];
  const scopes: string[] = [];
  for (let mask = 1; mask < 1 << governorates.length; mask++) {
    const subset = governorates.filter((_, i) => mask & (1 << i));
    scopes.push(scopeOf(subset)!);
  }
  return scopes.sort();
}

export function aggregateRows(days: DayAggregate[], sel: AggregateSelection): AggregateRow[] {
  const requested = new Set(sel.governorates);
  const periods = rollUp(days, sel.interval);
  // National rows need every scope: they are made only when no governorate was asked for.
  const all: PeriodAggregate[] = requested.size === 0 ? [...periods, ...national(periods)] : periods.filter((p) => wanted(p.scope, requested));
  const rows: AggregateRow[] = [];
  for (const p of all) {
    for (const category of CATEGORIES) {
      if (sel.category && sel.category !== category) continue;
      for (const victim of VICTIM_TYPES) {
        if (sel.victim && sel.victim !== victim) continue;
        const f = p.figures[category]?.[victim];
        if (!f) continue;
        const govs = governoratesOf(p.scope);
        rows.push({
          scope: p.scope,
          kind: p.scope === NATIONAL_SCOPE ? 'national' : govs.length > 1 ? 'multi' : 'governorate',
          governorates: govs,
          period: p.period,
          from: p.from,
          to: p.to,
          category,
          victim,
          low: f.low,
          best: f.best,
          high: f.high,
          incidents: f.incidents,
          articles: p.articles,
          sources: p.sources,
        });
      }
    }
  }
  const kindOrder = { governorate: 0, multi: 1, national: 2 };
  return rows.sort(
    (a, b) =>
      a.period.localeCompare(b.period) ||
      kindOrder[a.kind] - kindOrder[b.kind] ||
      a.scope.localeCompare(b.scope) ||
      CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category) ||
      VICTIM_TYPES.indexOf(a.victim) - VICTIM_TYPES.indexOf(b.victim),
  );
}

export const CSV_COLUMNS = [
  'period', 'from', 'to', 'scope', 'kind', 'category', 'victim', 'low', 'best', 'high', 'incidents', 'articles', 'sources',
] as const;

export function csvRecord(r: AggregateRow): Record<(typeof CSV_COLUMNS)[number], string | number | null> {
  const { governorates: _g, sources, ...rest } = r;
  return { ...rest, sources: sources.join('; ') };
}
