// The figures of one scope × day: a sum of incidents, so two outlets reporting the same strike count once.
import { byString } from '../incidents/cluster.js';
import { filedDay, isCountable, scopeOf } from '../incidents/scope.js';
import type { DayAggregate, Incident, StoredMention } from '../store/ports.js';
import { figureCell, sumFigureTables } from './figures.js';

/** A DayAggregate that also lists its article ids, so week and month roll-ups count each article once.
 *  Stored rows may lack them (the field is optional): roll-ups then add their counts instead. */
export type DayAggregateWithIds = DayAggregate & { articleIds: string[] };

const distinct = (values: (string | null | undefined)[]): string[] =>
  [...new Set(values.filter((v): v is string => typeof v === 'string' && v.length > 0))].sort(byString);

/**
 * Aggregates one scope-day from its incidents (mergeIncidents of the same mentions). `articles` counts
 * the distinct articles whose countable figures are filed here; `sources` the distinct outlets and
 * named claimants (SOHR, SANA …) behind them. Throws on an incident of another scope or day: summing
 * it here would count it twice.
 */
export function aggregateDay(scope: string, day: string, incidents: Incident[], mentions: StoredMention[]): DayAggregateWithIds {
  for (const i of incidents) {
    if (scopeOf(i.governorates) !== scope || i.day !== day) {
      throw new Error(`aggregateDay(${scope}, ${day}): incident ${i.id} is filed under ${scopeOf(i.governorates)} on ${i.day}`);
    }
  }
  const figures = sumFigureTables(incidents.map((i) => figureCell(i.category, i.victim, { low: i.low, best: i.best, high: i.high, incidents: 1 })));
  const filed = mentions.filter((m) => isCountable(m) && scopeOf(m.governorates) === scope && filedDay(m) === day);
  const evidence = incidents.flatMap((i) => i.sources);
  const articleIds = distinct([...filed.map((m) => m.articleId), ...evidence.map((s) => s.articleId)]);
  return {
    scope,
    day,
    figures,
    articles: articleIds.length,
    articleIds,
    sources: distinct([...filed.flatMap((m) => [m.outlet, m.source?.name]), ...evidence.flatMap((s) => [s.outlet, s.claimedBy])]),
  };
}
