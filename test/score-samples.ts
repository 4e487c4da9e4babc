// Scores the extraction engine against the project's own hand-annotated samples
// (samples/*.txt|json with samples/expected/*.json), the same way ../shared/eval/score.mjs
// scores the seed articles: a prediction matches an unused expected mention of the same
// category and value (nearest evidence first); optional expected mentions (vague
// quantities, repeats, breakdown parts) cost nothing either way; anything else unmatched
// is a false positive. On top of that it checks the `not_casualties` spans and the totals.
//
//   npx tsx test/score-samples.ts [--verbose] [--json] [--min-f1 X] [NAME-FILTER]
//
// Used by test/samples.test.ts and by whoever tunes the engine.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
// a namespace import lets esbuild drop the parts of zod that are not used (bench:bundle)
import * as z from 'zod';
import { extract } from '../shared/extraction/index.js';
import type { ArticleExtraction, ArticleInput, Category, Mention } from '../shared/extraction/index.js';

export const SAMPLES_DIR = fileURLToPath(new URL('../samples/', import.meta.url));

const CategorySchema = z.enum(['killed', 'injured', 'captured', 'missing', 'killed_or_injured']);
const RangeSchema = z.object({ low: z.number().int().min(0), high: z.number().int().min(0) })
  .refine((r) => r.low <= r.high, 'low must not exceed high');
const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

const ExpectedMentionSchema = z.object({
  id: z.string().min(1),
  category: CategorySchema,
  value: z.number().int().min(0).nullable(),
  qualifier: z.enum(['exact', 'at_least', 'more_than', 'about', 'up_to', 'vague']),
  victim: z.enum(['civilian', 'combatant', 'unknown']),
  /** Any of these is acceptable; empty means "no Syrian governorate" (abroad, or all of Syria). */
  governorates: z.array(z.string().regex(/^SY(0[1-9]|1[0-4])$/)),
  evidence: z.string().min(1),
  optional: z.boolean(),
  duplicate_of: z.string().nullable(),
  part_of: z.string().nullable(),
  cumulative: z.boolean(),
  eventDate: IsoDay.nullable(),
  source: z.string().nullable(),
  period: z.object({ from: IsoDay, to: IsoDay }).optional(),
  note: z.string().optional(),
});

const ExpectationSchema = z.object({
  sample: z.string().regex(/^\d{2}-[a-z0-9-]+\.(txt|json)$/),
  publishedAt: IsoDay,
  note: z.string().min(1),
  mentions: z.array(ExpectedMentionSchema),
  /** One range, or several where the article admits more than one reading. */
  totals: z.partialRecord(CategorySchema, z.union([RangeSchema, z.array(RangeSchema).min(1)])),
  not_casualties: z.array(z.string().min(1)),
});

const EnvelopeSchema = z.object({
  title: z.string(), body: z.string(), publishedAt: z.string(), outlet: z.string(), url: z.string().url(),
});

export type ExpectedMention = z.infer<typeof ExpectedMentionSchema>;
export type Expectation = z.infer<typeof ExpectationSchema>;
export interface Range { low: number; high: number }

export interface Sample {
  name: string;
  expectation: Expectation;
  input: ArticleInput;
  /** The text offsets refer to: the whole file for .txt, title + blank line + body for .json. */
  text: string;
}

/** Reads every samples/expected/*.json and the sample it annotates. Bad files throw, naming the file. */
export function loadSamples(dir: string = SAMPLES_DIR, filter?: string): Sample[] {
  const expectedDir = join(dir, 'expected');
  const names = readdirSync(expectedDir).filter((f) => f.endsWith('.json')).sort()
    .filter((f) => !filter || f.includes(filter));
  return names.map((file) => {
    const parsed = ExpectationSchema.safeParse(JSON.parse(readFileSync(join(expectedDir, file), 'utf8')));
    if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
    const expectation = parsed.data;
    const raw = readFileSync(join(dir, expectation.sample), 'utf8');
    let input: ArticleInput;
    if (expectation.sample.endsWith('.json')) {
      const env = EnvelopeSchema.safeParse(JSON.parse(raw));
      if (!env.success) throw new Error(`${expectation.sample}: ${z.prettifyError(env.error)}`);
      input = { ...env.data };
    } else {
      // .txt: the whole file is the body (offsets into the file); the date comes from the annotation.
      input = { title: null, body: raw, publishedAt: expectation.publishedAt, outlet: null, url: null };
    }
    const text = input.title ? `${input.title}\n\n${input.body}` : input.body;
    return { name: expectation.sample, expectation, input, text };
  });
}

function occurrences(text: string, needle: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) at.push(i);
  return at;
}

