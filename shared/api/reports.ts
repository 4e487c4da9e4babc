// Report links: lists what the report job wrote under reports/<period>/<periodKey>/ in the
// reports bucket and presigns each file. ReportLinks is the port; the S3 adapter is below it.
import { GetObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';

export type ReportPeriod = 'day' | 'week' | 'month';
export const REPORT_PERIODS: readonly ReportPeriod[] = ['day', 'week', 'month'];

export interface ReportFile {
  name: string;
  key: string;
  size: number;
  lastModified: string | null;
  url: string;
  expiresAt: string;
}

export interface ReportSet {
  period: ReportPeriod;
  periodKey: string;
  /** Governorates of a report made for a selection (reports/week/2024-W48/SY02-SY07/); null = all Syria. */
  selection: string[] | null;
  files: ReportFile[];
}

export interface ReportLinks {
  /** Report sets, newest period first (for one period type, or all). */
  list(q: { period?: ReportPeriod; limit: number }): Promise<ReportSet[]>;
  /** The newest all-Syria set of that period, or when none is given the one written most recently. */
  latest(q: { period?: ReportPeriod }): Promise<ReportSet | null>;
}

interface Listed {
  period: ReportPeriod;
  periodKey: string;
  selection: string | null;
  name: string;
  key: string;
  size: number;
  lastModified: Date | null;
}

/** reports/<period>/<periodKey>/[<SY02-SY07>/]<file> (reports/publish.ts, reportPrefix). */
const KEY = /^reports\/(day|week|month)\/([^/]+)\/(?:(SY\d{2}(?:-SY\d{2})*)\/)?([^/]+)$/;

export function createS3ReportLinks(opts: { client: S3Client; bucket: string; expiresIn?: number }): ReportLinks {
  const expiresIn = opts.expiresIn ?? 3600;

  async function listPeriod(period: ReportPeriod): Promise<Listed[]> {
    const out: Listed[] = [];
    let token: string | undefined;
    do {
      const page = await opts.client.send(
        new ListObjectsV2Command({ Bucket: opts.bucket, Prefix: `reports/${period}/`, ContinuationToken: token }),
      );
      for (const o of page.Contents ?? []) {
        const m = o.Key ? KEY.exec(o.Key) : null;
        if (!m) continue; // something else under the prefix: not a report file
        out.push({ period, periodKey: m[2], selection: m[3] ?? null, name: m[4], key: o.Key!, size: o.Size ?? 0, lastModified: o.LastModified ?? null });
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return out;
  }

  function group(files: Listed[]): Map<string, Listed[]> {
    const sets = new Map<string, Listed[]>();
    for (const f of files) {
      const id = `${f.period}/${f.periodKey}/${f.selection ?? ''}`;
      sets.set(id, [...(sets.get(id) ?? []), f]);
    }
    return sets;
  }

  async function sign(files: Listed[]): Promise<ReportSet> {
    const expiresAt = new Date(Date.now() + expiresIn * 1000).toISOString();
    const sorted = [...files].sort((a, b) => a.name.localeCompare(b.name));
    return {
      period: files[0].period,
      periodKey: files[0].periodKey,
      selection: files[0].selection ? files[0].selection.split('-') : null,
      files: await Promise.all(
        sorted.map(async (f) => ({
          name: f.name,
          key: f.key,
          size: f.size,
          lastModified: f.lastModified?.toISOString() ?? null,
          url: await getSignedUrl(opts.client, new GetObjectCommand({ Bucket: opts.bucket, Key: f.key }), { expiresIn }),
          expiresAt,
        })),
      ),
    };
  }

  const newest = (files: Listed[]) => Math.max(...files.map((f) => f.lastModified?.getTime() ?? 0));
  /** Period keys sort chronologically within one period type; across types, by when they were written. */
  const bySelection = (a: Listed[], b: Listed[]) => (a[0].selection ?? '').localeCompare(b[0].selection ?? '');
  const order = (sets: Listed[][], period?: ReportPeriod) =>
    sets.sort((a, b) =>
      (period ? b[0].periodKey.localeCompare(a[0].periodKey) : newest(b) - newest(a) || b[0].periodKey.localeCompare(a[0].periodKey)) ||
      bySelection(a, b),
    );

  return {
    async list({ period, limit }) {
      const periods = period ? [period] : REPORT_PERIODS;
      const all = (await Promise.all(periods.map(listPeriod))).flat();
      return Promise.all(order([...group(all).values()], period).slice(0, limit).map(sign));
    },
    async latest({ period }) {
      const periods = period ? [period] : REPORT_PERIODS;
      const all = (await Promise.all(periods.map(listPeriod))).flat();
      const [first] = order([...group(all.filter((f) => f.selection === null)).values()], period);
      return first ? sign(first) : null;
    },
  };
}
