// Normalisation that keeps offsets: every character of the normalised text maps back to
// the index of the ORIGINAL character it came from, so figures can cite the original.
// Only one-to-one replacements and deletions are made, never expansions.

export interface Normalised {
  /** The normalised text. */
  text: string;
  /** map[i] = index in the original of normalised char i; map[text.length] = original.length. */
  map: Int32Array;
}

const TASHKEEL = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/; // harakat, Quranic marks, tatweel
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD]/; // zero-width, bidi controls, BOM, soft hyphen

const REPLACE: Record<string, string> = {
  // alef and hamza variants
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا',
  // alef maqsura and ta marbuta: spelled either way in the press
  'ى': 'ي', 'ة': 'ه',
  // Persian/Urdu letter forms seen in copy-pasted text
  'ک': 'ك', 'ی': 'ي', 'ہ': 'ه',
  // Arabic punctuation
  '،': ',', '؛': ';', '؟': '?', '٪': '%', '٫': '.', '٬': ',',
  // quotes and dashes
  '«': '"', '»': '"', '“': '"', '”': '"', '„': '"', '″': '"', '‘': "'", '’': "'", '‛': "'",
  '–': '-', '—': '-', '‒': '-', '―': '-', '−': '-',
  '…': '.',
};

function digitOf(code: number): string | null {
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660); // Arabic-Indic
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0); // Eastern Arabic-Indic
  return null;
}

/** Normalises Arabic news text for matching while keeping a map back to the original. */
export function normalise(original: string): Normalised {
  const out: string[] = [];
  const map = new Int32Array(original.length + 1);
  let n = 0;
  for (let i = 0; i < original.length; i++) {
    const ch = original[i];
    const code = ch.charCodeAt(0);
    let rep: string | null;
    if (code < 0x80) {
      rep = ch === '\r' ? (original[i + 1] === '\n' ? null : '\n') : ch === '\t' ? ' ' : ch;
    } else if (TASHKEEL.test(ch) || INVISIBLE.test(ch)) {
      rep = null;
    } else {
      rep = digitOf(code) ?? REPLACE[ch] ?? null;
      if (rep === null) {
        if (/\s/.test(ch)) rep = ch === '\u2028' || ch === '\u2029' || ch === '\u0085' ? '\n' : ' ';
        else if (code >= 0xd800 && code <= 0xdbff) {
          // keep surrogate pairs whole
          out.push(ch);
          map[n++] = i;
          rep = original[i + 1] ?? '';
          i++;
          if (rep) { out.push(rep); map[n++] = i; }
          continue;
        } else rep = ch;
      }
    }
    if (rep === null) continue;
    out.push(rep);
    map[n++] = i;
  }
  map[n] = original.length;
  return { text: out.join(''), map: map.subarray(0, n + 1) };
}

/** Normalises a lexicon entry or any short string the same way as text (no offsets). */
export function norm(s: string): string {
  return normalise(s).text.replace(/\s+/g, ' ').trim();
}

/** Original offsets [start, end) for normalised [start, end). */
export function toOriginal(nm: Normalised, start: number, end: number): { start: number; end: number } {
  const s = nm.map[start];
  // end is exclusive: the original index just past the last normalised char
  // a figure ending in a letter keeps the marks deleted after it (قتيلاً, not قتيلا)
  const e = end > start ? Math.max(nm.map[end - 1] + 1, end < nm.map.length - 1 || end === nm.text.length ? nm.map[end] : 0) : s;
  return { start: s, end: e };
}
