// Key builders for every item type in the single table (docs/data-model.md). Keys are
// built here only, so the read and the write side cannot disagree about a prefix.
import { scopeOf } from '../../incidents/scope.js';
import type { StoredMention } from '../ports.js';

/** Sorts after every character a day, id or scope can contain: the inclusive top of a range. */
export const HIGH = '\uffff';

export const articleKey = (id: string) => ({ pk: `ART#${id}`, sk: 'ARTICLE' });
export const scopeDayPk = (scope: string, day: string) => `SD#${scope}#${day}`;
export const aggregateKey = (scope: string, day: string) => ({ pk: scopeDayPk(scope, day), sk: 'AGG' });
export const statusPk = (status: string) => `STATUS#${status}`;
export const ALL_ARTICLES_PK = 'ARTICLES';
export const mentionsOfArticlePk = (articleId: string) => `MENTIONS#${articleId}`;
export const aggregatesOfScopePk = (scope: string) => `AGG#${scope}`;
export const ALL_AGGREGATES_PK = 'AGG';
export const incidentsOfGovernoratePk = (gov: string) => `INC#${gov}`;
export const ALL_INCIDENTS_PK = 'INC';

/** Where a mention is filed: its scope-day, or null (no governorate or no day: kept as evidence, never counted). */
export function filingOf(m: Pick<StoredMention, 'governorates' | 'day'>): { scope: string; day: string } | null {
  const scope = scopeOf(m.governorates);
  return scope && m.day ? { scope, day: m.day } : null;
}

/** A mention lives in its scope-day partition (so a strongly consistent Query sees all of a day's
 *  figures), or in its article's partition when it is filed nowhere. */
export function mentionKey(m: Pick<StoredMention, 'articleId' | 'id' | 'governorates' | 'day'>): { pk: string; sk: string } {
  const f = filingOf(m);
  return f
    ? { pk: scopeDayPk(f.scope, f.day), sk: `M#${m.articleId}#${m.id}` }
    : { pk: `ART#${m.articleId}`, sk: `M#${m.id}` };
}

export const scopeDayId = (scope: string, day: string) => `${scope}#${day}`;
export function parseScopeDayId(id: string): { scope: string; day: string } {
  const i = id.lastIndexOf('#');
  return { scope: id.slice(0, i), day: id.slice(i + 1) };
}
