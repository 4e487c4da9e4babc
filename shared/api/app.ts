// The API as one function of an API Gateway (HTTP API, payload 2.0) event. Everything it needs
// comes in through ApiDeps, so the Lambda handler, the local server and the tests share it.
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type * as z from 'zod';
import type { AggregateStore, ArticleStore, IncidentStore } from '../store/ports.js';
import { aggregateRows, csvRecord, CSV_COLUMNS, scopesToRead } from './aggregates.js';
import { CursorError, openCursor, queryFingerprint, sealCursor } from './cursor.js';
import { toCsv } from './csv.js';
import { GOVERNORATES } from './governorates.js';
import { CSV_TYPE, json, JSON_TYPE, problemResponse, respond, withCaching, type Response } from './http.js';
import { buildOpenApi } from './openapi.js';
import { AggregatesQuery, ArticleIdParam, EmptyQuery, IncidentsQuery } from './params.js';
import { ApiError, badRequest, INTERNAL_ERROR, notFound, type InvalidParam } from './problem.js';
import type { ReportLinks } from './reports.js';
import { createRouter } from './router.js';
import { LatestReportQuery, ReportsQuery, ROUTES, type OperationId } from './routes.js';
import {
  AggregatesSchema, ArticleSchema, GovernoratesSchema, HealthSchema, IncidentsSchema, ReportSetSchema, ReportsSchema,
} from './schemas.js';

/** Where unexpected failures go: a log line with context and a metric (Powertools in AWS). */
export interface Telemetry {
  requestFailed(error: unknown, context: { method: string; path: string; route: string | null; requestId: string | null }): void;
}

export interface ApiDeps {
  stores: ArticleStore & AggregateStore & IncidentStore;
  reports: ReportLinks;
  /** Key for the cursor HMAC. */
  cursorSecret: string;
  telemetry: Telemetry;
}

export type ApiHandler = (event: APIGatewayProxyEventV2) => Promise<Response>;

function issuesToParams(issues: z.core.$ZodIssue[]): InvalidParam[] {
  return issues.flatMap((i): InvalidParam[] => {
    if (i.code === 'unrecognized_keys') return i.keys.map((k) => ({ name: k, reason: 'is not a parameter of this route' }));
    const name = String(i.path[0] ?? 'query');
    const missing = i.code === 'invalid_type' && i.input === undefined;
    return [{ name, reason: missing ? 'is required' : i.message }];
  });
}

function parse<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const r = schema.safeParse(raw);
  if (!r.success) throw badRequest(issuesToParams(r.error.issues));
  return r.data;
}

export function createApi(deps: ApiDeps): ApiHandler {
  const match = createRouter(ROUTES);
  let openapi: string | null = null;

  type Ctx = { query: Record<string, string>; params: Record<string, string>; headers: Record<string, string | undefined> };
  const handlers: Record<OperationId, (ctx: Ctx) => Promise<Response>> = {
    async health({ query }) {
      parse(EmptyQuery, query);
      return json(HealthSchema.parse({ status: 'ok' }));
    },

    async openapi({ query }) {
      parse(EmptyQuery, query);
      openapi ??= JSON.stringify(buildOpenApi());
      return respond(200, openapi, JSON_TYPE);
    },

    async getAggregates({ query, headers }) {
      const q = parse(AggregatesQuery, query);
      const governorates = q.governorate ?? [];
      const days = await deps.stores.queryDays({ scopes: scopesToRead(governorates), from: q.from, to: q.to });
      const rows = aggregateRows(days, { governorates, interval: q.interval, category: q.category, victim: q.victim });
      const res =
        q.format === 'csv'
          ? respond(200, toCsv(CSV_COLUMNS, rows.map(csvRecord)), CSV_TYPE)
          : json(
              AggregatesSchema.parse({
                query: { governorates, from: q.from, to: q.to, interval: q.interval, category: q.category ?? null, victim: q.victim ?? null },
                rows,
              }),
            );
      return withCaching(res, headers['if-none-match']);
    },

    async listIncidents({ query }) {
      const q = parse(IncidentsQuery, query);
      const filter = { governorates: q.governorate ?? [], from: q.from, to: q.to, category: q.category };
      const fingerprint = queryFingerprint(filter);
      let cursor: string | null = null;
      if (q.cursor) {
        try {
          cursor = openCursor(deps.cursorSecret, q.cursor, fingerprint);
        } catch (e) {
          if (e instanceof CursorError || e instanceof SyntaxError) throw badRequest([{ name: 'cursor', reason: e instanceof CursorError ? e.message : 'is not a cursor this API issued' }]);
          throw e;
        }
      }
      const page = await deps.stores.queryIncidents({ ...filter, limit: q.limit, cursor });
      return json(
        IncidentsSchema.parse({ items: page.items, cursor: page.cursor ? sealCursor(deps.cursorSecret, page.cursor, fingerprint) : null }),
      );
    },

    async getArticle({ query, params }) {
      parse(EmptyQuery, query);
      const r = ArticleIdParam.safeParse(params.id);
      if (!r.success) throw badRequest([{ name: 'id', reason: r.error.issues[0].message }]);
      const article = await deps.stores.getArticle(r.data);
      if (!article) throw notFound(`No article with id ${r.data}`);
      return json(ArticleSchema.parse(article));
    },

    async listGovernorates({ query }) {
      parse(EmptyQuery, query);
      return json(GovernoratesSchema.parse({ items: GOVERNORATES }));
    },

    async listReports({ query }) {
      const q = parse(ReportsQuery, query);
      return json(ReportsSchema.parse({ items: await deps.reports.list(q) }));
    },

    async latestReport({ query }) {
      const q = parse(LatestReportQuery, query);
      const set = await deps.reports.latest(q);
      if (!set) throw notFound(q.period ? `No ${q.period} report has been published yet` : 'No report has been published yet');
      return json(ReportSetSchema.parse(set));
    },
  };

  return async (event) => {
    const method = event.requestContext?.http?.method ?? 'GET';
    const path = event.rawPath ?? '/';
    let route: string | null = null;
    try {
      const m = match(method, path);
      route = m.route.id;
      return await handlers[m.route.id]({
        query: (event.queryStringParameters ?? {}) as Record<string, string>,
        params: m.params,
        headers: event.headers ?? {},
      });
    } catch (e) {
      if (e instanceof ApiError) return problemResponse(e.toProblem(), e.headers);
      deps.telemetry.requestFailed(e, { method, path, route, requestId: event.requestContext?.requestId ?? null });
      return problemResponse(INTERNAL_ERROR);
    }
  };
}