/** Problems with the annotation itself (evidence not in the text, dangling ids …); empty when sound. */
export function checkAnnotation(s: Sample): string[] {
  const problems: string[] = [];
  const e = s.expectation;
  const ids = new Set<string>();
  for (const m of e.mentions) {
    if (ids.has(m.id)) problems.push(`${m.id}: id used twice`);
    ids.add(m.id);
  }
  for (const m of e.mentions) {
    if (!s.text.includes(m.evidence)) problems.push(`${m.id}: evidence not in the sample: «${m.evidence}»`);
    for (const ref of [m.duplicate_of, m.part_of]) {
      if (ref !== null && !ids.has(ref)) problems.push(`${m.id}: refers to unknown mention ${ref}`);
    }
    if (m.value === null && (!m.optional || m.qualifier !== 'vague')) problems.push(`${m.id}: a vague quantity must be optional with qualifier "vague"`);
    if ((m.duplicate_of !== null || m.part_of !== null) && !m.optional) problems.push(`${m.id}: repeats and breakdown parts must be optional`);
  }
  for (const nc of e.not_casualties) {
    if (!s.text.includes(nc)) problems.push(`not_casualty not in the sample: «${nc}»`);
    for (const m of e.mentions) {
      if (spansOverlap(occurrences(s.text, nc), nc.length, occurrences(s.text, m.evidence), m.evidence.length)) {
        problems.push(`not_casualty «${nc}» overlaps the evidence of ${m.id}`);
      }
    }
  }
  if (e.publishedAt !== (s.input.publishedAt ?? '').slice(0, 10)) problems.push(`publishedAt ${e.publishedAt} differs from the sample's ${s.input.publishedAt}`);
  return problems;
}

function spansOverlap(aStarts: number[], aLen: number, bStarts: number[], bLen: number): boolean {
  return aStarts.some((a) => bStarts.some((b) => a < b + bLen && b < a + aLen));
}

export interface TotalCheck {
  category: Category; best: number; ranges: Range[]; ok: boolean;
  /** The engine's own account of the total: what it summed and why (for tuning). */
  why: string;
}
export interface NotCasualtyHit { span: string; prediction: Mention }
export interface AttributeTally { ok: number; n: number }
export type AttributeName = 'governorate' | 'noGovernorate' | 'victim' | 'qualifier' | 'eventDate' | 'cumulative' | 'source';
export const ATTRIBUTES: readonly AttributeName[] = ['governorate', 'noGovernorate', 'victim', 'qualifier', 'eventDate', 'cumulative', 'source'];

export interface SampleScore {
  name: string;
  tp: number;
  fp: number;
  fn: number;
  /** Non-optional expected mentions nothing matched. */
  misses: ExpectedMention[];
  /** Predictions that matched no expected mention. */
  extras: Mention[];
  notCasualtyHits: NotCasualtyHit[];
  totals: TotalCheck[];
  /** Agreement on matched non-optional mentions; information for tuning, not asserted. */
  attributes: Record<AttributeName, AttributeTally>;
  /** Matched pairs whose attributes disagree, in words. */
  disagreements: string[];
  text: string;
}

const predictedValue = (m: Mention): number | null => m.count?.value ?? null;
const sameSource = (expected: string, m: Mention): boolean => {
  const got = [m.source?.name, m.source?.nameAr, m.source?.kind].filter((x): x is string => !!x).map((x) => x.toLowerCase());
  const want = expected.toLowerCase();
  return got.some((g) => g.includes(want) || want.includes(g));
};

const quote = (text: string, m: Mention) => (Number.isInteger(m.start) && Number.isInteger(m.end) ? text.slice(m.start, m.end) : m.quote ?? '');

