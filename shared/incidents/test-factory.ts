// Builds StoredMention objects for tests and seed data in a line each. Not a test itself: the pipeline
// and API tests import it too. The Arabic quotes are the project's own sentences, not seed articles.
import type { Category, ClaimSource, Qualifier, SourceKind, VictimType } from '../extraction/types.js';
import type { StoredMention } from '../store/ports.js';

export interface MentionSpec {
  article?: string;
  id?: string;
  category?: Category;
  /** The figure as written; null for a vague quantity. */
  value?: number | null;
  qualifier?: Qualifier;
  /** Override the bounds the qualifier implies. */
  low?: number;
  high?: number | null;
  victim?: VictimType;
  governorates?: string[];
  /** The day filed under (and the event day). */
  day?: string;
  publishedAt?: string | null;
  outlet?: string | null;
  /** Who the article says gave the figure, e.g. "SOHR". */
  claimedBy?: string | null;
  claimKind?: SourceKind;
  quote?: string;
  cumulative?: boolean;
  duplicateOf?: string | null;
  partOf?: string | null;
  /** A period toll's span. */
  period?: { from: string; to: string } | null;
}

let sequence = 0;

function bounds(value: number | null, qualifier: Qualifier): { low: number; high: number | null } {
  if (value === null) return { low: 3, high: null };
  switch (qualifier) {
    case 'at_least': return { low: value, high: null };
    case 'more_than': return { low: value + 1, high: null };
    case 'about': return { low: Math.floor(value * 0.9), high: Math.ceil(value * 1.1) };
    case 'up_to': return { low: 0, high: value };
    default: return { low: value, high: value };
  }
}

/** A stored mention with sensible defaults: 10 civilians killed in Idlib (SY07) on 2024-11-25. */
export function storedMention(spec: MentionSpec = {}): StoredMention {
  const value = spec.value === undefined ? 10 : spec.value;
  const qualifier = spec.qualifier ?? (value === null ? 'vague' : 'exact');
  const implied = bounds(value, qualifier);
  const day = spec.day ?? '2024-11-25';
  const source: ClaimSource | null = spec.claimedBy
    ? { name: spec.claimedBy, kind: spec.claimKind ?? (spec.claimedBy === 'SOHR' ? 'monitor' : 'unknown'), nameAr: null }
    : null;
  const quote = spec.quote ?? `مقتل ${value ?? 'عدد من'} مدنيين في قصف على ريف إدلب`;
  return {
    id: spec.id ?? `m${++sequence}`,
    articleId: spec.article ?? 'a1',
    outlet: spec.outlet === undefined ? 'Test Outlet' : spec.outlet,
    publishedAt: spec.publishedAt === undefined ? `${day}T09:00:00Z` : spec.publishedAt,
    day,
    category: spec.category ?? 'killed',
    count: { value, qualifier, low: spec.low ?? implied.low, high: spec.high === undefined ? implied.high : spec.high },
    victim: spec.victim ?? 'civilian',
    groups: [],
    governorates: spec.governorates ?? ['SY07'],
    places: [],
    placeBasis: 'sentence',
    source,
    eventDate: { date: day, precision: 'day', period: spec.period ?? null, basis: 'test' },
    start: 0,
    end: quote.length,
    quote,
    cumulative: spec.cumulative ?? false,
    duplicateOf: spec.duplicateOf ?? null,
    partOf: spec.partOf ?? null,
    reason: null,
  };
}

/** A seeded Fisher–Yates shuffle, so an order-independence test that fails can be replayed. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0 || 1;
  const next = () => {
    // xorshift32: small, deterministic, good enough to permute test inputs.
    state ^= state << 13; state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5; state >>>= 0;
    return state / 2 ** 32;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
