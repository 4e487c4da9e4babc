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

/**
 * Samples the engine does not yet read completely, each with what it misses. These are the
 * engine's open problems, written down rather than hidden (see README, "Known gaps").
 */
const KNOWN_GAPS: Record<string, string> = {
  '04-madaya-zabadani-siege-2016.txt': 'a sniper death in another town is folded into the siege toll',
  '09-qamishli-isis-cell.txt': 'the attackers killed are folded into the defenders\' toll',
  '19-rastan-convoys-reuters.txt': 'a commander\'s «سوى 6» for the same dead as «ما يصل إلى 40» is added, not reconciled',
  '26-jableh-ambush.txt': 'two attacks on different days read as one (a repeat of the same figures)',
  '27-wadi-barada-2017.txt': 'a death in another town is folded into the campaign toll',
  '29-northwest-weekly-roundup.txt': 'a regional weekly toll is placed in one governorate, so events elsewhere in the region add to it',
  '31-atarib-drone-toll.json': 'two men of unstated status are not folded into the civilian running toll that holds them',
  '32-hasakeh-kobani-turkish-strikes.txt': 'two sources\' tallies of one event with different breakdowns are added, not reconciled',
  '36-baghuz-last-pocket-2019.txt': 'a later civilian death in the pocket is folded into the headline toll of an earlier day',
  '37-morek-chlorine-2017.txt': 'the injured of a nearby town are folded into the headline toll of this attack',
};
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

  it.each(samples.map((s) => [s.name] as const))('%s: no figure on a number that is not a casualty', (name) => {
    const s = score(name);
    expect(s.notCasualtyHits.map((h) => `«${h.span}» ← ${describePredicted(s.text, h.prediction)}`), 'predictions on not_casualties spans').toEqual([]);
  });

  const complete = (name: string) => {
    const s = score(name);
    expect(s.misses.map(describeExpected), 'missed expected mentions').toEqual([]);
    expect(s.totals.filter((t) => !t.ok).map((t) => `${t.category} best=${t.best}, expected ${t.ranges.map((r) => `${r.low}..${r.high}`).join(' or ')}`), 'totals out of range').toEqual([]);
  };
  for (const { name } of samples) {
    const gap = KNOWN_GAPS[name];
    // A known gap is asserted to still fail: when the engine learns the construction, this
    // test fails and the entry must be removed, so the list never hides a regression or a fix.
    if (gap) it.fails(`${name}: finds every expected figure, totals in range (known gap: ${gap})`, () => complete(name));
    else it(`${name}: finds every expected figure, totals in range`, () => complete(name));
  }

  it('overall precision ≥ 0.95, recall ≥ 0.9 and three totals in four in range', () => {
    const o = summarise(samples.map((s) => score(s.name)));
    console.log(`samples: tp ${o.tp} fp ${o.fp} fn ${o.fn}; precision ${o.precision.toFixed(3)} recall ${o.recall.toFixed(3)} F1 ${o.f1.toFixed(3)}; totals ${o.totalsOk}/${o.totalsN}`);
    expect(o.precision).toBeGreaterThanOrEqual(0.95);
    expect(o.recall).toBeGreaterThanOrEqual(0.9);
    expect(o.totalsOk / o.totalsN).toBeGreaterThanOrEqual(0.75);
  });
});
