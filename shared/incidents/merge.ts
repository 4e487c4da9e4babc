// Cross-article reconciliation: one real-world event counted once, with the range reported for it
// (docs/reconciliation.md, "Across articles").
import type { BestPolicy } from '../extraction/policy.js';
import { CATEGORIES, VICTIM_TYPES } from '../extraction/types.js';
import type { Incident, StoredMention } from '../store/ports.js';
import { byString, canonical, clusterFigures, clusterId, clusterMentions, describeMember, groupBy, type Cluster } from './cluster.js';
import { filedDay, governoratesOf, isCountable, scopeOf } from './scope.js';

function mergeReason(scope: string, day: string, category: string, victim: string, cluster: Cluster, bestReason: string): string {
  const [first, ...rest] = cluster.members;
  const where = `${category} ${victim} in ${scope} on ${day}`;
  const articles = new Set(cluster.members.map((m) => m.articleId)).size;
  const merged = rest.length === 0
    ? `One report of ${where}: ${describeMember(first)}; no other article gave a compatible figure`
    : `${cluster.members.length} reports of ${where} from ${articles} articles taken as one event: ${describeMember(first)} first; ${cluster.joins.join('; ')}`;
  return `${merged}. Best: ${bestReason}`;
}

/** Orders incidents for people: by scope, day, category, victim, then the largest event first. */
export function incidentOrder(a: Incident, b: Incident): number {
  return byString(a.governorates.join('+'), b.governorates.join('+'))
    || byString(a.day, b.day)
    || CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category)
    || VICTIM_TYPES.indexOf(a.victim) - VICTIM_TYPES.indexOf(b.victim)
    || b.best - a.best
    || byString(a.id, b.id);
}

/**
 * Merges one scope-day's stored mentions (all articles) into incidents. Mentions that do not count
 * (repeats, breakdowns, period tolls, malformed figures) and mentions with no governorate or day are
 * left out; mentions of other scope-days are merged in their own groups, never with these.
 * Deterministic: the same set of mentions in any order gives identical incidents, ids included.
 */
export function mergeIncidents(mentions: StoredMention[], policy?: BestPolicy): Incident[] {
  const countable = canonical(mentions.filter(isCountable));
  const groups = groupBy(countable, (m) => {
    const scope = scopeOf(m.governorates);
    const day = filedDay(m);
    return scope && day ? [scope, day, m.category, m.victim] : null;
  });
  const incidents: Incident[] = [];
  for (const { key, items } of groups) {
    const [scope, day, category, victim] = key;
    for (const cluster of clusterMentions(items)) {
      const figures = clusterFigures(cluster, policy);
      incidents.push({
        id: clusterId(key, cluster),
        governorates: governoratesOf(scope),
        day,
        category: items[0].category,
        victim: items[0].victim,
        low: figures.low,
        best: figures.best,
        high: figures.high,
        sources: figures.sources,
        reason: mergeReason(scope, day, category, victim, cluster, figures.bestReason),
      });
    }
  }
  return incidents.sort(incidentOrder);
}
