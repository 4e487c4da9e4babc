// The scheduled reports, for the local runtime (`npm start` calls this after ingesting the
// samples) and any caller that wants every period at once. The Lambda handler runs one period
// per EventBridge schedule through the same publishReport.
import type { ReportStores } from './data.js';
import { lastCompletePeriod, PERIOD_KINDS, type PeriodKind } from './period.js';
import { publishReport, type Notifier, type ObjectWriter, type PublishResult } from './publish.js';

export interface ScheduledReportsOptions {
  stores: ReportStores;
  writer: ObjectWriter;
  notifier: Notifier | null;
  /** Default: day, week and month. */
  periods?: readonly PeriodKind[];
  /**
   * Which periods: a YYYY-MM-DD day (the periods that contain it); 'latest' (those containing the
   * newest publication date among stored articles: samples are dated in the past); default the
   * last complete period of each kind before `now`, as the AWS schedules do.
   */
  to?: string | 'latest';
  now?: Date;
  governorates?: string[];
  bestPolicy?: string;
}

/** The newest publication day among ingested articles, or null when none is stored. */
export async function latestPublishedDay(stores: ReportStores): Promise<string | null> {
  let latest: string | null = null;
  let cursor: string | null = null;
  do {
    const page = await stores.articles.listArticles({ status: 'ingested', limit: 200, cursor });
    for (const a of page.items) {
      const day = a.publishedAt?.slice(0, 10) ?? null;
      if (day && (!latest || day > latest)) latest = day;
    }
    cursor = page.cursor;
  } while (cursor);
  return latest;
}

/**
 * The newest day that has figures, up to the newest publication day: an article about a
 * national toll can be the newest one published without adding anything to a day, and a
 * report of that day would be empty. Reads every scope's days, so it is for the local runtime
 * and the CLI ("latest"), not for the scheduled Lambda.
 */
export async function latestReportedDay(stores: ReportStores): Promise<string | null> {
  const published = await latestPublishedDay(stores);
  if (!published) return null;
  const days = await stores.aggregates.queryDays({ scopes: [], from: '1990-01-01', to: published });
  let latest: string | null = null;
  for (const d of days) if (!latest || d.day > latest) latest = d.day;
  return latest ?? published;
}

export async function runScheduledReports(opts: ScheduledReportsOptions): Promise<PublishResult[]> {
  const now = opts.now ?? new Date();
  const latest = opts.to === 'latest' ? await latestReportedDay(opts.stores) : null;
  const results: PublishResult[] = [];
  for (const kind of opts.periods ?? PERIOD_KINDS) {
    const to = opts.to === 'latest' ? (latest ?? lastCompletePeriod(kind, now).to) : (opts.to ?? lastCompletePeriod(kind, now).to);
    results.push(
      await publishReport(opts.stores, opts.writer, opts.notifier, {
        period: kind, to, now, governorates: opts.governorates, bestPolicy: opts.bestPolicy,
      }),
    );
  }
  return results;
}
