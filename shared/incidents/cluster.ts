// Greedy, deterministic clustering of one key's mentions (same scope, day or period, category,
// victim) into events, and the figures and evidence of each event.
import { createHash } from 'node:crypto';
import { reconcile, type BestPolicy, type Candidate } from '../extraction/policy.js';
import type { IncidentSource, StoredMention } from '../store/ports.js';
import { compatibility, pointOf } from './compatibility.js';

export interface Cluster {
  members: StoredMention[];
  /** Why each member after the first joined, in joining order. */
  joins: string[];
}

export interface ClusterFigures {
  low: number;
  best: number;
  high: number | null;
  sources: IncidentSource[];
  /** Why `best` is what it is, from the best-figure policy. */
  bestReason: string;
}

/** Stable key of a stored mention across the whole store. */
export const memberKey = (m: Pick<StoredMention, 'articleId' | 'id'>): string => `${m.articleId}/${m.id}`;

/** Code-unit string order: the same on every machine, unlike localeCompare. */
export const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Groups items by a key (null = left out); groups come out in key order, items in input order. */
export function groupBy<T>(items: T[], keyOf: (item: T) => string[] | null): { key: string[]; items: T[] }[] {
  const groups = new Map<string, { key: string[]; items: T[] }>();
  for (const item of items) {
    const key = keyOf(item);
    if (!key) continue;
    const id = JSON.stringify(key);
    const group = groups.get(id) ?? { key, items: [] };
    group.items.push(item);
    groups.set(id, group);
  }
  return [...groups.entries()].sort(([a], [b]) => byString(a, b)).map(([, g]) => g);
}

/** A total order on mentions that does not depend on input order: exact figures before vague ones
 *  (so vague words join events that numbers define), then by figure, then by article and mention id. */
export function clusteringOrder(a: StoredMention, b: StoredMention): number {
  const vague = Number(a.count.value === null) - Number(b.count.value === null);
  if (vague !== 0) return vague;
  const point = pointOf(a.count) - pointOf(b.count);
  if (point !== 0) return point;
  return byString(a.articleId, b.articleId) || byString(a.id, b.id) || byString(JSON.stringify(a), JSON.stringify(b));
}

/** Sorts and drops the same stored mention given twice (same article and mention id). */
export function canonical(mentions: StoredMention[]): StoredMention[] {
  const sorted = [...mentions].sort(clusteringOrder);
  const seen = new Set<string>();
  return sorted.filter((m) => {
    const key = memberKey(m);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Clusters mentions that share a key. A mention joins the cluster whose first figure is nearest
 * among those it is compatible with EVERY member of (complete linkage, so 10 → 14 → 20 cannot
 * chain 10 and 20 together), and never a cluster that already holds a mention of its own article:
 * the extraction already reconciled each article, so its second figure is a second event.
 * Input must be in `clusteringOrder` (see `canonical`).
 */
export function clusterMentions(ordered: StoredMention[]): Cluster[] {
  const clusters: Cluster[] = [];
  for (const m of ordered) {
    let chosen: { cluster: Cluster; distance: number; reason: string } | null = null;
    for (const cluster of clusters) {
      if (cluster.members.some((o) => o.articleId === m.articleId)) continue;
      const distance = Math.abs(pointOf(cluster.members[0].count) - pointOf(m.count));
      // Strictly nearer only: ties go to the earlier cluster, which the sort made deterministic.
      if (chosen !== null && distance >= chosen.distance) continue;
      const withFirst = compatibility(cluster.members[0], m);
      if (!withFirst.compatible || !cluster.members.every((o) => compatibility(o, m).compatible)) continue;
      chosen = { cluster, distance, reason: withFirst.reason };
    }
    if (chosen) {
      chosen.cluster.members.push(m);
      chosen.cluster.joins.push(`${describeMember(m)} joined because ${chosen.reason}`);
    } else {
      clusters.push({ members: [m], joins: [] });
    }
  }
  return clusters;
}

/** "343 (Al Jazeera, a1/m1)" or "327 (Enab Baladi citing SOHR, b7/m5)". */
export function describeMember(m: StoredMention): string {
  const figure = m.count.value ?? `vague ≥ ${m.count.low}`;
  const who = [m.outlet, m.source?.name ? `citing ${m.source.name}` : null].filter(Boolean).join(' ');
  return `${figure} (${who ? `${who}, ` : ''}${memberKey(m)})`;
}

/** Low / best / high of a cluster from the shared best-figure policy, with every source listed. */
export function clusterFigures(cluster: Cluster, policy?: BestPolicy): ClusterFigures {
  const members = [...cluster.members].sort((a, b) => byString(memberKey(a), memberKey(b)));
  const candidates: Candidate[] = members.map((m) => ({
    id: memberKey(m),
    value: m.count.value,
    low: m.count.low,
    // A vague word only says "at least": it bounds the event below, never above.
    high: m.count.value === null ? null : m.count.high,
    sourceKind: m.source?.kind ?? null,
    sourceName: m.source?.name ?? m.outlet ?? null,
  }));
  const r = reconcile(candidates, policy);
  const sources: IncidentSource[] = members.map((m) => ({
    articleId: m.articleId,
    mentionId: m.id,
    outlet: m.outlet,
    claimedBy: m.source?.name ?? null,
    value: m.count.value,
    low: m.count.low,
    high: m.count.high,
    quote: m.quote,
  }));
  // reconcile() never returns a best below a figure's own floor («أكثر من 50» → 51), so low ≤ best holds.
  return { low: r.low, best: r.best, high: r.high, sources, bestReason: r.reason };
}

/** A deterministic id: the same key and the same member mentions give the same id in any input order. */
export function clusterId(key: readonly string[], cluster: Cluster): string {
  const members = cluster.members.map((m) => [m.articleId, m.id]).sort((a, b) => byString(a.join('/'), b.join('/')));
  return createHash('sha256').update(JSON.stringify([...key, members])).digest('hex').slice(0, 32);
}
