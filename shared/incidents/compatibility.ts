// When two articles' figures for the same scope, day, category and victim can be the same event
// (docs/reconciliation.md, "Across articles"). Every verdict carries words a reviewer can check.
import type { Count } from '../extraction/types.js';

/** The part of a mention the compatibility rules read. */
export interface Reported {
  count: Pick<Count, 'value' | 'low' | 'high'>;
  /** A running toll (ارتفع عدد القتلى إلى …) that may be a later version of a lower figure. */
  cumulative: boolean;
}

export interface Verdict {
  compatible: boolean;
  reason: string;
}

/** Counts of the same event differ by a few bodies and by who was still counting: ×1.5 + 3. */
export const TOLERANCE = { factor: 1.5, plus: 3 } as const;
/** A running toll rises as rubble is cleared and the wounded die: it may reach ×2 + 5 of an earlier report. */
export const RUNNING_TOLL_TOLERANCE = { factor: 2, plus: 5 } as const;

const within = (small: number, large: number, t: { factor: number; plus: number }) => large <= small * t.factor + t.plus;
const show = (c: Reported['count']) => (c.value === null ? `vague (≥ ${c.low}${c.high === null ? '' : `, ≤ ${c.high}`})` : String(c.value));
const range = (c: Reported['count']) => `${c.low}–${c.high ?? '∞'}`;

/** The figure a mention stands for when figures are ordered and compared. */
export function pointOf(c: Pick<Count, 'value' | 'low'>): number {
  return c.value ?? c.low;
}

function rangesOverlap(a: Reported['count'], b: Reported['count']): boolean {
  return (a.high === null || a.high >= b.low) && (b.high === null || b.high >= a.low);
}

/** Whether two figures from different articles can be one event. Symmetric. */
export function compatibility(a: Reported, b: Reported): Verdict {
  // A vague word (عشرات، عدد من) carries only a range: it fits any figure inside it.
  if (a.count.value === null || b.count.value === null) {
    const ok = rangesOverlap(a.count, b.count);
    return {
      compatible: ok,
      reason: ok
        ? `${show(a.count)} and ${show(b.count)} have overlapping ranges ${range(a.count)} and ${range(b.count)}`
        : `${show(a.count)} and ${show(b.count)} have disjoint ranges ${range(a.count)} and ${range(b.count)}`,
    };
  }
  const [small, large] = a.count.value <= b.count.value ? [a, b] : [b, a];
  const s = small.count.value as number;
  const l = large.count.value as number;
  if (within(s, l, TOLERANCE)) {
    return { compatible: true, reason: `${l} is within ×${TOLERANCE.factor} + ${TOLERANCE.plus} of ${s}` };
  }
  if (large.cumulative && within(s, l, RUNNING_TOLL_TOLERANCE)) {
    return {
      compatible: true,
      reason: `running toll ${l} may have risen from ${s} (within ×${RUNNING_TOLL_TOLERANCE.factor} + ${RUNNING_TOLL_TOLERANCE.plus})`,
    };
  }
  return {
    compatible: false,
    reason: `${l} is more than ×${TOLERANCE.factor} + ${TOLERANCE.plus} of ${s}${large.cumulative ? ' and too far above it for a running toll' : ''}: two events`,
  };
}
