// How Arabic a text is: the share of Arabic-script letters among all letters. Digits,
// punctuation and spaces are not letters, so a toll-heavy Arabic report still scores high
// and an English page with one Arabic quote scores low.

/** Below this share of Arabic letters an upload is refused as not Arabic. */
export const MIN_ARABIC_SHARE = 0.2;

export interface ScriptShare {
  letters: number;
  arabic: number;
  /** arabic / letters, 0 when there are no letters. */
  share: number;
}

const LETTER = /\p{L}/u;
const ARABIC = /\p{Script=Arabic}/u;

export function arabicShare(text: string): ScriptShare {
  let letters = 0;
  let arabic = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Fast paths for ASCII and the core Arabic letters (ء–ي), which are nearly all of an
    // article; the Unicode property tests handle everything else.
    if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) letters++;
      continue;
    }
    if (c >= 0x0621 && c <= 0x064a) { letters++; arabic++; continue; }
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++; // astral character: skip its low surrogate
    const ch = String.fromCodePoint(cp);
    if (!LETTER.test(ch)) continue;
    letters++;
    if (ARABIC.test(ch)) arabic++;
  }
  return { letters, arabic, share: letters === 0 ? 0 : arabic / letters };
}

/**
 * UTF-8 Arabic that was once decoded as Latin-1/windows-1252 and saved again reads as
 * "Ø§Ù„..." (every Arabic letter becomes Ø or Ù plus a symbol). Worth naming in the
 * rejection, because the fix (re-export the file) is different from "wrong language".
 */
export function looksLikeMojibake(text: string): boolean {
  const { letters } = arabicShare(text);
  if (letters < 4) return false;
  const marks = text.match(/[\u00d8\u00d9\u00da\u00db]/g)?.length ?? 0;
  return marks / letters > 0.25;
}

export function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}
