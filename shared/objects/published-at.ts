// Which publication date an article gets. The document's own date wins (JSON envelope
// `publishedAt`, or the HTML page's article:published_time), then the uploader's S3
// metadata `published-at`, then the upload time, which is flagged because relative dates
// in the text ("yesterday") then resolve against a day that may be wrong.
// zod/mini: zod's validation in a quarter of its bundle size (npm run bench:bundle)
import * as z from 'zod/mini';
import '../zod-messages.js';

export type PublishedAtSource = 'metadata' | 'envelope' | 'upload_time';

/** ISO 8601 calendar date (2024-03-05) or date-time (2024-03-05T10:00:00+03:00, offset optional). */
export const IsoDateOrDateTime = z.union([z.iso.date(), z.iso.datetime({ offset: true, local: true })], {
  error: 'expected an ISO date (YYYY-MM-DD) or date-time (YYYY-MM-DDTHH:MM:SSZ)',
});

export function isIsoDateOrDateTime(value: string): boolean {
  return IsoDateOrDateTime.safeParse(value).success;
}

export interface DateCandidates {
  /** Already validated by the envelope schema, or read from an HTML page (validated here). */
  document?: string | null;
  /** Label for warnings, e.g. "HTML article:published_time". */
  documentLabel?: string;
  metadata?: string | null;
  uploadedAt: string;
}

export interface ChosenDate {
  publishedAt: string;
  publishedAtSource: PublishedAtSource;
  warnings: string[];
}

export function choosePublishedAt(c: DateCandidates): ChosenDate {
  const warnings: string[] = [];
  const doc = c.document?.trim() || null;
  const meta = c.metadata?.trim() || null;
  const docOk = doc !== null && isIsoDateOrDateTime(doc);
  const metaOk = meta !== null && isIsoDateOrDateTime(meta);
  if (doc !== null && !docOk) {
    warnings.push(`${c.documentLabel ?? 'document date'} "${doc}" is not an ISO date or date-time; ignored`);
  }
  if (meta !== null && !metaOk) {
    warnings.push(`user metadata published-at "${meta}" is not an ISO date or date-time; ignored`);
  }
  if (docOk) return { publishedAt: doc, publishedAtSource: 'envelope', warnings };
  if (metaOk) return { publishedAt: meta, publishedAtSource: 'metadata', warnings };
  if (!isIsoDateOrDateTime(c.uploadedAt)) {
    // The handler passes the S3 event time; a bad value here is a bug, not bad input.
    throw new TypeError(`uploadedAt "${c.uploadedAt}" is not an ISO date-time`);
  }
  warnings.push('no publication date in the document or the upload metadata; using the upload time');
  return { publishedAt: c.uploadedAt, publishedAtSource: 'upload_time', warnings };
}
