// Tokens over NORMALISED text: words (Arabic or Latin letters), numbers (digits with
// thousands separators or a decimal point) and punctuation. Positions are normalised
// offsets; normalise.toOriginal maps them back.
import { factsOf } from './lexicon/word-facts.js';

export type TokenKind = 'word' | 'number' | 'punct' | 'newline';

export interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
  /** For numbers: the parsed value. */
  value?: number;
  /** For words: the word's memo of lexicon look-ups (lexicon/word-facts.ts). */
  facts?: unknown[];
}

const isArabicLetter = (c: number) => (c >= 0x0621 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || c === 0x06d5;
const isLatinLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number) => c >= 48 && c <= 57;

/** Splits normalised text into tokens in one linear pass. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      tokens.push({ kind: 'newline', text: '\n', start: i, end: i + 1 });
      i++;
    } else if (c === 32 || c === 9 || c === 13 || c === 11 || c === 12) {
      i++;
    } else if (isDigit(c)) {
      let j = i;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      // thousands groups: 1,200 / 12,000,000 (exactly three digits after each comma)
      while (j + 3 < n + 0 && (text[j] === ',' || text[j] === '.') && isDigit(text.charCodeAt(j + 1)) &&
        isDigit(text.charCodeAt(j + 2)) && isDigit(text.charCodeAt(j + 3)) && !isDigit(text.charCodeAt(j + 4))) {
        if (text[j] === '.' && j - i > 3) break;
        j += 4;
      }
      const raw = text.slice(i, j);
      tokens.push({ kind: 'number', text: raw, start: i, end: j, value: Number(raw.replace(/[,.]/g, '')) });
      i = j;
    } else if (isArabicLetter(c) || isLatinLetter(c)) {
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isArabicLetter(d) || isLatinLetter(d)) j++;
        else break;
      }
      const w = text.slice(i, j);
      tokens.push({ kind: 'word', text: w, start: i, end: j, facts: factsOf(w) });
      i = j;
    } else {
      // one punctuation or symbol char (surrogate pairs kept together)
      const len = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      tokens.push({ kind: 'punct', text: text.slice(i, i + len), start: i, end: i + len });
      i += len;
    }
  }
  return tokens;
}

/** Whether the token is a word written as one of `words` (normalised forms). */
export const word = (t: Token | undefined, ...words: string[]): boolean => !!t && t.kind === 'word' && words.includes(t.text);

/** Sentence boundaries: full stops, question/exclamation marks, newlines. */
export function isSentenceEnd(t: Token): boolean {
  return t.kind === 'newline' || (t.kind === 'punct' && (t.text === '.' || t.text === '?' || t.text === '!'));
}

/** Clause boundaries: sentence ends plus commas, semicolons, brackets and dashes. */
export function isClauseEnd(t: Token): boolean {
  return isSentenceEnd(t) || (t.kind === 'punct' && /[,;:()\[\]\-|]/.test(t.text));
}

export interface Sentence { first: number; last: number; start: number; end: number }

/** Sentences as token index ranges [first, last]. */
export function sentences(tokens: Token[]): Sentence[] {
  const out: Sentence[] = [];
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (isSentenceEnd(tokens[i])) {
      if (i > first) out.push({ first, last: i - 1, start: tokens[first].start, end: tokens[i - 1].end });
      first = i + 1;
    }
  }
  if (first < tokens.length) out.push({ first, last: tokens.length - 1, start: tokens[first].start, end: tokens[tokens.length - 1].end });
  return out;
}
