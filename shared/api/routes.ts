// The route table: what each endpoint accepts and returns. The router dispatches from it and
// openapi.ts documents it, so a route exists in the document exactly when it exists in code.
// a namespace import lets esbuild drop the parts of zod that are not used (bench:bundle)
import * as z from 'zod';
import { AggregatesQuery, ArticleIdParam, EmptyQuery, IncidentsQuery, IntervalParam } from './params.js';
import {
  AggregatesSchema, ArticleSchema, GovernoratesSchema, HealthSchema, IncidentsSchema, ReportSetSchema, ReportsSchema,
} from './schemas.js';

export const ReportsQuery = z
  .object({
    period: IntervalParam.optional(),
    limit: z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').max(100, 'must be at most 100').default(20),
  })
  .strict();
export const LatestReportQuery = z.object({ period: IntervalParam.optional() }).strict();

export type OperationId =
  | 'health' | 'openapi' | 'getAggregates' | 'listIncidents' | 'getArticle' | 'listGovernorates' | 'listReports' | 'latestReport';

export interface RouteSpec {
  id: OperationId;
  method: 'GET';
  /** OpenAPI path template; {name} segments become path parameters. */
  path: string;
  summary: string;
  description?: string;
  query: z.ZodObject;
  pathParams?: Record<string, z.ZodType<string>>;
  /** Body schema of the 200 response; null for the OpenAPI document itself. */
  ok: z.ZodType | null;
  /** Also served as text/csv with ?format=csv. */
  csv?: boolean;
  /** ETag + Cache-Control, and 304 on If-None-Match. */
  cacheable?: boolean;
  /** Problem statuses the route can return besides 500. */
  problems: number[];
  /** Reachable without credentials when deployed (only health). */
  anonymous?: boolean;
}

export const ROUTES: readonly RouteSpec[] = [
  { id: 'health', method: 'GET', path: '/health', summary: 'Liveness check', query: EmptyQuery, ok: HealthSchema, problems: [400], anonymous: true },
  { id: 'openapi', method: 'GET', path: '/openapi.json', summary: 'This document (OpenAPI 3.1)', query: EmptyQuery, ok: null, problems: [400] },
  {
    id: 'getAggregates', method: 'GET', path: '/v1/aggregates',
    summary: 'Casualty figures by governorate and period',
    description:
      'low / best / high per scope × period × category × victim. Scopes are governorates, multi-governorate figures ' +
      '("SY02+SY07", shown as such and never added into each governorate; with `governorate`, those whose governorates ' +
      'were all asked for) and, when no governorate is given, national rows (scope "SY") in which every incident counts ' +
      'once. Only combinations with data are listed.',
    query: AggregatesQuery, ok: AggregatesSchema, csv: true, cacheable: true, problems: [400],
  },
  {
    id: 'listIncidents', method: 'GET', path: '/v1/incidents',
    summary: 'Reconciled incidents with their sources and evidence, paged',
    query: IncidentsQuery, ok: IncidentsSchema, problems: [400],
  },
  {
    id: 'getArticle', method: 'GET', path: '/v1/articles/{id}',
    summary: 'One article: status, metadata and every mention with offsets and quotes',
    query: EmptyQuery, pathParams: { id: ArticleIdParam }, ok: ArticleSchema, problems: [400, 404],
  },
  { id: 'listGovernorates', method: 'GET', path: '/v1/governorates', summary: 'Governorate p-codes with Arabic and English names', query: EmptyQuery, ok: GovernoratesSchema, problems: [400] },
  {
    id: 'listReports', method: 'GET', path: '/v1/reports',
    summary: 'Published reports, newest first, with presigned links',
    query: ReportsQuery, ok: ReportsSchema, problems: [400],
  },
  {
    id: 'latestReport', method: 'GET', path: '/v1/reports/latest',
    summary: 'The most recent report (of the given period, else of any period) with presigned links',
    query: LatestReportQuery, ok: ReportSetSchema, problems: [400, 404],
  },
];
