// Stores one extracted article exactly once, whatever the delivery order or repetition:
// read every scope-day it touches, recompute them with its mentions, commit all of it in
// one guarded transaction, and on a lost race read again (docs/data-model.md).
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ArticleExtraction } from '../extraction/types.js';
import { WriteConflictError, type ArticleRecord, type IngestStore, type StoredMention } from '../store/ports.js';
import { planScopeDay, scopeDaysOf, type Recompute } from './plan.js';
import type { ScopeDayCache } from './scope-day-cache.js';
import { filingOf } from '../store/dynamodb/keys.js';

export interface StoreOutcome {
  articleId: string;
  status: 'ingested' | 'duplicate' | 'reprocessed' | 'rejected';
  mentions: number;
  /** Commit attempts lost to concurrent writers of the same scope-days (retried). */
  conflicts: number;
}

export interface StoreOptions {
  store: IngestStore;
  recompute: Recompute;
  /** Give up (the message is retried later, then dead-lettered) after this many lost races. */
  maxAttempts?: number;
  /** Scope-days this process wrote last; a stale entry only costs a refused commit. */
  cache?: ScopeDayCache;
}

function filedUnder(m: StoredMention, scope: string, day: string): boolean {
  const f = filingOf(m);
  return f !== null && f.scope === scope && f.day === day;
}

/** Which extractor version is newer; numeric-aware so 1.10.0 > 1.9.0. */
export function newerVersion(a: string, b: string): boolean {
  return a.localeCompare(b, 'en', { numeric: true }) > 0;
}

/**
 * Whether this delivery replaces the stored article with the same text. The same text can
 * arrive in several forms (BOM, line ends, metadata, upload time); so that the result does
 * not depend on arrival order, the canonical delivery is the one read by the newest
 * extractor and, among those, the one with the smallest bucket/key.
 */
export function supersedes(record: ArticleRecord, extractorVersion: string, existing: ArticleRecord): boolean {
  const stored = existing.extractorVersion;
  if (existing.status !== 'ingested' || stored === null || newerVersion(extractorVersion, stored)) return true;
  if (newerVersion(stored, extractorVersion)) return false;
  const canonical = [...existing.keys].sort()[0];
  return canonical !== undefined && record.keys.every((k) => k < canonical);
}

export async function storeArticle(
  opts: StoreOptions, record: ArticleRecord, extraction: ArticleExtraction, mentions: StoredMention[],
): Promise<StoreOutcome> {
  const maxAttempts = opts.maxAttempts ?? 200;
  let replacing: { articleVersion: string } | null = null;
  let stale: StoredMention[] = [];
  let conflicts = 0;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const touched = scopeDaysOf([...mentions, ...stale]);
    const reads = await Promise.all(touched.map((sd) => opts.cache?.get(sd.scope, sd.day) ?? opts.store.readScopeDay(sd.scope, sd.day)));
    const scopeDays = reads.map((r) => ({ ...planScopeDay(r, record.id, mentions, opts.recompute), newVersion: randomUUID() }));
    try {
      await opts.store.commitArticle({ article: record, replacing, mentions, staleMentions: stale, scopeDays });
      if (opts.cache) {
        for (const [i, sd] of scopeDays.entries()) {
          if (!sd.hasMentions) opts.cache.drop(sd.scope, sd.day);
          else opts.cache.set({
            scope: sd.scope, day: sd.day, incidents: sd.incidents, aggregate: sd.aggregate, version: sd.newVersion,
            mentions: [...reads[i].mentions.filter((m) => m.articleId !== record.id), ...mentions.filter((m) => filedUnder(m, sd.scope, sd.day))],
          });
        }
      }
      return { articleId: record.id, status: replacing ? 'reprocessed' : 'ingested', mentions: mentions.length, conflicts };
    } catch (e) {
      // Whatever was cached for these scope-days may be what lost the race.
      for (const sd of touched) opts.cache?.drop(sd.scope, sd.day);
      if (!(e instanceof WriteConflictError)) throw e;
      const existing = e.existingArticle;
      if (existing) {
        if (!supersedes(record, extraction.extractorVersion, existing)) {
          // The stored delivery stays canonical: only the delivering key is new.
          for (const key of record.keys) await opts.store.addArticleKey(record.id, key);
          return { articleId: record.id, status: 'duplicate', mentions: existing.mentionCount, conflicts };
        }
        // Replace the stored extraction: delete its mentions, recompute old and new scope-days.
        const old = await opts.store.readArticleForUpdate(record.id);
        if (!old) continue; // vanished meanwhile: write it as new
        replacing = { articleVersion: old.version };
        stale = old.mentions;
        continue;
      }
      conflicts++;
      // Full jitter: fifty writers of one scope-day spread out instead of colliding in lockstep.
      await sleep(Math.random() * Math.min(500, 5 * 2 ** Math.min(attempt, 7)));
    }
  }
  throw new Error(`article ${record.id}: gave up after ${maxAttempts} attempts lost to concurrent writers of the same scope-days`);
}
