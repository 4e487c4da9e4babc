// Who claims a figure: the source named in its sentence (the nearest before it, else
// after it); a sentence that continues a quote (وأضاف، وأكد، كما أشار) keeps the previous
// sentence's source; a titled person (الرائد محمد العمر) is a commander; else the outlet.
import type { ClaimSource } from './types.js';
import { COMMANDER_TITLES, SOURCES, type SourceName } from './lexicon/sources.js';
import { norm } from './normalise.js';
import { PhraseIndex } from './phrases.js';
import type { Sentence, Token } from './tokens.js';
import { within } from './spans.js';

export interface SourceMention { first: number; next: number; source: ClaimSource }

const INDEX = new PhraseIndex<SourceName>(SOURCES, (s) => s.ar);
const TITLES = new Set(COMMANDER_TITLES.map((t) => norm(t.ar)));
const CONTINUATION = new Set(['واضاف', 'اضاف', 'واكد', 'وتابع', 'واوضح', 'واشار', 'اشار', 'وقال', 'كما', 'ولفت', 'وبين', 'واردف', 'واعتبر']);

export function findSources(tokens: Token[], slice: (first: number, next: number) => string): SourceMention[] {
  const out: SourceMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const hit = INDEX.matchAt(tokens, i);
    if (hit) {
      const nameAr = slice(i, hit.next);
      out.push({ first: i, next: hit.next, source: { name: hit.entry.name, kind: hit.entry.kind, nameAr } });
      i = hit.next - 1;
      continue;
    }
    const t = tokens[i];
    if (t.kind === 'word' && TITLES.has(t.text) && tokens[i + 1]?.kind === 'word' && tokens[i + 2]?.kind === 'word') {
      // a title followed by a two-word personal name
      const nameAr = slice(i, i + 3);
      out.push({ first: i, next: i + 3, source: { name: `commander: ${nameAr}`, kind: 'commander', nameAr } });
      i += 2;
    }
  }
  return out;
}

/** The claim source for a figure at token `at` in sentence `s` (index `si` of `all`). */
export function sourceFor(sources: SourceMention[], at: number, all: Sentence[], si: number, tokens: Token[], fallback: ClaimSource | null): ClaimSource | null {
  let idx = si;
  let s = all[idx];
  for (let hops = 0; hops < 3; hops++) {
    let before: SourceMention | null = null;
    let after: SourceMention | null = null;
    for (const m of within(sources, s.first, s.last)) {
      if (m.first <= at) { if (!before || m.first > before.first) before = m; }
      else if (!after) after = m;
    }
    const found = before ?? after;
    if (found) return found.source;
    const lead = tokens[s.first];
    if (!lead || !CONTINUATION.has(lead.text) || idx <= 0) break;
    s = all[--idx];
    at = s.last;
  }
  return fallback;
}
