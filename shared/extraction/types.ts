// The extraction contract: what the engine returns for one article. Field names follow
// ../shared/eval/README.md (the scorer's contract); the rest is evidence for people.

export type Category = 'killed' | 'injured' | 'captured' | 'missing' | 'killed_or_injured';
export const CATEGORIES: readonly Category[] = ['killed', 'injured', 'captured', 'missing', 'killed_or_injured'];

export type Qualifier = 'exact' | 'at_least' | 'more_than' | 'about' | 'up_to' | 'vague';
export type VictimType = 'civilian' | 'combatant' | 'unknown';
export const VICTIM_TYPES: readonly VictimType[] = ['civilian', 'combatant', 'unknown'];
export type DatePrecision = 'day' | 'week' | 'month' | 'unknown';

/** A figure as written, with the bounds it implies. `high: null` means unbounded above. */
export interface Count {
  value: number | null;
  qualifier: Qualifier;
  low: number;
  high: number | null;
}

export interface EventDate {
  /** ISO date (YYYY-MM-DD) of the event, or null when it cannot be resolved. */
  date: string | null;
  precision: DatePrecision;
  /** For period tolls (منذ بداية الشهر، خلال تسعة أشهر): the span the figure covers. */
  period: { from: string; to: string } | null;
  /** The words the date was read from, or why it fell back (e.g. "publication date"). */
  basis: string;
}

export type SourceKind =
  | 'monitor' | 'state_media' | 'medical' | 'civil_defence' | 'agency' | 'outlet'
  | 'commander' | 'party' | 'activists' | 'witness' | 'unknown';

export interface ClaimSource {
  /** Stable English key, e.g. "SOHR", "SANA", "medical source". */
  name: string;
  kind: SourceKind;
  /** The Arabic words that named it. */
  nameAr: string | null;
}

export interface PlaceRef {
  /** The place name as written in the text. */
  name: string;
  /** Gazetteer p-code (SY02, SY0200, C1767 …). */
  pcode: string;
  governorate: string;
}

export interface Mention {
  id: string;
  category: Category;
  count: Count;
  victim: VictimType;
  /** Named groups among the victims: "regime_forces", "isis", "hts", "children", "women" … */
  groups: string[];
  /** Admin1 p-codes (SY01–SY14); empty when the place is unknown or outside Syria. */
  governorates: string[];
  places: PlaceRef[];
  /** Why the governorates were chosen: "clause", "sentence", "dateline", "article", "none". */
  placeBasis: string;
  source: ClaimSource | null;
  eventDate: EventDate;
  /** UTF-16 offsets of the evidence in the ORIGINAL text. */
  start: number;
  end: number;
  quote: string;
  /** A running toll (ارتفع عدد القتلى إلى 327) that sums events rather than adding to them. */
  cumulative: boolean;
  duplicateOf: string | null;
  partOf: string | null;
  /** The reason for any reconciliation decision about this mention (null when none). */
  reason: string | null;
}

export interface Total {
  low: number;
  best: number;
  high: number | null;
  /** Mention ids that the total was built from, and why. */
  from: string[];
  reason: string;
}

export interface ArticleInput {
  title?: string | null;
  body: string;
  /** ISO date or date-time; relative dates are resolved against it. */
  publishedAt?: string | null;
  outlet?: string | null;
  url?: string | null;
}

export interface ArticleExtraction {
  extractorVersion: string;
  /** The text the offsets refer to (title + blank line + body for envelopes). */
  textLength: number;
  mentions: Mention[];
  totals: Partial<Record<Category, Total>>;
  /** Article-level context used as fallbacks. */
  context: {
    publishedAt: string | null;
    outlet: string | null;
    datelineGovernorates: string[];
    mainGovernorates: string[];
  };
}
