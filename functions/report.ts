// EventBridge schedule → one report. Thin: read the period from the event (the schedule's
// input, e.g. {"period":"week"}), publish through reports/publish.ts, log and count.
import { SNSClient } from '@aws-sdk/client-sns';
import type { Context } from 'aws-lambda';
// zod/mini: zod's validation in a quarter of its bundle size (npm run bench:bundle)
import * as z from 'zod/mini';
import '../shared/zod-messages.js';
import { createDynamoStores } from '../shared/store/dynamodb/index.js';
import { dynamo } from '../shared/clients/dynamodb.js';
import { s3 } from '../shared/clients/s3.js';
import { readConfig } from '../shared/config.js';
import { logger } from '../shared/powertools/logger.js';
import { metrics, MetricUnit } from '../shared/powertools/metrics.js';
import { lastCompletePeriod, PERIOD_KINDS, type PeriodKind } from '../reports/period.js';
import { publishReport, type Notifier, type ObjectWriter, type PublishResult } from '../reports/publish.js';
import { s3ObjectWriter } from '../reports/s3-objects.js';
import { snsNotifier } from '../reports/sns-notifier.js';
import type { ReportStores } from '../reports/data.js';

// The schedules (infra/reports.ts) say "daily"/"weekly"; the reports and the API say day/week/month.
const ALIASES: Record<string, PeriodKind> = { daily: 'day', weekly: 'week', monthly: 'month' };

/** The schedule's input; an event without one (a plain "Scheduled Event") falls back to the rule's name. */
export const ReportEvent = z.object({
  period: z.optional(z.pipe(z.transform((v: unknown) => (typeof v === 'string' ? (ALIASES[v] ?? v) : v)), z.enum(PERIOD_KINDS as [PeriodKind, ...PeriodKind[]]))),
  to: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  governorates: z.optional(z.array(z.string().check(z.regex(/^SY\d{2}$/)))),
  time: z.optional(z.string()),
  resources: z.optional(z.array(z.string())),
});
export type ReportEvent = z.infer<typeof ReportEvent>;

/** Period from the input, else from the rule name (…daily…/…weekly…/…monthly…), else a week. */
export function periodOf(event: ReportEvent): PeriodKind {
  if (event.period) return event.period;
  const rule = (event.resources ?? []).join(' ').toLowerCase();
  if (/daily|\bday/.test(rule)) return 'day';
  if (/monthly|month/.test(rule)) return 'month';
  return 'week';
}

export interface ReportHandlerDeps {
  stores: ReportStores;
  writer: ObjectWriter;
  notifier: Notifier | null;
  bestPolicy?: string;
}

export function createReportHandler(deps: ReportHandlerDeps) {
  return async (raw: unknown, context?: Context): Promise<Pick<PublishResult, 'prefix' | 'failures'> & { files: string[] }> => {
    if (context) logger.addContext(context);
    try {
      const parsed = ReportEvent.safeParse(raw ?? {});
      if (!parsed.success) {
        // A wrong schedule input will not fix itself on retry: log it clearly and stop.
        metrics.addMetric('ReportInputRejected', MetricUnit.Count, 1);
        logger.error('report event rejected', { issues: parsed.error.issues });
        throw new Error(`report event rejected: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      }
      const event = parsed.data;
      const kind = periodOf(event);
      const now = event.time ? new Date(event.time) : new Date();
      const to = event.to ?? lastCompletePeriod(kind, now).to;
      const out = await publishReport(deps.stores, deps.writer, deps.notifier, {
        period: kind, to, now, governorates: event.governorates, bestPolicy: deps.bestPolicy,
      });
      metrics.addMetric('ReportFilesWritten', MetricUnit.Count, out.files.length);
      if (out.failures.length) {
        metrics.addMetric('ReportFilesFailed', MetricUnit.Count, out.failures.length);
        logger.error('some report files were not published', { prefix: out.prefix, failures: out.failures });
        // The files that rendered are written; failing the invocation makes the retry and the alarm see the rest.
        throw new Error(`report ${out.prefix}: ${out.failures.length} file(s) not published: ${out.failures.map((f) => f.key).join(', ')}`);
      }
      logger.info('report published', { prefix: out.prefix, files: out.files.length, empty: out.data.empty, notified: out.notified });
      return { prefix: out.prefix, files: out.files.map((f) => f.key), failures: out.failures };
    } finally {
      metrics.publishStoredMetrics();
    }
  };
}

let built: ReturnType<typeof createReportHandler> | null = null;
export const handler = (event: unknown, context: Context) => {
  if (!built) {
    const cfg = readConfig();
    const stores = createDynamoStores({ client: dynamo(), tableName: cfg.TABLE_NAME });
    built = createReportHandler({
      stores: { aggregates: stores, incidents: stores, articles: stores },
      writer: s3ObjectWriter(s3(), cfg.REPORTS_BUCKET),
      // SNS exists only in AWS: locally (no REPORT_TOPIC_ARN) the report is written and not announced.
      notifier: cfg.REPORT_TOPIC_ARN ? snsNotifier(new SNSClient({ region: cfg.AWS_REGION }), cfg.REPORT_TOPIC_ARN) : null,
      bestPolicy: cfg.BEST_POLICY,
    });
  }
  return built(event, context);
};
