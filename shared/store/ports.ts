// Ports: what handlers and reports need from storage. The DynamoDB adapter lives in
// ./dynamodb/; handlers depend on these interfaces only (ports and adapters).
import type { Category, Mention, VictimType } from '../extraction/types.js';

export type ArticleStatus = 'ingested' | 'rejected';

export interface ArticleRecord {
  /** sha256 (hex, first 32 chars) of the normalised text: the same text under two keys is one article. */
  id: string;
  status: ArticleStatus;
  /** For rejected articles: a clear, human-readable reason (e.g. "empty object"). */
  reason: string | null;
  /** Every bucket/key that delivered this text. */
  keys: string[];
  title: string | null;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
  /** Where publishedAt came from; 'upload_time' flags a missing publication date. */
  publishedAtSource: 'metadata' | 'envelope' | 'upload_time' | null;
  extractorVersion: string | null;
  ingestedAt: string;
  textLength: number;
  mentionCount: number;
}

/** A mention as stored: the extraction's mention plus its article's context. */
export interface StoredMention extends Mention {
  articleId: string;
  outlet: string | null;
  publishedAt: string | null;
  /** The day (YYYY-MM-DD) the figure is filed under: event date, else publication date. */
  day: string;
}

export interface IncidentSource {
  articleId: string;
  mentionId: string;
  outlet: string | null;
  /** Who the article says gave the figure (SOHR, SANA, medical source …), if named. */
  claimedBy: string | null;
  value: number | null;
  low: number;
  high: number | null;
  quote: string;
}

/** One real-world event counted once across articles, with the range reported for it. */
export interface Incident {
  id: string;
  /** Sorted admin1 p-codes; several means a multi-governorate figure (never counted in each). */
  governorates: string[];
  day: string;
  category: Category;
  victim: VictimType;
  low: number;
  best: number;
  high: number | null;
  sources: IncidentSource[];
  /** Why the figures were merged and why `best` is what it is. */
  reason: string;
}

export interface Figure { low: number; best: number; high: number | null; incidents: number }

/** Aggregate for one scope × day. scope is a p-code, or "SY02+SY07" for multi-governorate figures. */
export interface DayAggregate {
  scope: string;
  day: string;
  figures: Partial<Record<Category, Partial<Record<VictimType, Figure>>>>;
  articles: number;
  sources: string[];
}

export interface Page<T> { items: T[]; cursor: string | null }

export interface ArticleStore {
  getArticle(id: string): Promise<(ArticleRecord & { mentions: StoredMention[] }) | null>;
  listArticles(q: { status?: ArticleStatus; limit: number; cursor?: string | null }): Promise<Page<ArticleRecord>>;
}

export interface AggregateStore {
  /** Day aggregates for the given scopes (p-codes; empty = all scopes incl. multi) in [from, to]. */
  queryDays(q: { scopes: string[]; from: string; to: string }): Promise<DayAggregate[]>;
}

export interface IncidentStore {
  queryIncidents(q: {
    governorates: string[]; from: string; to: string; category?: Category;
    limit: number; cursor?: string | null;
  }): Promise<Page<Incident>>;
}

// ---- Write side (the ingest pipeline). Added with the DynamoDB adapter (issue 3). ----

/** Everything filed under one scope-day, read strongly consistently, with the token that guards it. */
export interface ScopeDayContents {
  scope: string;
  day: string;
  /** Every article's mentions filed under this scope-day (countable or not). */
  mentions: StoredMention[];
  incidents: Incident[];
  aggregate: DayAggregate | null;
  /** Optimistic-concurrency token; null when nothing is filed here yet. */
  version: string | null;
}

/** The new state of one scope-day, written only if its version is still `expectedVersion`. */
export interface ScopeDayWrite {
  scope: string;
  day: string;
  expectedVersion: string | null;
  /** False when no mention of any article remains filed here: the scope-day is removed. */
  hasMentions: boolean;
  incidents: Incident[];
  /** The incidents read with `expectedVersion`, so that stale ones are deleted and unchanged ones not rewritten. */
  previousIncidents: Incident[];
  /** null when mentions remain but none counts. */
  aggregate: DayAggregate | null;
  /** The token the scope-day gets (the writer may choose it, to cache what it wrote); random when absent. */
  newVersion?: string;
}

/** One atomic write: an article, its mentions, and every scope-day they touch. */
export interface ArticleCommit {
  article: ArticleRecord;
  /** null: the article must not exist yet. Otherwise the version token of the stored article being replaced. */
  replacing: { articleVersion: string } | null;
  mentions: StoredMention[];
  /** The replaced extraction's mentions, deleted in the same write. */
  staleMentions: StoredMention[];
  scopeDays: ScopeDayWrite[];
}

/** A commit lost a race: a scope-day changed since it was read, or the article already exists. */
export class WriteConflictError extends Error {
  constructor(
    message: string,
    /** Set when the article already existed (with the stored record). */
    readonly existingArticle: ArticleRecord | null = null,
  ) {
    super(message);
    this.name = 'WriteConflictError';
  }
}

/** An article whose write would not fit in one atomic write of the store (docs/data-model.md says why it is refused). */
export class TooLargeForOneWriteError extends Error {
  constructor(readonly items: number, readonly limit: number) {
    super(`the article and the scope-days it touches need ${items} item writes, above the ${limit}-item limit of one atomic write`);
    this.name = 'TooLargeForOneWriteError';
  }
}

export interface IngestStore {
  readScopeDay(scope: string, day: string): Promise<ScopeDayContents>;
  /** Strongly consistent: the article, every mention it filed, and its version token (for replacing it). */
  readArticleForUpdate(id: string): Promise<(ArticleRecord & { mentions: StoredMention[]; version: string }) | null>;
  /** Throws WriteConflictError when a guard failed; nothing is written then. */
  commitArticle(c: ArticleCommit): Promise<void>;
  /** Records one more bucket/key that delivered an existing article. */
  addArticleKey(id: string, key: string): Promise<void>;
  /** Stores (or re-stores) a rejected upload with its reason; records the key. */
  putRejected(rec: ArticleRecord): Promise<void>;
  /** Articles whose extraction is older than `extractorVersion` (for `reprocess`). */
  listStaleArticles(extractorVersion: string, q: { limit: number; cursor?: string | null }): Promise<Page<ArticleRecord>>;
}
