// Records ⇄ items. Articles carry their fields at the top level (they are flat, and filters
// and `ADD keys` need them). Mentions, incidents and day aggregates are nested documents:
// they are stored as one JSON string attribute `doc` next to the key, index and filter
// attributes: a string is cheaper to marshal and parse than a deep AttributeValue tree, and
// nothing queries inside them.
import type { ArticleRecord, DayAggregate, Incident, StoredMention } from '../ports.js';
import {
  ALL_AGGREGATES_PK, ALL_ARTICLES_PK, ALL_INCIDENTS_PK, aggregateKey, aggregatesOfScopePk, articleKey,
  incidentsOfGovernoratePk, mentionKey, mentionsOfArticlePk, scopeDayPk, statusPk,
} from './keys.js';

type Item = Record<string, unknown>;

/** Attributes that belong to the table layout, not to the record. */
const LAYOUT = new Set(['pk', 'sk', 'g1pk', 'g1sk', 'g2pk', 'g2sk', 'type', 'ver', 'scopeDays']);

function strip<T>(item: Item): T {
  const out: Item = {};
  for (const [k, v] of Object.entries(item)) if (!LAYOUT.has(k)) out[k] = v;
  return out as T;
}

export function articleIndexSk(ingestedAt: string, id: string): string {
  return `${ingestedAt}#${id}`;
}

export function articleFromItem(item: Item): ArticleRecord {
  const rec = strip<ArticleRecord>(item);
  // `keys` is a string set so that every delivery can ADD itself; callers get a sorted array.
  const keys = item.keys instanceof Set ? [...(item.keys as Set<string>)] : ((item.keys as string[] | undefined) ?? []);
  return { ...rec, keys: keys.sort() };
}

/** The scope-days an article's mentions are filed under (kept on the article item for reprocessing). */
export function scopeDaysOfItem(item: Item): string[] {
  return (item.scopeDays as string[] | undefined) ?? [];
}

/** The record inside a document item. */
function docOf<T>(item: Item): T {
  return JSON.parse(item.doc as string) as T;
}

export function mentionToItem(m: StoredMention): Item {
  return { ...mentionKey(m), type: 'mention', g1pk: mentionsOfArticlePk(m.articleId), g1sk: m.id, articleId: m.articleId, id: m.id, doc: JSON.stringify(m) };
}

export function mentionFromItem(item: Item): StoredMention {
  return docOf<StoredMention>(item);
}

/** One item per governorate of the incident, so a governorate's query also finds the
 *  multi-governorate figures that include it; only the first copy enters the all-Syria index. */
export function incidentToItems(scope: string, inc: Incident): Item[] {
  const govs = inc.governorates.length > 0 ? inc.governorates : [scope];
  const doc = JSON.stringify(inc);
  return govs.map((gov, i) => ({
    id: inc.id, day: inc.day, category: inc.category, doc, // category: the filter of queryIncidents
    pk: scopeDayPk(scope, inc.day),
    sk: `I#${inc.id}#${gov}`,
    type: 'incident',
    g1pk: incidentsOfGovernoratePk(gov),
    g1sk: `${inc.day}#${inc.id}`,
    ...(i === 0 ? { g2pk: ALL_INCIDENTS_PK, g2sk: `${inc.day}#${inc.id}` } : {}),
  }));
}

export function incidentFromItem(item: Item): Incident {
  return docOf<Incident>(item);
}

/** The scope-day's guard item: its `ver` changes on every write to the scope-day. It enters
 *  the aggregate indexes only when it has figures, so a day whose mentions are all
 *  uncountable is not listed as a zero row. */
export function aggregateToItem(scope: string, day: string, agg: DayAggregate | null, ver: string): Item {
  const base = { ...aggregateKey(scope, day), type: 'aggregate', ver, scope, day };
  if (!agg) return { ...base, doc: JSON.stringify({ scope, day, figures: {}, articles: 0, sources: [] }) };
  const listed = Object.keys(agg.figures).length > 0;
  return {
    ...base,
    doc: JSON.stringify(agg),
    ...(listed
      ? { g1pk: aggregatesOfScopePk(scope), g1sk: day, g2pk: ALL_AGGREGATES_PK, g2sk: `${day}#${scope}` }
      : {}),
  };
}

export function aggregateFromItem(item: Item): DayAggregate {
  return docOf<DayAggregate>(item);
}

export { articleKey, statusPk, ALL_ARTICLES_PK };
