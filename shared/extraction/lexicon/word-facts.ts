// Per-word memo: everything the engine asks about a word (its bare forms, its entries in each
// lexicon table and phrase index) is computed once per distinct word and kept in one small
// array, so a token costs one Map look-up however many tables consult it. Bounded, so a text
// of random words cannot grow it without end.
const FACTS = new Map<string, unknown[]>();
const NONE = Symbol('none');
let slots = 0;

/** A new slot for one table or index. */
export function newSlot(): number {
  return slots++;
}

/** The memo array of a word (the tokenizer attaches it to each word token). */
export function factsOf(word: string): unknown[] {
  let facts = FACTS.get(word);
  if (!facts) {
    if (FACTS.size > 200_000) FACTS.clear();
    facts = [];
    FACTS.set(word, facts);
  }
  return facts;
}

/** The memoised `compute(word)` for this slot. */
export function memo<T>(word: string, slot: number, compute: (word: string) => T | undefined, facts: unknown[] = factsOf(word)): T | undefined {
  let v = facts[slot];
  if (v === undefined) {
    const computed = compute(word);
    v = computed === undefined ? NONE : computed;
    facts[slot] = v;
  }
  return v === NONE ? undefined : (v as T);
}
