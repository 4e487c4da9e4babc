// What became of an uploaded file, read back from the store: the article it became (and how
// many figures), or the rejection and its reason. Used by the CLI's summary, which may be
// talking to a running `npm start` whose ingest it does not control.
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { articleIdFor } from '../shared/objects/article-id.js';
import { readUpload } from '../shared/objects/read-upload.js';
import { rejectedIdFor } from '../shared/ingest/ingest-object.js';
import type { ArticleStore } from '../shared/store/ports.js';
import type { UploadFile } from './uploads.js';

export type FileOutcome =
  | { file: UploadFile; status: 'ingested'; articleId: string; mentions: number; alsoFrom: string[] }
  | { file: UploadFile; status: 'rejected'; reason: string }
  | { file: UploadFile; status: 'pending' };

export async function outcomeOf(store: ArticleStore, bucket: string, f: UploadFile): Promise<FileOutcome> {
  const source = `${bucket}/${f.key}`;
  const rejected = await store.getArticle(rejectedIdFor(source));
  if (rejected) return { file: f, status: 'rejected', reason: rejected.reason ?? 'rejected' };
  const read = await readUpload(readFileSync(f.path), { bucket, key: f.key, userMetadata: f.metadata, contentType: null, uploadedAt: new Date().toISOString() });
  if (!read.ok) return { file: f, status: 'pending' };
  const article = await store.getArticle(articleIdFor(read.article.body));
  if (!article || !article.keys.includes(source)) return { file: f, status: 'pending' };
  return { file: f, status: 'ingested', articleId: article.id, mentions: article.mentionCount, alsoFrom: article.keys.filter((k) => k !== source) };
}

/** Polls until every file has an outcome or the time is up (then the rest stay 'pending'). */
export async function waitForOutcomes(
  store: ArticleStore, bucket: string, files: UploadFile[], opts: { timeoutMs: number; onResolved?: (o: FileOutcome) => void },
): Promise<FileOutcome[]> {
  const deadline = Date.now() + opts.timeoutMs;
  const done = new Map<string, FileOutcome>();
  while (done.size < files.length) {
    const open = files.filter((f) => !done.has(f.key));
    for (let i = 0; i < open.length; i += 16) {
      const results = await Promise.all(open.slice(i, i + 16).map((f) => outcomeOf(store, bucket, f)));
      for (const o of results) {
        if (o.status === 'pending') continue;
        done.set(o.file.key, o);
        opts.onResolved?.(o);
      }
    }
    if (done.size === files.length || Date.now() > deadline) break;
    await sleep(250);
  }
  return files.map((f) => done.get(f.key) ?? { file: f, status: 'pending' as const });
}
