// The policy for `best` when figures for the same scope disagree (docs/reconciliation.md).
// Shared by the within-article reconciliation and the cross-article incident merge.
import type { SourceKind } from './types.js';

export type BestPolicy = 'monitor_then_lowest' | 'lowest' | 'highest' | 'median';
export const BEST_POLICIES: readonly BestPolicy[] = ['monitor_then_lowest', 'lowest', 'highest', 'median'];

export interface Candidate {
  id: string;
  /** The reported figure; null for vague quantities (they only inform low). */
  value: number | null;
  low: number;
  high: number | null;
  sourceKind: SourceKind | null;
  sourceName: string | null;
}

export interface Reconciled {
  low: number;
  best: number;
  high: number | null;
  /** Id of the candidate whose figure became `best`. */
  chosen: string;
  reason: string;
}

// Monitors that document casualties by name and place come first: their figures are the
// most specific attributed ones (the ACLED practice of preferring the most specific source).
const MONITOR_KINDS: ReadonlySet<SourceKind> = new Set(['monitor', 'civil_defence', 'medical']);

function describe(c: Candidate): string {
  return `${c.value ?? 'vague'}${c.sourceName ? ` (${c.sourceName})` : ''}`;
}

/** Reconciles conflicting figures for one scope into low / best / high with a reason. */
export function reconcile(candidates: Candidate[], policy: BestPolicy = 'monitor_then_lowest'): Reconciled {
  if (candidates.length === 0) throw new Error('reconcile: no candidates');
  const exact = candidates.filter((c) => c.value !== null);
  const pool = exact.length > 0 ? exact : candidates;
  const low = Math.min(...pool.map((c) => c.low));
  const high = pool.some((c) => c.high === null) ? null : Math.max(...pool.map((c) => c.high as number));
  const byValue = [...pool].sort((a, b) => Math.max(a.value ?? a.low, a.low) - Math.max(b.value ?? b.low, b.low));
  // "more than 50" (value 50, low 51): best is never below the figure's own floor
  const val = (c: Candidate) => Math.max(c.value ?? c.low, c.low);
  let chosen: Candidate;
  let why: string;
  switch (policy) {
    case 'lowest':
      chosen = byValue[0];
      why = 'policy "lowest": the lowest reported figure';
      break;
    case 'highest':
      chosen = byValue[byValue.length - 1];
      why = 'policy "highest": the highest reported figure';
      break;
    case 'median':
      chosen = byValue[Math.floor((byValue.length - 1) / 2)];
      why = 'policy "median": the middle reported figure (lower middle when even)';
      break;
    default: {
      const monitors = byValue.filter((c) => c.sourceKind !== null && MONITOR_KINDS.has(c.sourceKind));
      if (monitors.length > 0) {
        chosen = monitors[0];
        why = `policy "monitor_then_lowest": the figure of the attributed monitor ${chosen.sourceName ?? ''}`.trim();
      } else {
        chosen = byValue[0];
        why = 'policy "monitor_then_lowest": no monitor named, so the lowest reported figure';
      }
    }
  }
  const others = pool.filter((c) => c !== chosen).map(describe);
  const reason = others.length
    ? `${why}; conflicting figures ${[describe(chosen), ...others].join(' vs ')} give range ${low}–${high ?? '∞'}`
    : why;
  return { low, best: val(chosen), high, chosen: chosen.id, reason };
}
