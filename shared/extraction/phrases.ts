// Multi-word lexicon matching over tokens. Entries are normalised once; the first word of
// a phrase may carry attached particles (بريف، وإدلب، للمرصد), later words must match as written.
import { bareForms } from './lexicon/clitics.js';
import { memo, newSlot } from './lexicon/word-facts.js';
import { norm } from './normalise.js';
import type { Token } from './tokens.js';

export interface PhraseHit<T> { entry: T; first: number; next: number }

export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, { rest: string[]; entry: T }[]>();
  /** Memo slot for the candidates of a written word (all its bare forms, most literal first). */
  private readonly slot = newSlot();
  private readonly exactSlot = newSlot();
  private maxLen = 1;

  constructor(entries: readonly T[], key: (e: T) => string) {
    for (const e of entries) {
      const words = norm(key(e)).split(' ').filter(Boolean);
      if (words.length === 0) continue;
      const list = this.byFirst.get(words[0]) ?? [];
      list.push({ rest: words.slice(1), entry: e });
      // longest phrases first so "المرصد السوري لحقوق الانسان" wins over "المرصد"
      list.sort((a, b) => b.rest.length - a.rest.length);
      this.byFirst.set(words[0], list);
      this.maxLen = Math.max(this.maxLen, words.length);
    }
  }

  /** The longest phrase starting at token i, or null. */
  matchAt(tokens: Token[], i: number, exactFirst = false): PhraseHit<T> | null {
    const t = tokens[i];
    if (!t || t.kind !== 'word') return null;
    const cands = exactFirst ? memo(t.text, this.exactSlot, this.computeExact, t.facts) : memo(t.text, this.slot, this.compute, t.facts);
    if (!cands || cands.length === 0) return null;
    {
      for (const c of cands) {
        let ok = true;
        let j = i + 1;
        for (const w of c.rest) {
          // skip one hyphen or quote between words of a name (أثريا - خناصر is two places, not one)
          const tok = tokens[j];
          if (!tok || tok.kind !== 'word' || tok.text !== w) { ok = false; break; }
          j++;
        }
        if (ok) return { entry: c.entry, first: i, next: j };
      }
    }
    return null;
  }

  private readonly computeExact = (w: string) => this.byFirst.get(w);

  private readonly compute = (w: string): { rest: string[]; entry: T }[] | undefined => {
    const c: { rest: string[]; entry: T }[] = [];
    for (const f of bareForms(w)) { const list = this.byFirst.get(f); if (list) c.push(...list); }
    return c.length ? c : undefined;
  };

  /** All non-overlapping matches, left to right. */
  scan(tokens: Token[]): PhraseHit<T>[] {
    const out: PhraseHit<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const hit = this.matchAt(tokens, i);
      if (hit) { out.push(hit); i = hit.next - 1; }
    }
    return out;
  }
}
