// Response bodies as zod schemas. Handlers parse what they return through these (unknown
// fields such as table keys are stripped, so storage details never leak), and openapi.ts
// publishes the same schemas, so the document and the responses agree by construction.
// a namespace import lets esbuild drop the parts of zod that are not used (bench:bundle)
import * as z from 'zod';
import type { ArticleRecord, Incident, StoredMention } from '../store/ports.js';
import { CATEGORIES, VICTIM_TYPES, type Category, type VictimType } from '../extraction/types.js';

/** Schemas published under #/components/schemas/<id>. */
export const components = z.registry<{ id: string; description?: string }>();

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Category = z.enum(CATEGORIES as unknown as [Category, ...Category[]]);
const Victim = z.enum(VICTIM_TYPES as unknown as [VictimType, ...VictimType[]]);
const High = z.number().nullable().describe('Upper bound; null = unbounded above ("more than 20").');

export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  invalidParams: z.array(z.object({ name: z.string(), reason: z.string() })).optional(),
});
components.add(ProblemSchema, { id: 'Problem', description: 'RFC 9457 problem details.' });

export const HealthSchema = z.object({ status: z.literal('ok') });
components.add(HealthSchema, { id: 'Health' });

export const GovernorateSchema = z.object({ pcode: z.string(), nameAr: z.string(), nameEn: z.string() });
components.add(GovernorateSchema, { id: 'Governorate' });
export const GovernoratesSchema = z.object({ items: z.array(GovernorateSchema) });
components.add(GovernoratesSchema, { id: 'Governorates' });

export const AggregateRowSchema = z.object({
  scope: z.string().describe('A p-code, "SY02+SY07" for a figure that spans governorates, or "SY" for national rows.'),
  kind: z.enum(['governorate', 'multi', 'national']),
  governorates: z.array(z.string()).describe('The p-codes the scope covers (empty for national).'),
  period: z.string().describe('Day YYYY-MM-DD, ISO week YYYY-Www, or month YYYY-MM.'),
  from: Day.describe('First day of the period.'),
  to: Day.describe('Last day of the period.'),
  category: Category,
  victim: Victim,
  low: z.number(),
  best: z.number(),
  high: High,
  incidents: z.number().int(),
  articles: z.number().int(),
  sources: z.array(z.string()),
});
components.add(AggregateRowSchema, { id: 'AggregateRow' });

export const AggregatesSchema = z.object({
  query: z.object({
    governorates: z.array(z.string()),
    from: Day,
    to: Day,
    interval: z.enum(['day', 'week', 'month']),
    category: Category.nullable(),
    victim: Victim.nullable(),
  }),
  rows: z.array(AggregateRowSchema),
});
components.add(AggregatesSchema, { id: 'Aggregates' });

export const IncidentSourceSchema = z.object({
  articleId: z.string(),
  mentionId: z.string(),
  outlet: z.string().nullable(),
  claimedBy: z.string().nullable(),
  value: z.number().nullable(),
  low: z.number(),
  high: High,
  quote: z.string(),
});
components.add(IncidentSourceSchema, { id: 'IncidentSource' });

export const IncidentSchema = z.object({
  id: z.string(),
  governorates: z.array(z.string()),
  day: Day,
  category: Category,
  victim: Victim,
  low: z.number(),
  best: z.number(),
  high: High,
  sources: z.array(IncidentSourceSchema),
  reason: z.string(),
});
components.add(IncidentSchema, { id: 'Incident' });

export const IncidentsSchema = z.object({
  items: z.array(IncidentSchema),
  cursor: z.string().nullable().describe('Pass as ?cursor= for the next page; null on the last page.'),
});
components.add(IncidentsSchema, { id: 'Incidents' });

const MentionSchema = z.object({
  id: z.string(),
  category: Category,
  count: z.object({
    value: z.number().nullable(),
    qualifier: z.enum(['exact', 'at_least', 'more_than', 'about', 'up_to', 'vague']),
    low: z.number(),
    high: High,
  }),
  victim: Victim,
  groups: z.array(z.string()),
  governorates: z.array(z.string()),
  places: z.array(z.object({ name: z.string(), pcode: z.string(), governorate: z.string() })),
  placeBasis: z.string(),
  source: z
    .object({
      name: z.string(),
      kind: z.enum(['monitor', 'state_media', 'medical', 'civil_defence', 'agency', 'outlet', 'commander', 'party', 'activists', 'witness', 'unknown']),
      nameAr: z.string().nullable(),
    })
    .nullable(),
  eventDate: z.object({
    date: Day.nullable(),
    precision: z.enum(['day', 'week', 'month', 'unknown']),
    period: z.object({ from: Day, to: Day }).nullable(),
    basis: z.string(),
  }),
  start: z.number().int().describe('UTF-16 offset of the evidence in the original text.'),
  end: z.number().int(),
  quote: z.string(),
  cumulative: z.boolean(),
  duplicateOf: z.string().nullable(),
  partOf: z.string().nullable(),
  reason: z.string().nullable(),
  articleId: z.string(),
  outlet: z.string().nullable(),
  publishedAt: z.string().nullable(),
  day: Day,
});
components.add(MentionSchema, { id: 'Mention' });

export const ArticleSchema = z.object({
  id: z.string(),
  status: z.enum(['ingested', 'rejected']),
  reason: z.string().nullable(),
  keys: z.array(z.string()),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  publishedAt: z.string().nullable(),
  publishedAtSource: z.enum(['metadata', 'envelope', 'upload_time']).nullable(),
  extractorVersion: z.string().nullable(),
  ingestedAt: z.string(),
  textLength: z.number().int(),
  mentionCount: z.number().int(),
  mentions: z.array(MentionSchema),
});
components.add(ArticleSchema, { id: 'Article' });

export const ReportFileSchema = z.object({
  name: z.string().describe('report.pdf, data.json or a chart PNG.'),
  key: z.string(),
  size: z.number().int(),
  lastModified: z.string().nullable(),
  url: z.string().describe('Presigned GET link.'),
  expiresAt: z.string(),
});
export const ReportSetSchema = z.object({
  period: z.enum(['day', 'week', 'month']),
  periodKey: z.string(),
  selection: z.array(z.string()).nullable().describe('Governorates of a report made for a selection; null = all Syria.'),
  files: z.array(ReportFileSchema),
});
components.add(ReportFileSchema, { id: 'ReportFile' });
components.add(ReportSetSchema, { id: 'ReportSet' });
export const ReportsSchema = z.object({ items: z.array(ReportSetSchema) });
components.add(ReportsSchema, { id: 'Reports' });

// Compile-time pins: the schemas must accept what the stores return.
type Accepts<S extends z.ZodType, T> = T extends z.input<S> ? true : never;
const pins: [
  Accepts<typeof IncidentSchema, Incident>,
  Accepts<typeof MentionSchema, StoredMention>,
  Accepts<typeof ArticleSchema, ArticleRecord & { mentions: StoredMention[] }>,
] = [true, true, true];
void pins;
