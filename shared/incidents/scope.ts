// Where and when a stored mention is filed, and whether it counts at all (docs/reconciliation.md,
// "Across articles"). Pure: the pipeline, the merge and the aggregates all file mentions the same way.
import { CATEGORIES } from '../extraction/types.js';
import type { StoredMention } from '../store/ports.js';

/** The national scope: the sum of every governorate and multi-governorate scope. */
export const NATIONAL_SCOPE = 'SY';
const SCOPE_JOINER = '+';
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** The scope a mention is filed under: one p-code, or sorted p-codes joined by '+' for multi-governorate figures;
 *  null when it has no governorate (not aggregated). */
export function scopeOf(governorates: string[]): string | null {
  const codes = [...new Set(governorates.map((g) => g.trim()).filter((g) => g.length > 0))].sort();
  return codes.length === 0 ? null : codes.join(SCOPE_JOINER);
}

/** The governorates of a scope, sorted ("SY02+SY07" → ["SY02", "SY07"]). */
export function governoratesOf(scope: string): string[] {
  return scope.split(SCOPE_JOINER);
}

/** A figure that spans governorates is its own scope, shown apart and counted once nationally. */
export function isMultiGovernorate(scope: string): boolean {
  return scope.includes(SCOPE_JOINER);
}

/** Why a mention does not count towards incidents and day figures, or null when it does. */
export function whyNotCountable(m: StoredMention): string | null {
  if (m.duplicateOf) return `repeats ${m.duplicateOf} of the same article`;
  if (m.partOf) return `is a breakdown of ${m.partOf} of the same article`;
  if (!CATEGORIES.includes(m.category)) return `unknown category "${String(m.category)}"`;
  const { value, qualifier, low, high } = m.count;
  if (value === null && qualifier !== 'vague') return `no value and not a vague quantity (qualifier "${qualifier}")`;
  if (value !== null && !(Number.isFinite(value) && value >= 0)) return `value ${value} is not a non-negative number`;
  if (!(Number.isFinite(low) && low >= 0)) return `low bound ${low} is not a non-negative number`;
  if (high !== null && !(Number.isFinite(high) && high >= low)) return `high bound ${high} is below low ${low}`;
  // A toll over months is not a day's events: spreading it over days would invent a daily pattern.
  if (m.eventDate?.period) return `period toll ${m.eventDate.period.from}..${m.eventDate.period.to}, kept apart from day figures`;
  return null;
}

/** Which mentions count at all: not duplicateOf, not partOf, value or vague, category known, bounds sane;
 *  period tolls (eventDate.period set) are excluded from day figures. */
export function isCountable(m: StoredMention): boolean {
  return whyNotCountable(m) === null;
}

/** The calendar day (YYYY-MM-DD) an ISO date or date-time string names, or null if it names none. */
export function calendarDay(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const match = ISO_DAY.exec(iso.trim());
  if (!match) return null;
  const [, y, mo, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  // Rejects 2024-02-30 and the like rather than letting Date roll it into March.
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d)) return null;
  // The day as written: a Damascus evening publication stays on its local day, not shifted to UTC.
  return `${y}-${mo}-${d}`;
}

/** The day a mention is filed under: eventDate.date when precision is 'day', else the publication day. */
export function dayOf(m: Pick<StoredMention, 'eventDate' | 'publishedAt'>): string | null {
  if (m.eventDate?.precision === 'day') {
    const day = calendarDay(m.eventDate.date);
    if (day) return day;
  }
  return calendarDay(m.publishedAt);
}

/** The day the merge files a stored mention under: the stored day, which the pipeline set from dayOf(). */
export function filedDay(m: StoredMention): string | null {
  return calendarDay(m.day) ?? dayOf(m);
}
