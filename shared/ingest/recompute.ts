// The default recomputation of a scope-day: the cross-article merge, then the day's sum.
import type { BestPolicy } from '../extraction/policy.js';
import { mergeIncidents } from '../incidents/merge.js';
import { aggregateDay } from '../aggregates/day.js';
import type { Recompute } from './plan.js';

export function recomputeWith(policy?: BestPolicy): Recompute {
  return (scope, day, mentions) => {
    const incidents = mergeIncidents(mentions, policy).filter((i) => i.day === day);
    return { incidents, aggregate: aggregateDay(scope, day, incidents, mentions) };
  };
}
