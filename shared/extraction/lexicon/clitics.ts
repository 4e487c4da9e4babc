// Attached particles: a word is looked up as written, then without its proclitics
// (و ف ب ل ك ال …) and enclitic pronouns (ها هم هن), so lexicon tables hold bare forms.
import { norm } from '../normalise.js';
import { memo, newSlot } from './word-facts.js';

const CONJ = ['و', 'ف'];
const PREP_ART = ['وبال', 'وال', 'بال', 'كال', 'فال', 'لل', 'ال', 'ب', 'ل', 'ك'];
const ENCLITIC = ['هما', 'هم', 'هن', 'ها'];

const FORMS_SLOT = newSlot();

/** Candidate bare forms of a normalised word, most literal first (memoised per word). */
export function bareForms(word: string): string[] {
  return memo(word, FORMS_SLOT, computeForms)!;
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

/** A lexicon table: rows keyed by their normalised Arabic form, with its memo slot. */
export interface Table<T> { rows: Map<string, T>; slot: number; find: (word: string) => T | undefined }

/** Builds a lookup table from lexicon rows keyed by their normalised Arabic form. */
export function table<T extends { ar: string }>(rows: readonly T[]): Table<T> {
  const m = new Map<string, T>();
  for (const r of rows) m.set(norm(r.ar), r);
  const find = (w: string): T | undefined => {
    for (const f of bareForms(w)) {
      const hit = m.get(f);
      if (hit) return hit;
    }
    return undefined;
  };
  return { rows: m, slot: newSlot(), find };
}

/** Looks a word up in a table, trying its bare forms (memoised per word and table). */
export function lookup<T>(tbl: Table<T>, word: string, facts?: unknown[]): T | undefined {
  return memo(word, tbl.slot, tbl.find, facts);
}
