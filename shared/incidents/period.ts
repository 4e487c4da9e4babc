// Period tolls («منذ بداية الشهر», «خلال تسعة أشهر») are figures for a span, not for a day: they are
// reconciled across articles like incidents but kept apart from day figures (docs/reconciliation.md).
import type { BestPolicy } from '../extraction/policy.js';
import type { Category, VictimType } from '../extraction/types.js';
import type { IncidentSource, StoredMention } from '../store/ports.js';
import { byString, canonical, clusterFigures, clusterId, clusterMentions, describeMember, groupBy } from './cluster.js';
import { calendarDay, governoratesOf, scopeOf, whyNotCountable } from './scope.js';

/** One toll over a span, counted once across the articles that reported it. */
export interface PeriodToll {
  id: string;
  scope: string;
  governorates: string[];
  from: string;
  to: string;
  category: Category;
  victim: VictimType;
  low: number;
  best: number;
  high: number | null;
  sources: IncidentSource[];
  reason: string;
}

/** A mention that would count but for its period. */
function isPeriodToll(m: StoredMention): boolean {
  return !!m.eventDate?.period && whyNotCountable({ ...m, eventDate: { ...m.eventDate, period: null } }) === null;
}

/** Period tolls of the given mentions, merged across articles (same scope, span, category, victim,
 *  compatible figures), for reports to show beside the day figures. Deterministic like mergeIncidents. */
export function periodTolls(mentions: StoredMention[], policy?: BestPolicy): PeriodToll[] {
  const tolls = canonical(mentions.filter(isPeriodToll));
  const groups = groupBy(tolls, (m) => {
    const scope = scopeOf(m.governorates);
    const from = calendarDay(m.eventDate.period?.from);
    const to = calendarDay(m.eventDate.period?.to);
    return scope && from && to ? ['period', scope, from, to, m.category, m.victim] : null;
  });
  const out: PeriodToll[] = [];
  for (const { key, items } of groups) {
    const [, scope, from, to, category, victim] = key;
    for (const cluster of clusterMentions(items)) {
      const figures = clusterFigures(cluster, policy);
      const [first] = cluster.members;
      const merged = cluster.joins.length === 0
        ? `One report of ${category} ${victim} in ${scope} from ${from} to ${to}: ${describeMember(first)}`
        : `${cluster.members.length} reports of ${category} ${victim} in ${scope} from ${from} to ${to} taken as one toll: ${describeMember(first)} first; ${cluster.joins.join('; ')}`;
      out.push({
        id: clusterId(key, cluster),
        scope,
        governorates: governoratesOf(scope),
        from,
        to,
        category: items[0].category,
        victim: items[0].victim,
        low: figures.low,
        best: figures.best,
        high: figures.high,
        sources: figures.sources,
        reason: `${merged}. Best: ${figures.bestReason}`,
      });
    }
  }
  return out.sort((a, b) => byString(a.scope, b.scope) || byString(a.from, b.from) || byString(a.to, b.to) || b.best - a.best || byString(a.id, b.id));
}
