// Reads a cardinal number at a token: digits (with a following ألف/مليون multiplier)
// or number words with their compounds (ثلاثمائة وثلاثة وأربعون), case and gender forms,
// and attached و/ب/ل/ف. Words carrying the article (الخمسين) are ordinals or dates here.
import { norm } from './normalise.js';
import { NUMBER_WORDS, type NumberWord } from './lexicon/number-words.js';
import type { Token } from './tokens.js';
import { memo, newSlot } from './lexicon/word-facts.js';

const BY_FORM = new Map<string, NumberWord[]>();
for (const w of NUMBER_WORDS) {
  const k = norm(w.ar);
  const list = BY_FORM.get(k) ?? [];
  list.push(w);
  BY_FORM.set(k, list);
}

export interface NumberRead {
  value: number;
  /** Token index just after the number. */
  next: number;
  first: number;
  /** Whether it was written in words. */
  words: boolean;
  /** Whether the first token carried a conjunction و (a coordinated figure). */
  conj: boolean;
}

interface WordInfo { entries: NumberWord[]; conj: boolean }

const INFO_SLOT = newSlot();

function info(tok: Token | undefined): WordInfo | null {
  if (!tok || tok.kind !== 'word') return null;
  return memo(tok.text, INFO_SLOT, computeInfo, tok.facts) ?? null;
}

function computeInfo(word: string): WordInfo | undefined {
  let w = word;
  let conj = false;
  const direct = BY_FORM.get(w);
  if (direct) return { entries: direct, conj };
  if (w.startsWith('و') && w.length > 3) { conj = true; w = w.slice(1); const e = BY_FORM.get(w); if (e) return { entries: e, conj }; }
  if ((w.startsWith('ب') || w.startsWith('ل') || w.startsWith('ف')) && w.length > 3) {
    const e = BY_FORM.get(w.slice(1));
    if (e) return { entries: e, conj };
  }
  return undefined;
}

const pick = (i: WordInfo, kind: NumberWord['kind']) => i.entries.find((e) => e.kind === kind);
const isMultiplier = (t: Token | undefined) => !!t && t.kind === 'word' && /^(و)?(الف|الاف|الفا|مليون|ملايين)$/.test(t.text);

/** Reads the number starting at token i, or null. */
export function readNumber(tokens: Token[], i: number): NumberRead | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === 'number') {
    let value = t.value ?? 0;
    let next = i + 1;
    const m = tokens[next];
    if (isMultiplier(m) && !m.text.startsWith('و')) {
      value *= /مليون|ملايين/.test(m.text) ? 1_000_000 : 1000;
      next++;
    }
    const conj = i > 0 && tokens[i - 1].kind === 'word' && tokens[i - 1].text === 'و' && tokens[i - 1].end === t.start;
    return { value, next, first: i, words: false, conj };
  }
  const first = info(t);
  if (!first) return null;
  let total = 0;
  let group = 0;
  let last: 'unit' | 'teen' | 'ten' | 'hundred' | 'thousand' | null = null;
  let j = i;
  let lonePartOne = false;
  while (j < tokens.length) {
    const inf = j === i ? first : info(tokens[j]);
    if (!inf) break;
    const following = j !== i;
    if (following && !inf.conj) {
      // unattached continuations: the ten of a teen, a hundred or thousand multiplier
      const teen = pick(inf, 'teen_ten');
      const hundred = pick(inf, 'hundred');
      const thousand = pick(inf, 'thousand');
      if (last === 'unit' && teen) { group += 10; last = 'teen'; lonePartOne = false; j++; continue; }
      if (last === 'unit' && hundred && hundred.value === 100) { group *= 100; last = 'hundred'; j++; continue; }
      if (last !== null && last !== 'thousand' && thousand) { total += Math.max(group, 1) * 1000; group = 0; last = 'thousand'; j++; continue; }
      break;
    }
    const unit = pick(inf, 'unit');
    const ten = pick(inf, 'ten');
    const hundred = pick(inf, 'hundred');
    const thousand = pick(inf, 'thousand');
    const million = pick(inf, 'million');
    if (following && last === 'unit' && ten) { group += ten.value; last = 'ten'; j++; continue; }
    if (unit && (last === null || last === 'hundred' || last === 'thousand')) {
      if (unit.gloss.startsWith('one (in 11')) lonePartOne = true;
      group += unit.value; last = 'unit'; j++; continue;
    }
    if (ten && (last === null || last === 'hundred' || last === 'thousand')) { group += ten.value; last = 'ten'; j++; continue; }
    if (hundred && (last === null || last === 'thousand')) { group += hundred.value; last = 'hundred'; j++; continue; }
    if (thousand && last === null) { total += thousand.value; last = 'thousand'; j++; continue; }
    if (million && last === null) { total += million.value; last = 'thousand'; j++; continue; }
    break;
  }
  if (j === i || lonePartOne) return null;
  // "وأحد عشر" normalises to "واحد عشر": the و is still a conjunction
  const conj = first.conj || (t.text.startsWith('و') && BY_FORM.has(t.text.slice(1)));
  return { value: total + group, next: j, first: i, words: true, conj };
}
