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
