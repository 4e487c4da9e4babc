// Normalisation that keeps offsets: every character of the normalised text maps back to
// the index of the ORIGINAL character it came from, so figures can cite the original.
// Only one-to-one replacements and deletions are made, never expansions.

export interface Normalised {
  /** The normalised text. */
  text: string;
  /** map[i] = index in the original of normalised char i; map[text.length] = original.length. */
  map: Int32Array;
}

// Deleted: harakat and Quranic marks, tatweel, zero-width and bidi controls, BOM, soft hyphen.
function deleted(c: number): boolean {
  return (c >= 0x0610 && c <= 0x061a) || (c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x06d6 && c <= 0x06ed) || c === 0x0640 ||
    (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff || c === 0x00ad;
}

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
const REPLACE_CODE = new Map<number, number>(Object.entries(REPLACE).map(([k, v]) => [k.charCodeAt(0), v.charCodeAt(0)]));
const SPACES = new Set([0x00a0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000]);

function mapCode(c: number): number {
  if (c >= 0x0660 && c <= 0x0669) return 48 + c - 0x0660; // Arabic-Indic digits
  if (c >= 0x06f0 && c <= 0x06f9) return 48 + c - 0x06f0; // Eastern Arabic-Indic digits
  const r = REPLACE_CODE.get(c);
  if (r !== undefined) return r;
  if (SPACES.has(c)) return 32;
  if (c === 0x2028 || c === 0x2029 || c === 0x0085) return 10;
  return c;
}

// One table for the whole Basic Multilingual Plane: the replacement of each code unit, or -1
// where it is deleted. Built once; normalising is then one array read per character.
const TABLE = (() => {
  const t = new Int32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = deleted(c) ? -1 : mapCode(c);
  t[9] = 32;
  return t;
})();

/** Normalises Arabic news text for matching while keeping a map back to the original. */
export function normalise(original: string): Normalised {
  const len = original.length;
  const out = new Uint16Array(len);
  const map = new Int32Array(len + 1);
  let n = 0;
  for (let i = 0; i < len; i++) {
    const c = original.charCodeAt(i);
    let r = TABLE[c]; // surrogate halves map to themselves, so pairs stay whole
    if (r < 0) continue;
    if (c === 13) { if (original.charCodeAt(i + 1) === 10) continue; r = 10; }
    out[n] = r;
    map[n++] = i;
  }
  map[n] = len;
  let text = '';
  for (let i = 0; i < n; i += 8192) text += String.fromCharCode.apply(null, out.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
  return { text, map: map.subarray(0, n + 1) };
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
