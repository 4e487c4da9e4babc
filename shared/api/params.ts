// Request parameters: one zod schema per route's query string. The same schemas validate
// requests and feed the OpenAPI document (openapi.ts), so the docs cannot drift from the code.
// a namespace import lets esbuild drop the parts of zod that are not used (bench:bundle)
import * as z from 'zod';
import { CATEGORIES, VICTIM_TYPES, type Category, type VictimType } from '../extraction/types.js';
import { GOVERNORATE_PCODES } from './governorates.js';

/** A day interval longer than this is refused: it would be thousands of rows nobody reads. */
export const MAX_DAY_INTERVAL_YEARS = 5;
export const INCIDENT_LIMIT = { min: 1, max: 200, default: 50 } as const;

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

function isCalendarDay(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

export const IsoDay = z
  .string()
  .regex(DAY_PATTERN, { message: 'must be a date written YYYY-MM-DD', abort: true })
  .refine(isCalendarDay, 'is not a calendar date')
  .meta({ description: 'A day, YYYY-MM-DD (UTC).', example: '2024-11-01' });

/** Comma-separated admin1 p-codes; unknown codes are refused by name, duplicates dropped, result sorted. */
export const GovernorateList = z
  .string()
  .regex(/^[A-Za-z0-9]+(,[A-Za-z0-9]+)*$/, 'must be comma-separated p-codes, e.g. SY02,SY07')
  .meta({ description: 'Comma-separated governorate p-codes (SY01–SY14). Omitted = all.', example: 'SY02,SY07' })
  .transform((s) => [...new Set(s.split(',').map((p) => p.toUpperCase()))].sort())
  .superRefine((codes, ctx) => {
    const unknown = codes.filter((c) => !GOVERNORATE_PCODES.has(c));
    if (unknown.length) ctx.addIssue({ code: 'custom', message: `unknown p-code ${unknown.join(', ')} (see /v1/governorates)` });
  });

export const IntervalParam = z.enum(['day', 'week', 'month']).meta({ description: 'Period length; week = ISO week.' });
export const CategoryParam = z.enum(CATEGORIES as unknown as [Category, ...Category[]]);
export const VictimParam = z.enum(VICTIM_TYPES as unknown as [VictimType, ...VictimType[]]);
export const FormatParam = z.enum(['json', 'csv']);
export const CursorParam = z
  .string()
  .max(2048, 'is too long')
  .meta({ description: 'Opaque; copy `cursor` from the previous page.' });

/** Object checks run even when a field failed, so they compare only real days. */
const validDay = (d: string) => DAY_PATTERN.test(d) && isCalendarDay(d);

function yearsAfter(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y + years, m - 1, d)).toISOString().slice(0, 10);
}

/** from ≤ to, reported on `to` (the later parameter is the one that is off). */
function checkRange(q: { from: string; to: string }, ctx: z.RefinementCtx): void {
  if (validDay(q.from) && validDay(q.to) && q.from > q.to) ctx.addIssue({ code: 'custom', path: ['to'], message: `must not be before from (${q.from})` });
}

export const AggregatesQuery = z
  .object({
    governorate: GovernorateList.optional(),
    from: IsoDay,
    to: IsoDay,
    interval: IntervalParam.default('day'),
    category: CategoryParam.optional(),
    victim: VictimParam.optional(),
    format: FormatParam.default('json'),
  })
  .strict()
  .superRefine((q, ctx) => {
    checkRange(q, ctx);
    if (q.interval === 'day' && validDay(q.from) && q.from <= q.to && yearsAfter(q.from, MAX_DAY_INTERVAL_YEARS) < q.to) {
      ctx.addIssue({
        code: 'custom',
        path: ['interval'],
        message: `day interval spans more than ${MAX_DAY_INTERVAL_YEARS} years; use week or month`,
      });
    }
  });
export type AggregatesQuery = z.output<typeof AggregatesQuery>;

export const IncidentsQuery = z
  .object({
    governorate: GovernorateList.optional(),
    from: IsoDay,
    to: IsoDay,
    category: CategoryParam.optional(),
    limit: z.coerce
      .number()
      .int('must be a whole number')
      .min(INCIDENT_LIMIT.min, `must be at least ${INCIDENT_LIMIT.min}`)
      .max(INCIDENT_LIMIT.max, `must be at most ${INCIDENT_LIMIT.max}`)
      .default(INCIDENT_LIMIT.default)
      .meta({ description: `Page size, ${INCIDENT_LIMIT.min}–${INCIDENT_LIMIT.max}.` }),
    cursor: CursorParam.optional(),
  })
  .strict()
  .superRefine(checkRange);
export type IncidentsQuery = z.output<typeof IncidentsQuery>;

export const EmptyQuery = z.object({}).strict();

export const ArticleIdParam = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,128}$/, 'must be an article id (letters, digits, - or _)');
