// Roll-ups of day aggregates into weeks and months, per scope and nationally. Multi-governorate
// scopes ("SY02+SY07") are rows of their own: nationally each incident is counted once.
import { byString } from '../incidents/cluster.js';
import { NATIONAL_SCOPE } from '../incidents/scope.js';
import type { DayAggregate } from '../store/ports.js';
import { periodBounds, periodKey, type Interval } from './calendar.js';
import { sumFigureTables, type Figures } from './figures.js';

export { sumFigures } from './figures.js';
export { periodKey, type Interval } from './calendar.js';

/** The figures of one scope (or 'SY') over one day, ISO week or month. */
export interface PeriodAggregate {
  scope: string;
  interval: Interval;
  /** periodKey(): '2024-11-25' | '2024-W48' | '2024-11'. */
  period: string;
  /** First and last calendar day of the period. */
  from: string;
  to: string;
  figures: Figures;
  /** Days of the period with figures filed, sorted. */
  days: string[];
  /** Distinct articles behind the figures (see articleIds for the caveat on older rows). */
  articles: number;
  /** Distinct article ids; rows stored without ids add their count to `articles` only (an upper bound). */
  articleIds: string[];
  sources: string[];
}

const distinct = (values: string[]): string[] => [...new Set(values)].sort(byString);

/** Rows combined: figures summed, days, articles and sources counted once. */
function combine(scope: string, interval: Interval, period: string, bounds: { from: string; to: string }, rows: PeriodAggregate[]): PeriodAggregate {
  const articleIds = distinct(rows.flatMap((r) => r.articleIds));
  const untracked = rows.reduce((n, r) => n + (r.articles - r.articleIds.length), 0);
  return {
    scope, interval, period, ...bounds,
    figures: sumFigureTables(rows.map((r) => r.figures)),
    days: distinct(rows.flatMap((r) => r.days)),
    articles: articleIds.length + untracked,
    articleIds,
    sources: distinct(rows.flatMap((r) => r.sources)),
  };
}

function asRow(d: DayAggregate & { articleIds?: string[] }, interval: Interval): PeriodAggregate {
  const articleIds = d.articleIds ?? [];
  return {
    scope: d.scope, interval, period: periodKey(d.day, interval), ...periodBounds(d.day, interval),
    figures: d.figures, days: [d.day], articles: Math.max(d.articles, articleIds.length), articleIds, sources: d.sources,
  };
}

const rowOrder = (a: PeriodAggregate, b: PeriodAggregate) =>
  byString(a.scope, b.scope) || byString(a.interval, b.interval) || byString(a.period, b.period);

function groupRows(rows: PeriodAggregate[], scopeOfRow: (r: PeriodAggregate) => string): PeriodAggregate[] {
  const groups = new Map<string, PeriodAggregate[]>();
  for (const r of rows) {
    const key = JSON.stringify([scopeOfRow(r), r.interval, r.period]);
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()]
    .map((g) => combine(scopeOfRow(g[0]), g[0].interval, g[0].period, { from: g[0].from, to: g[0].to }, g))
    .sort(rowOrder);
}

/** Day aggregates rolled up per scope × period. The same day given twice for a scope is an error. */
export function rollUp(days: (DayAggregate & { articleIds?: string[] })[], interval: Interval): PeriodAggregate[] {
  const seen = new Set<string>();
  for (const d of days) {
    const key = `${d.scope} ${d.day}`;
    if (seen.has(key)) throw new Error(`rollUp: scope ${d.scope} on ${d.day} given twice; its figures would be counted twice`);
    seen.add(key);
  }
  return groupRows(days.map((d) => asRow(d, interval)), (r) => r.scope);
}

/** National rows (scope 'SY'): the sum of every governorate and multi-governorate row, each incident
 *  once because every incident is filed under exactly one scope. Takes rows of rollUp(), not national rows. */
export function national(rows: PeriodAggregate[]): PeriodAggregate[] {
  const already = rows.find((r) => r.scope === NATIONAL_SCOPE);
  if (already) throw new Error(`national: row ${already.period} is already national; pass per-scope rows`);
  return groupRows(rows, () => NATIONAL_SCOPE);
}
