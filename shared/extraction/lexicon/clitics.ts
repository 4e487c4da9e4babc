// Attached particles: a word is looked up as written, then without its proclitics
// (و ف ب ل ك ال …) and enclitic pronouns (ها هم هن), so lexicon tables hold bare forms.
import { norm } from '../normalise.js';

const CONJ = ['و', 'ف'];
const PREP_ART = ['وبال', 'وال', 'بال', 'كال', 'فال', 'لل', 'ال', 'ب', 'ل', 'ك'];
const ENCLITIC = ['هما', 'هم', 'هن', 'ها'];

// Words repeat: memoise their bare forms (bounded, so a text of random words cannot grow it without end).
const FORMS = new Map<string, string[]>();

/** Candidate bare forms of a normalised word, most literal first. */
export function bareForms(word: string): string[] {
  const hit = FORMS.get(word);
  if (hit) return hit;
  if (FORMS.size > 100_000) FORMS.clear();
  const out = computeForms(word);
  FORMS.set(word, out);
  return out;
}

function computeForms(word: string): string[] {
  const out = [word];
  const add = (w: string) => { if (w.length >= 2 && !out.includes(w)) out.push(w); };
  for (const c of CONJ) if (word.length > 3 && word.startsWith(c)) add(word.slice(c.length));
  const base = [...out];
  for (const w of base) for (const p of PREP_ART) if (w.length - p.length >= 2 && w.startsWith(p)) add(w.slice(p.length));
  const withSuffix = [...out];
  for (const w of withSuffix) for (const s of ENCLITIC) if (w.length - s.length >= 3 && w.endsWith(s)) add(w.slice(0, -s.length));
  return out;
}

/** Whether the word carries the definite article (after any conjunction or preposition). */
export function isDefinite(word: string): boolean {
  return /^(و|ف)?(ب|ل|ك)?ال/.test(word) || /^(و|ف)?لل/.test(word);
}

/** Builds a lookup table from lexicon rows keyed by their normalised Arabic form. */
export function table<T extends { ar: string }>(rows: readonly T[]): Map<string, T> {
  const m = new Map<string, T>();
  for (const r of rows) m.set(norm(r.ar), r);
  return m;
}

const LOOKUPS = new WeakMap<Map<string, unknown>, Map<string, unknown>>();

/** Looks a word up in a table, trying its bare forms (memoised per table). */
export function lookup<T>(tbl: Map<string, T>, word: string): T | undefined {
  let memo = LOOKUPS.get(tbl) as Map<string, T | null> | undefined;
  if (!memo) { memo = new Map(); LOOKUPS.set(tbl, memo); }
  const known = memo.get(word);
  if (known !== undefined) return known ?? undefined;
  let found: T | null = null;
  for (const f of bareForms(word)) {
    const hit = tbl.get(f);
    if (hit) { found = hit; break; }
  }
  if (memo.size > 100_000) memo.clear();
  memo.set(word, found);
  return found ?? undefined;
}
