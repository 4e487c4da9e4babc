// Report periods: the calendar day, ISO week (Monday–Sunday) or month that contains a date,
// and the period before it (for the change figure). The calendar itself is the aggregates'
// (shared/aggregates/calendar.ts), so a report's week is the roll-ups' week.
import { periodBounds, periodKey, type Interval } from '../shared/aggregates/index.js';

export type PeriodKind = Interval;
export const PERIOD_KINDS: readonly PeriodKind[] = ['day', 'week', 'month'];

export interface Period {
  kind: PeriodKind;
  /** "2024-12-01", "2024-W48" or "2024-12": also the folder name of the report. */
  label: string;
  from: string;
  to: string;
  days: string[];
}

const DAY_MS = 86_400_000;

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/** The period of the given kind that contains `day` (throws a clear error for a bad date or kind). */
export function periodContaining(kind: PeriodKind, day: string): Period {
  const { from, to } = periodBounds(day, kind);
  return { kind, label: periodKey(day, kind), from, to, days: daysBetween(from, to) };
}

export function previousPeriod(p: Period): Period {
  return periodContaining(p.kind, addDays(p.from, -1));
}

/**
 * The period a schedule firing at `now` reports on: the last complete one (ending yesterday
 * or earlier), so a late or early firing never publishes half a week as a week.
 */
export function lastCompletePeriod(kind: PeriodKind, now: Date): Period {
  const yesterday = addDays(now.toISOString().slice(0, 10), -1);
  const p = periodContaining(kind, yesterday);
  return p.to > yesterday ? previousPeriod(p) : p;
}
