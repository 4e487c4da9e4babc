// The domain function behind the ingest handler: one uploaded object → a stored article
// (or a stored rejection that says why). Idempotent by construction; the handler also
// wraps it in Powertools Idempotency so a redelivered event costs no extraction.
import { createHash } from 'node:crypto';
import { articleIdFor } from '../objects/article-id.js';
import { missingObject, readUpload, sizeRejection, type Rejection } from '../objects/read-upload.js';
import type { ArticleExtraction, ArticleInput } from '../extraction/types.js';
import { TooLargeForOneWriteError, type ArticleRecord, type IngestStore } from '../store/ports.js';
import type { ObjectRef } from './s3-event.js';
import type { ObjectSource } from './object-source.js';
import { storedMentions, type Recompute } from './plan.js';
import { storeArticle, type StoreOutcome } from './store-article.js';
import type { ScopeDayCache } from './scope-day-cache.js';

export interface IngestDeps {
  store: IngestStore;
  objects: ObjectSource;
  /** The extraction engine; tests inject one whose figures they control. */
  extract: (input: ArticleInput) => ArticleExtraction;
  recompute: Recompute;
  now?: () => Date;
  maxAttempts?: number;
  /** Scope-days this process wrote last (one per handler instance; see scope-day-cache.ts). */
  cache?: ScopeDayCache;
}

export interface IngestOutcome extends StoreOutcome {
  /** bucket/key that delivered the object. */
  source: string;
  /** For rejections: the code and the reason stored with the record. */
  rejection: { code: string; reason: string } | null;
  /** Non-fatal notes from reading the upload (fallback dates, guessed formats). */
  warnings: string[];
}

/** A rejected upload has no text to hash: its id is the hash of where it came from. */
export function rejectedIdFor(source: string): string {
  return createHash('sha256').update(`rejected:${source}`, 'utf8').digest('hex').slice(0, 32);
}

export function rejectedRecord(source: string, reason: string, at: Date): ArticleRecord {
  return {
    id: rejectedIdFor(source), status: 'rejected', reason, keys: [source], title: null, outlet: null, url: null,
    publishedAt: null, publishedAtSource: null, extractorVersion: null, ingestedAt: at.toISOString(), textLength: 0, mentionCount: 0,
  };
}

export async function ingestObject(deps: IngestDeps, ref: ObjectRef): Promise<IngestOutcome> {
  const now = deps.now?.() ?? new Date();
  const source = `${ref.bucket}/${ref.key}`;
  const refuse = async (r: Rejection): Promise<IngestOutcome> => {
    const rec = rejectedRecord(source, r.reason, now);
    await deps.store.putRejected(rec);
    return { articleId: rec.id, status: 'rejected', mentions: 0, conflicts: 0, source, rejection: { code: r.code, reason: r.reason }, warnings: [] };
  };

  const tooLarge = ref.size !== null ? sizeRejection(ref.size) : null;
  if (tooLarge) return refuse(tooLarge);
  const obj = await deps.objects.get(ref.bucket, ref.key);
  if (!obj) return refuse(missingObject(ref.key));
  const read = await readUpload(obj.bytes, {
    bucket: ref.bucket, key: ref.key, userMetadata: obj.userMetadata, contentType: obj.contentType, uploadedAt: obj.lastModified,
  });
  if (!read.ok) return refuse(read);

  const a = read.article;
  const extraction = deps.extract({ title: a.title, body: a.body, publishedAt: a.publishedAt, outlet: a.outlet, url: a.url });
  // Identity is the body: the same dispatch as .txt and as a titled envelope is one article.
  const id = articleIdFor(a.body);
  const mentions = storedMentions(id, extraction, { outlet: a.outlet, publishedAt: a.publishedAt, uploadedAt: obj.lastModified });
  const record: ArticleRecord = {
    id, status: 'ingested', reason: null, keys: [source], title: a.title, outlet: a.outlet, url: a.url,
    publishedAt: a.publishedAt, publishedAtSource: a.publishedAtSource, extractorVersion: extraction.extractorVersion,
    ingestedAt: now.toISOString(), textLength: extraction.textLength, mentionCount: mentions.length,
  };
  try {
    const outcome = await storeArticle({ store: deps.store, recompute: deps.recompute, maxAttempts: deps.maxAttempts, cache: deps.cache }, record, extraction, mentions);
    return { ...outcome, source, rejection: null, warnings: read.warnings };
  } catch (e) {
    // Retrying cannot make it fit: refuse it with the reason instead of cycling to the DLQ.
    if (e instanceof TooLargeForOneWriteError) {
      return refuse({ ok: false, code: 'too_large', reason: `article has ${mentions.length} figures; ${e.message}` });
    }
    throw e;
  }
}
