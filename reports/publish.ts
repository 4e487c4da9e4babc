// Build → render → write → notify, shared by the Lambda handler, the CLI and the local
// scheduler. Storage and notification are interfaces so each caller brings its own adapter
// (S3 + SNS in AWS, s3rver locally, a folder for the CLI).
import { CHARTS, renderChartPng } from './charts.js';
import { buildReportData, type ReportData, type ReportOptions, type ReportStores } from './data.js';
import { formatChange, formatRange } from './format.js';
import { renderPdf } from './pdf.js';

export interface ObjectWriter {
  put(key: string, body: Buffer | string, contentType: string): Promise<void>;
  /** A link a reader can open (a presigned URL, or a file path locally). */
  link(key: string): Promise<string>;
}

export interface Notifier {
  notify(subject: string, message: string): Promise<void>;
}

export interface PublishedFile {
  key: string;
  contentType: string;
  bytes: number;
  link: string;
}

export interface PublishResult {
  prefix: string;
  data: ReportData;
  files: PublishedFile[];
  /** Files that could not be rendered or written, with why; the others were still published. */
  failures: { key: string; error: string }[];
  notified: boolean;
}

/** reports/week/2024-W48/ for all Syria; reports/week/2024-W48/SY02-SY07/ for chosen governorates. */
export function reportPrefix(data: Pick<ReportData, 'period' | 'selection'>): string {
  const base = `reports/${data.period.kind}/${data.period.label}/`;
  return data.selection ? `${base}${data.selection.join('-')}/` : base;
}

function message(data: ReportData, files: PublishedFile[], failures: PublishResult['failures']): string {
  const k = data.headline.killed;
  const lines = [
    `Syria casualty report ${data.period.label} (${data.period.from} – ${data.period.to})${data.selection ? ` for ${data.selection.join(', ')}` : ''}`,
    data.empty
      ? 'No casualty figures were recorded for this period.'
      : `Killed: ${k.current.best} (range ${formatRange(k.current)}), ${formatChange(k)} vs ${data.previous.label}; ` +
        `injured ${data.headline.injured.current.best}; captured ${data.headline.captured.current.best}; ${data.incidents.total} incident(s) from ${data.articles.length} article(s).`,
    '',
    ...files.map((f) => `${f.key.split('/').pop()}: ${f.link}`),
  ];
  if (failures.length) lines.push('', `Not published (${failures.length}): ${failures.map((f) => `${f.key}: ${f.error}`).join('; ')}`);
  return lines.join('\n');
}

export interface PublishOptions extends ReportOptions {
  /** Skip the notification (the CLI writes to a folder nobody subscribes to). */
  notify?: boolean;
}

export async function publishReport(
  stores: ReportStores, writer: ObjectWriter, notifier: Notifier | null, opts: PublishOptions,
): Promise<PublishResult> {
  const data = await buildReportData(stores, opts);
  const prefix = reportPrefix(data);
  const files: PublishedFile[] = [];
  const failures: PublishResult['failures'] = [];

  // Each file is rendered and written on its own: one failing chart must not lose the others.
  const outputs: { name: string; contentType: string; render: () => Buffer | string }[] = [
    { name: 'report.pdf', contentType: 'application/pdf', render: () => renderPdf(data) },
    ...CHARTS.map((c) => ({ name: c.file, contentType: 'image/png', render: () => renderChartPng(c.id, data) })),
    { name: 'data.json', contentType: 'application/json', render: () => JSON.stringify(data, null, 2) },
  ];
  for (const o of outputs) {
    const key = prefix + o.name;
    try {
      const body = o.render();
      await writer.put(key, body, o.contentType);
      files.push({ key, contentType: o.contentType, bytes: Buffer.byteLength(body), link: await writer.link(key) });
    } catch (e) {
      failures.push({ key, error: e instanceof Error ? e.message : String(e) });
    }
  }

  let notified = false;
  if (notifier && opts.notify !== false) {
    const subject = `Syria casualty report ${data.period.label}${data.empty ? ' (no figures)' : ''}`;
    await notifier.notify(subject, message(data, files, failures));
    notified = true;
  }
  return { prefix, data, files, failures, notified };
}
