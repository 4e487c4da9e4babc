// Calendar periods for roll-ups: ISO weeks (Monday start, week 1 holds the year's first Thursday)
// and calendar months, computed in UTC on calendar days so no time zone can move a day.
import { calendarDay } from '../incidents/scope.js';

export type Interval = 'day' | 'week' | 'month';
export const INTERVALS: readonly Interval[] = ['day', 'week', 'month'];

const DAY_MS = 86_400_000;

function parseDay(day: string): Date {
  const valid = calendarDay(day);
  if (valid === null || valid !== day) throw new Error(`not a calendar day (YYYY-MM-DD): ${JSON.stringify(day)}`);
  return new Date(`${day}T00:00:00Z`);
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Monday-based weekday: Monday 0 … Sunday 6. */
const weekday = (d: Date) => (d.getUTCDay() + 6) % 7;

/** The ISO week year and number of a day (2024-12-30 → 2025-W01). */
export function isoWeek(day: string): { year: number; week: number } {
  const d = parseDay(day);
  const thursday = new Date(d.getTime() + (3 - weekday(d)) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const week1Monday = jan4.getTime() - weekday(jan4) * DAY_MS;
  return { year, week: Math.floor((thursday.getTime() - week1Monday) / (7 * DAY_MS)) + 1 };
}

/** The period a day falls in: '2024-11-25' | ISO week '2024-W48' | '2024-11'. */
export function periodKey(day: string, interval: Interval): string {
  parseDay(day);
  switch (interval) {
    case 'day': return day;
    case 'week': { const { year, week } = isoWeek(day); return `${year}-W${pad(week)}`; }
    case 'month': return day.slice(0, 7);
    default: throw new Error(`unknown interval ${JSON.stringify(interval)}: use day, week or month`);
  }
}

/** The first and last calendar day of the period a day falls in. */
export function periodBounds(day: string, interval: Interval): { from: string; to: string } {
  const d = parseDay(day);
  switch (interval) {
    case 'day': return { from: day, to: day };
    case 'week': {
      const monday = d.getTime() - weekday(d) * DAY_MS;
      return { from: iso(new Date(monday)), to: iso(new Date(monday + 6 * DAY_MS)) };
    }
    case 'month': {
      const y = d.getUTCFullYear();
      const m = d.getUTCMonth();
      return { from: `${y}-${pad(m + 1)}-01`, to: iso(new Date(Date.UTC(y, m + 1, 0))) };
    }
    default: throw new Error(`unknown interval ${JSON.stringify(interval)}: use day, week or month`);
  }
}