/** Scores one extraction against one sample's expectations. */
export function scoreSample(s: Sample, out: ArticleExtraction): SampleScore {
  const e = s.expectation;
  const evidenceAt = new Map(e.mentions.map((m) => [m.id, s.text.indexOf(m.evidence)]));
  const used = new Map<string, Mention>();
  const extras: Mention[] = [];
  const attributes = Object.fromEntries(ATTRIBUTES.map((a) => [a, { ok: 0, n: 0 }])) as Record<AttributeName, AttributeTally>;
  const disagreements: string[] = [];
  const tally = (name: AttributeName, ok: boolean, gm: ExpectedMention, what: string) => {
    attributes[name].n++;
    if (ok) attributes[name].ok++;
    else disagreements.push(`${gm.category} ${gm.value ?? 'vague'} «${gm.evidence}»: ${what}`);
  };
  let tp = 0;
  for (const m of out.mentions) {
    const v = predictedValue(m);
    const cands = e.mentions.filter((gm) => !used.has(gm.id) && gm.category === m.category && gm.value === v);
    let hit = cands[0];
    if (cands.length > 1 && Number.isInteger(m.start)) {
      const near = (gm: ExpectedMention) => Math.abs((evidenceAt.get(gm.id) ?? 0) - m.start);
      hit = [...cands].sort((a, b) => near(a) - near(b))[0];
    }
    if (!hit) { extras.push(m); continue; }
    used.set(hit.id, m);
    if (hit.optional) continue;
    tp++;
    const govs = m.governorates ?? [];
    if (hit.governorates.length) tally('governorate', govs.some((g) => hit.governorates.includes(g)), hit, `governorates ${JSON.stringify(govs)}, expected any of ${JSON.stringify(hit.governorates)}`);
    else tally('noGovernorate', govs.length === 0, hit, `governorates ${JSON.stringify(govs)}, expected none (outside Syria or all of Syria)`);
    if (hit.victim !== 'unknown') tally('victim', m.victim === hit.victim, hit, `victim ${m.victim}, expected ${hit.victim}`);
    tally('qualifier', m.count?.qualifier === hit.qualifier, hit, `qualifier ${m.count?.qualifier}, expected ${hit.qualifier}`);
    if (hit.eventDate) tally('eventDate', m.eventDate?.date === hit.eventDate, hit, `eventDate ${m.eventDate?.date ?? null}, expected ${hit.eventDate}`);
    tally('cumulative', !!m.cumulative === hit.cumulative, hit, `cumulative ${!!m.cumulative}, expected ${hit.cumulative}`);
    if (hit.source) tally('source', sameSource(hit.source, m), hit, `source ${m.source?.name ?? null}, expected ${hit.source}`);
  }
  const misses = e.mentions.filter((gm) => !gm.optional && !used.has(gm.id));

  // A prediction "falls on" a non-casualty span when it overlaps it and is not explained by
  // the expected mention it matched (a correct figure whose quote is a wide clause is fine).
  const notCasualtyHits: NotCasualtyHit[] = [];
  const matchedBy = new Map([...used].map(([id, m]) => [m, id]));
  for (const span of e.not_casualties) {
    const starts = occurrences(s.text, span);
    for (const m of out.mentions) {
      if (!Number.isInteger(m.start) || !Number.isInteger(m.end)) continue;
      if (!starts.some((a) => m.start < a + span.length && a < m.end)) continue;
      const id = matchedBy.get(m);
      const gm = id ? e.mentions.find((x) => x.id === id) : undefined;
      const explained = gm && occurrences(s.text, gm.evidence).some((a) => m.start < a + gm.evidence.length && a < m.end);
      if (!explained) notCasualtyHits.push({ span, prediction: m });
    }
  }

  const totals: TotalCheck[] = Object.entries(e.totals).map(([category, range]) => {
    const ranges = (Array.isArray(range) ? range : [range]) as Range[];
    const total = out.totals?.[category as Category];
    const best = total?.best ?? 0;
    const quoteOf = (id: string) => {
      const m = out.mentions.find((x) => x.id === id);
      return m ? `${id} ${predictedValue(m) ?? 'vague'} «${quote(s.text, m)}»` : id;
    };
    const why = total ? `${total.reason}; from ${total.from.map(quoteOf).join(', ') || 'nothing'}` : 'no total';
    return { category: category as Category, best, ranges, ok: ranges.some((r) => best >= r.low && best <= r.high), why };
  });

  return {
    name: s.name, tp, fp: extras.length, fn: misses.length, misses, extras, notCasualtyHits, totals,
    attributes, disagreements, text: s.text,
  };
}

export interface Overall {
  samples: number;
  tp: number; fp: number; fn: number;
  precision: number; recall: number; f1: number;
  totalsOk: number; totalsN: number;
  notCasualtyHits: number;
  attributes: Record<AttributeName, AttributeTally>;
}

export function summarise(scores: SampleScore[]): Overall {
  const sum = (f: (s: SampleScore) => number) => scores.reduce((a, s) => a + f(s), 0);
  const tp = sum((s) => s.tp), fp = sum((s) => s.fp), fn = sum((s) => s.fn);
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const attributes = Object.fromEntries(ATTRIBUTES.map((a) => [a, {
    ok: sum((s) => s.attributes[a].ok), n: sum((s) => s.attributes[a].n),
  }])) as Record<AttributeName, AttributeTally>;
  return {
    samples: scores.length, tp, fp, fn, precision, recall, f1,
    totalsOk: sum((s) => s.totals.filter((t) => t.ok).length), totalsN: sum((s) => s.totals.length),
    notCasualtyHits: sum((s) => s.notCasualtyHits.length), attributes,
  };
}

export type Extractor = (input: ArticleInput) => ArticleExtraction;

