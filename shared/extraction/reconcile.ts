// Reconciliation within one article (docs/reconciliation.md, "Within an article"):
//   - a figure told twice counts once (duplicateOf, with the reason);
//   - a vague figure that restates a numeric one of the same scope is a duplicate of it;
//   - a breakdown (بينهم 11 طالبة) is part of its total and not added (partOf);
//   - a running toll (ارتفع عدد القتلى إلى 327) or a headline toll absorbs the events of its
//     scope that it sums, and conflicting tolls for the same scope become one figure
//     with low / best / high chosen by the configured policy;
//   - conflicting tallies of one event from different named sources are reconciled the same way.
import type { Category, Mention, Total } from './types.js';
import { CATEGORIES } from './types.js';
import { reconcile, type BestPolicy, type Candidate } from './policy.js';

export interface ReconcileInput { mentions: Mention[]; headline: ReadonlySet<string>; sentenceOf: ReadonlyMap<string, number> }

const overlap = (a: string[], b: string[]) => a.length === 0 || b.length === 0 || a.some((g) => b.includes(g));
const subset = (a: string[], b: string[]) => a.length === 0 || a.every((g) => b.includes(g));
const victimsAgree = (a: Mention, b: Mention) => a.victim === b.victim || a.victim === 'unknown' || b.victim === 'unknown';
// named sides must agree: 20 of the regime's and 18 of the Organisation's are two figures
const groupsAgree = (a: Mention, b: Mention) => a.groups.length === 0 || b.groups.length === 0 || a.groups.some((g) => b.groups.includes(g));
const sameGroups = (a: Mention, b: Mention) => a.groups.length === b.groups.length && a.groups.every((g) => b.groups.includes(g));

/** Two readings of one figure: the larger within ×1.5 (+1) of the smaller. */
const close = (a: number, b: number) => Math.max(a, b) <= 1.5 * Math.min(a, b) + 1;

/** The figure a single mention contributes to its category's total. */
export function bestOf(m: Mention): number {
  const c = m.count;
  if (c.value === null) return 0;
  return c.qualifier === 'at_least' || c.qualifier === 'more_than' ? c.low : c.value;
}

function candidate(m: Mention): Candidate {
  return { id: m.id, value: bestOf(m), low: m.count.low, high: m.count.high, sourceKind: m.source?.kind ?? null, sourceName: m.source?.name ?? null };
}

interface Unit { members: Mention[]; low: number; best: number; high: number | null; reason: string }

