// Re-extraction after the extractor changed: every ingested article stored by another
// extractor version is read again from its canonical key (the smallest bucket/key that
// delivered it) and replaced through the same guarded commit as a first delivery.
import type { IngestDeps, IngestOutcome } from './ingest-object.js';
import { ingestObject } from './ingest-object.js';

export interface ReprocessReport {
  examined: number;
  reprocessed: number;
  /** Articles that could not be re-read, with why (their stored extraction is left as it was). */
  failed: { id: string; reason: string }[];
}

export function splitSource(source: string): { bucket: string; key: string } {
  const i = source.indexOf('/');
  return { bucket: source.slice(0, i), key: source.slice(i + 1) };
}

export async function reprocessStale(
  deps: IngestDeps, extractorVersion: string, opts: { pageSize?: number; onArticle?: (o: IngestOutcome | null) => void } = {},
): Promise<ReprocessReport> {
  const report: ReprocessReport = { examined: 0, reprocessed: 0, failed: [] };
  let cursor: string | null = null;
  do {
    const page = await deps.store.listStaleArticles(extractorVersion, { limit: opts.pageSize ?? 50, cursor });
    cursor = page.cursor;
    for (const article of page.items) {
      report.examined++;
      let done: IngestOutcome | null = null;
      // Canonical key first; a key whose object was since overwritten holds other text.
      for (const source of [...article.keys].sort()) {
        const out = await ingestObject(deps, { ...splitSource(source), etag: null, size: null });
        if (out.articleId === article.id) {
          done = out;
          break;
        }
      }
      opts.onArticle?.(done);
      if (done?.status === 'reprocessed') report.reprocessed++;
      else if (!done) report.failed.push({ id: article.id, reason: `none of its keys (${article.keys.join(', ')}) still holds its text` });
    }
  } while (cursor);
  return report;
}
