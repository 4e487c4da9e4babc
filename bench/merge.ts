// Cost of the cross-article merge and the day sum for one crowded scope-day (the worst case: every
// mention in one scope, day, category and victim). Prints numbers; no target is asserted here.
//   npx tsx bench/merge.ts
import { aggregateDay } from '../shared/aggregates/day.js';
import { mergeIncidents } from '../shared/incidents/merge.js';
import { storedMention } from '../shared/incidents/test-factory.js';

const RUNS = 5;

for (const n of [50, 200, 1000, 3000]) {
  // Three mentions per article, figures spread over 1–400 so that many events form.
  const mentions = Array.from({ length: n }, (_, i) => storedMention({
    article: `a${i % Math.ceil(n / 3)}`, id: `m${i}`, value: 1 + ((i * 7919) % 400), claimedBy: i % 5 === 0 ? 'SOHR' : null,
  }));
  const merge: number[] = [];
  const sum: number[] = [];
  let incidents = mergeIncidents(mentions);
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    incidents = mergeIncidents(mentions);
    const t1 = performance.now();
    aggregateDay('SY07', '2024-11-25', incidents, mentions);
    sum.push(performance.now() - t1);
    merge.push(t1 - t0);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)].toFixed(1);
  console.log(`mentions=${n} incidents=${incidents.length} mergeIncidents median=${median(merge)}ms aggregateDay median=${median(sum)}ms (${RUNS} runs)`);
}