export function reconcileArticle(input: ReconcileInput, policy: BestPolicy = 'monitor_then_lowest'): Partial<Record<Category, Total>> {
  const { mentions, headline, sentenceOf } = input;
  const numeric = mentions.filter((m) => m.count.value !== null);

  // a list of figures in one sentence that adds up exactly to a figure told before it is that
  // figure's breakdown (by place or by group): «112 قتيلا … 41 في دمشق، و27 في حمص، و44 في حلب»
  const bySentence = new Map<number, Mention[]>();
  for (const m of numeric) {
    if (m.partOf) continue;
    const si = sentenceOf.get(m.id) ?? -1;
    (bySentence.get(si) ?? bySentence.set(si, []).get(si)!).push(m);
  }
  const wholesByValue = new Map<number, Mention[]>();
  for (const t of numeric) (wholesByValue.get(t.count.value!) ?? wholesByValue.set(t.count.value!, []).get(t.count.value!)!).push(t);
  for (const [si, list] of bySentence) {
    for (const cat of new Set(list.map((m) => m.category))) {
      const parts = list.filter((m) => m.category === cat);
      if (parts.length < 2) continue;
      const sum = parts.reduce((t, m) => t + (m.count.value ?? 0), 0);
      const whole = (wholesByValue.get(sum) ?? []).find((t) => t.category === cat && !t.partOf && (sentenceOf.get(t.id) ?? -1) < si &&
        parts.every((p) => t.governorates.length === 0 || subset(p.governorates, t.governorates)));
      if (!whole) continue;
      for (const p of parts) {
        p.partOf = whole.id;
        p.reason = `part of ${whole.id}: with the figures beside it, it adds up exactly to ${whole.id} (${sum}), so it is that figure's breakdown`;
      }
    }
  }

  // a killed-or-injured figure that is the killed and the injured told together (headline
  // «40 قتيلا وجريحا», body «قتل 11 … وأصيب 29») is not a third figure
  // (injured indexed by value and a bounded scan of the killed, so a pathological text stays linear)
  const killedIn = numeric.filter((m) => m.category === 'killed' && !m.partOf).slice(0, 200);
  const injuredByValue = new Map<number, Mention[]>();
  for (const j of numeric) if (j.category === 'injured' && !j.partOf) (injuredByValue.get(j.count.value!) ?? injuredByValue.set(j.count.value!, []).get(j.count.value!)!).push(j);
  for (const c of numeric.filter((m) => m.category === 'killed_or_injured' && !m.partOf)) {
    let pair: readonly [Mention, Mention] | undefined;
    for (const k of killedIn) {
      if (!overlap(k.governorates, c.governorates)) continue;
      const j = (injuredByValue.get((c.count.value ?? 0) - (k.count.value ?? 0)) ?? []).find((x) => overlap(x.governorates, c.governorates));
      if (j) { pair = [k, j]; break; }
    }
    if (pair) {
      c.duplicateOf = pair[0].id;
      c.reason = `the killed (${pair[0].id}: ${pair[0].count.value}) and the injured (${pair[1].id}: ${pair[1].count.value}) told together: not a third figure`;
    }
  }

  // candidates by category and by category+value, in text order, so each look-up stays short
  const byCat = new Map<string, Mention[]>();
  const byValue = new Map<string, Mention[]>();
  for (const x of numeric) {
    if (x.partOf) continue;
    (byCat.get(x.category) ?? byCat.set(x.category, []).get(x.category)!).push(x);
  }
  for (const m of mentions) {
    if (m.partOf) { m.reason ??= `part of ${m.partOf}: a breakdown of that figure, not added to the total`; continue; }
    if (m.count.value === null) {
      // bounded scan: a pathological text with thousands of figures must stay linear
      const n = (byCat.get(m.category) ?? []).slice(0, 200).find((x) => victimsAgree(x, m) && overlap(x.governorates, m.governorates));
      if (n) { m.duplicateOf = n.id; m.reason = `vague restatement of ${n.id} (${n.count.value} ${n.category}) for the same place: counted once`; }
      continue;
    }
    const key = `${m.category}|${m.count.value}`;
    const earlier = byValue.get(key) ?? byValue.set(key, []).get(key)!;
    const e = earlier.slice(-50).find((x) => !x.duplicateOf && victimsAgree(x, m) && groupsAgree(x, m) && overlap(x.governorates, m.governorates));
    earlier.push(m);
    // the same figure told as a running toll anywhere is a running toll (headline «327 قتيلا», body «ارتفع … إلى 327»),
    // and a repeat that names the victims names them for the first telling too («12 قتيلا» … «12 مقاتلا»)
    if (e && m.cumulative) e.cumulative = true;
    if (e && e.victim === 'unknown' && m.victim !== 'unknown') e.victim = m.victim;
    if (e && !m.reason) {
      m.duplicateOf = e.id;
      m.reason = `repeats ${e.id}: the same figure (${m.count.value} ${m.category}${m.governorates.length ? ` in ${m.governorates.join('+')}` : ''}) told again`;
    }
  }

  const totals: Partial<Record<Category, Total>> = {};
  const vagueOpen = new Set(mentions.filter((m) => m.count.value === null && !m.duplicateOf && !m.partOf).map((m) => m.category));
  for (const cat of CATEGORIES) {
    // figures placed outside Syria (Gaza, Lebanon, Iraq …) are kept as mentions but not in the totals
    const countable = numeric.filter((m) => m.category === cat && !m.partOf && !m.duplicateOf && m.placeBasis !== 'outside Syria');
    if (countable.length === 0) continue;
    const tolls = countable.filter((m) => m.cumulative || headline.has(m.id) || m.eventDate.period !== null);
    const tollSet = new Set(tolls);
    let events = countable.filter((m) => !tollSet.has(m));
    const units: Unit[] = [];

    if (tolls.length > 0) {
      // the largest toll and the tolls close to it are readings of one total (343 vs 327);
      // a much smaller toll (a headline about one strike, a month within nine) is inside it
      const top = Math.max(...tolls.map(bestOf));
      const readings = tolls.filter((t) => close(bestOf(t), top));
      const scope = [...new Set(readings.flatMap((t) => t.governorates))];
      // running tolls only rise: of two readings that are both running tolls, the higher is the later
      const rising = readings.length > 1 && readings.every((t) => t.cumulative);
      const r0 = reconcile(readings.map(candidate), rising ? 'highest' : policy);
      const r = rising ? { ...r0, reason: `running tolls only rise, so the highest is the latest: ${r0.reason}` } : r0;
      const tollVictim = readings.every((t) => t.victim === readings[0].victim) ? readings[0].victim : 'unknown';
      const readingSet = new Set(readings);
      // a toll over a period does not hold a figure dated outside it (yesterday's death is not in October's toll)
      const periods = readings.map((t) => t.eventDate.period).filter((p) => p !== null);
      const inPeriod = (e: Mention) => periods.length === 0 || e.eventDate.precision !== 'day' || !e.eventDate.date ||
        periods.some((p) => e.eventDate.date! >= p!.from && e.eventDate.date! <= p!.to);
      const inside = [...tolls.filter((t) => !readingSet.has(t)), ...events]
        .filter((e) => (scope.length === 0 || subset(e.governorates, scope)) && (tollVictim === 'unknown' || e.victim === tollVictim) && inPeriod(e));
      const sum = inside.reduce((s, e) => s + bestOf(e), 0);
      if (sum <= top) {
        for (const e of inside) e.reason = `included in the toll ${r.chosen} (${r.best}): the figures of its scope it sums (${sum}) do not exceed it`;
        const insideSet = new Set(inside);
        events = events.filter((e) => !insideSet.has(e));
        for (const t of readings) if (readings.length > 1) t.reason = t.id === r.chosen ? `toll chosen as best: ${r.reason}` : `conflicting toll for the same scope as ${r.chosen}: ${r.reason}`;
        units.push({ members: readings, ...r });
      } else {
        // the figures add up to more than the toll: it covers only part of them; count them instead
        for (const t of tolls) t.reason = `toll ${bestOf(t)} is smaller than the figures of its scope (${sum}); those are counted instead`;
        events = [...events, ...tolls.filter((t) => !readingSet.has(t))];
      }
    }

    // conflicting tallies of one event: different named sources, close values, nearby sentences
    const used = new Set<string>();
    for (let ei = 0; ei < events.length; ei++) {
      const m = events[ei];
      if (used.has(m.id)) continue;
      const group = [m];
      // only nearby figures can be two tallies of one event (events are in text order)
      for (const x of events.slice(ei + 1, ei + 12)) {
        if (used.has(x.id)) continue;
        const a = m.source?.name, b = x.source?.name;
        const near = Math.abs((sentenceOf.get(m.id) ?? 0) - (sentenceOf.get(x.id) ?? 0)) <= 3;
        if (a && b && a !== b && close(bestOf(m), bestOf(x)) && near && x.victim === m.victim && sameGroups(x, m) && overlap(m.governorates, x.governorates)) group.push(x);
      }
      for (const g of group) used.add(g.id);
      if (group.length === 1) { units.push({ members: group, low: m.count.low, best: bestOf(m), high: m.count.high, reason: 'single figure' }); continue; }
      const r = reconcile(group.map(candidate), policy);
      for (const g of group) g.reason = g.id === r.chosen ? `chosen among conflicting tallies of one event: ${r.reason}` : `conflicting tally of the same event as ${r.chosen}: ${r.reason}`;
      units.push({ members: group, ...r });
    }

    const low = units.reduce((s, u) => s + u.low, 0);
    const best = units.reduce((s, u) => s + u.best, 0);
    const high = units.some((u) => u.high === null) || vagueOpen.has(cat)
      ? null : units.reduce((s, u) => s + (u.high as number), 0);
    const reason = units.length === 1 && units[0].members.length > 1
      ? units[0].reason
      : `sum of ${units.length} figure${units.length > 1 ? 's' : ''} (${units.map((u) => u.members.map((m) => m.id).join('/')).join(' + ')})` +
        (units.some((u) => u.members.length > 1) ? `; where sources disagree, best follows policy "${policy}"` : '');
    totals[cat] = { low, best, high, from: units.flatMap((u) => u.members.map((m) => m.id)), reason };
  }
  return totals;
}
