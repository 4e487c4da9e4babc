// The engine against the project's own hand-annotated Arabic samples (samples/README.md).
// The annotation checks hold on their own; the engine checks hold once the engine reads
// Arabic well enough. `npx tsx test/score-samples.ts --verbose` prints the same findings
// as a report for tuning.
import { describe, expect, it } from 'vitest';
import { extract } from '../shared/extraction/index.js';
import {
  checkAnnotation, describeExpected, describePredicted, loadSamples, scoreSample, summarise,
  type SampleScore,
} from './score-samples.js';

const samples = loadSamples();
const ALL_GOVERNORATES = Array.from({ length: 14 }, (_, i) => `SY${String(i + 1).padStart(2, '0')}`);

describe('sample annotations', () => {
  it('has at least 24 samples, at least 4 of them JSON envelopes, covering all 14 governorates', () => {
    expect(samples.length).toBeGreaterThanOrEqual(24);
    expect(samples.filter((s) => s.name.endsWith('.json')).length).toBeGreaterThanOrEqual(4);
    const covered = new Set(samples.flatMap((s) => s.expectation.mentions.flatMap((m) => m.governorates)));
    expect(ALL_GOVERNORATES.filter((g) => !covered.has(g))).toEqual([]);
  });

  it.each(samples.map((s) => [s.name, s] as const))('%s: evidence and not_casualties occur in the text, references resolve', (_name, s) => {
    expect(checkAnnotation(s)).toEqual([]);
  });
});

describe('engine on the samples', () => {
  // Extract lazily and once per sample so an engine crash fails that sample, not collection.
  const cache = new Map<string, SampleScore>();
  const score = (name: string): SampleScore => {
    let s = cache.get(name);
    if (!s) {
      const sample = samples.find((x) => x.name === name)!;
      s = scoreSample(sample, extract(sample.input));
      cache.set(name, s);
    }
    return s;
  };

  it.each(samples.map((s) => [s.name] as const))('%s: finds every expected figure, none on a non-casualty, totals in range', (name) => {
    const s = score(name);
    expect(s.misses.map(describeExpected), 'missed expected mentions').toEqual([]);
    expect(s.notCasualtyHits.map((h) => `«${h.span}» ← ${describePredicted(s.text, h.prediction)}`), 'predictions on not_casualties spans').toEqual([]);
    expect(s.totals.filter((t) => !t.ok).map((t) => `${t.category} best=${t.best}, expected ${t.ranges.map((r) => `${r.low}..${r.high}`).join(' or ')}`), 'totals out of range').toEqual([]);
  });

  it('overall precision and recall are at least 0.9', () => {
    const o = summarise(samples.map((s) => score(s.name)));
    console.log(`samples: tp ${o.tp} fp ${o.fp} fn ${o.fn}; precision ${o.precision.toFixed(3)} recall ${o.recall.toFixed(3)} F1 ${o.f1.toFixed(3)}; totals ${o.totalsOk}/${o.totalsN}`);
    expect(o.precision).toBeGreaterThanOrEqual(0.9);
    expect(o.recall).toBeGreaterThanOrEqual(0.9);
  });
});