/** Runs the extractor over every sample; an engine crash becomes an empty output plus an error line. */
export function scoreSamples(samples: Sample[], run: Extractor = extract): { scores: SampleScore[]; errors: Map<string, string>; overall: Overall } {
  const errors = new Map<string, string>();
  const scores = samples.map((s) => {
    let out: ArticleExtraction;
    try {
      out = run(s.input);
    } catch (err) {
      errors.set(s.name, err instanceof Error ? err.stack ?? err.message : String(err));
      out = { extractorVersion: 'error', textLength: s.text.length, mentions: [], totals: {}, context: { publishedAt: null, outlet: null, datelineGovernorates: [], mainGovernorates: [] } };
    }
    return scoreSample(s, out);
  });
  return { scores, errors, overall: summarise(scores) };
}

export const describeExpected = (m: ExpectedMention) => `${m.category} ${m.value ?? 'vague'} «${m.evidence}»`;
export const describePredicted = (text: string, m: Mention) => `${m.category} ${predictedValue(m) ?? 'vague'} «${quote(text, m)}» @${m.start}`;
const pct = (x: number) => x.toFixed(3);
const frac = (t: AttributeTally) => `${t.ok}/${t.n}`;

/** A readable report: one block per sample with what went wrong, then the overall figures. */
export function formatReport(result: ReturnType<typeof scoreSamples>, opts: { verbose?: boolean } = {}): string {
  const lines: string[] = [];
  for (const s of result.scores) {
    const totOk = s.totals.filter((t) => t.ok).length;
    const clean = s.fn === 0 && s.fp === 0 && s.notCasualtyHits.length === 0 && totOk === s.totals.length;
    lines.push(`${clean ? 'ok  ' : 'FAIL'} ${s.name.padEnd(44)} tp ${s.tp} fp ${s.fp} fn ${s.fn}  totals ${totOk}/${s.totals.length}`);
    const err = result.errors.get(s.name);
    if (err) lines.push(`       engine error: ${err.split('\n').slice(0, 3).join(' | ')}`);
    for (const m of s.misses) lines.push(`       missed  ${describeExpected(m)}`);
    for (const m of s.extras) lines.push(`       extra   ${describePredicted(s.text, m)}${opts.verbose && m.reason ? ` (engine: ${m.reason})` : ''}`);
    for (const h of s.notCasualtyHits) lines.push(`       on not-a-casualty «${h.span}»: ${describePredicted(s.text, h.prediction)}`);
    for (const t of s.totals.filter((x) => !x.ok)) {
      lines.push(`       total   ${t.category} best=${t.best}, expected ${t.ranges.map((r) => `${r.low}..${r.high}`).join(' or ')}`);
      if (opts.verbose) lines.push(`               engine: ${t.why}`);
    }
    if (opts.verbose) for (const d of s.disagreements) lines.push(`       attr    ${d}`);
  }
  const o = result.overall;
  lines.push('');
  lines.push(`samples ${o.samples} (engine errors ${result.errors.size}); mentions tp ${o.tp} fp ${o.fp} fn ${o.fn}; predictions on not-a-casualty spans ${o.notCasualtyHits}`);
  lines.push(`attributes of matched mentions: governorate ${frac(o.attributes.governorate)}, none-outside-Syria ${frac(o.attributes.noGovernorate)}, victim ${frac(o.attributes.victim)}, qualifier ${frac(o.attributes.qualifier)}, eventDate ${frac(o.attributes.eventDate)}, cumulative ${frac(o.attributes.cumulative)}, source ${frac(o.attributes.source)}`);
  lines.push(`score: precision ${pct(o.precision)} recall ${pct(o.recall)} F1 ${pct(o.f1)} totals ${o.totalsOk}/${o.totalsN}`);
  return lines.join('\n');
}

async function main(argv: string[]): Promise<number> {
  const verbose = argv.includes('--verbose');
  const asJson = argv.includes('--json');
  const minAt = argv.indexOf('--min-f1');
  const minF1 = minAt >= 0 ? Number(argv[minAt + 1]) : 0;
  const filter = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--min-f1');
  const samples = loadSamples(SAMPLES_DIR, filter);
  const problems = samples.flatMap((s) => checkAnnotation(s).map((p) => `${s.name}: ${p}`));
  for (const p of problems) console.error(`annotation: ${p}`);
  const result = scoreSamples(samples);
  if (asJson) {
    console.log(JSON.stringify({
      overall: result.overall,
      samples: result.scores.map((s) => ({
        name: s.name, tp: s.tp, fp: s.fp, fn: s.fn,
        misses: s.misses.map(describeExpected), extras: s.extras.map((m) => describePredicted(s.text, m)),
        notCasualtyHits: s.notCasualtyHits.map((h) => ({ span: h.span, prediction: describePredicted(s.text, h.prediction) })),
        totals: s.totals, disagreements: s.disagreements,
      })),
    }, null, 2));
  } else {
    console.log(formatReport(result, { verbose }));
  }
  return problems.length === 0 && result.overall.f1 >= minF1 ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
}
