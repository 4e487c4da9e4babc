// Turning bytes into text. UTF-8 (with or without a BOM) and legacy windows-1256 Arabic
// are accepted and told apart by the bytes themselves, never by the file name: strict
// UTF-8 first (windows-1256 Arabic is practically never well-formed UTF-8), then
// windows-1256 if the result reads as Arabic. A declared charset (HTML <meta>, the
// Content-Type header) only lets windows-1256 through without the plausibility check.
import { arabicShare, percent } from './arabic-share.js';
import { reject, type Rejection } from './rejection.js';
import { firstInvalidUtf8Offset } from './utf8.js';

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'windows-1256';

export type Decoded =
  | { ok: true; text: string; encoding: TextEncodingName; warnings: string[] }
  | Rejection;

/** A windows-1256 reading must be at least this Arabic among its letters to be believed. */
const MIN_WINDOWS_1256_ARABIC_SHARE = 0.5;

const utf8 = new TextDecoder('utf-8', { fatal: true });
const windows1256 = new TextDecoder('windows-1256');

export function decodeText(bytes: Uint8Array, declaredCharset?: string | null): Decoded {
  const warnings: string[] = [];
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return reject('invalid_encoding', 'text is UTF-16 (byte-order mark FF FE / FE FF), which is not supported: save it as UTF-8');
  }
  const hasBom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const content = hasBom ? bytes.subarray(3) : bytes;
  const invalidAt = firstInvalidUtf8Offset(content);
  if (invalidAt < 0) {
    // TextDecoder strips a leading BOM by itself; `content` already lacks it.
    const text = utf8.decode(content);
    const declared = canonicalCharset(declaredCharset);
    if (declared === 'windows-1256' && /[^\x00-\x7f]/.test(text)) {
      warnings.push('declared charset windows-1256 but the bytes are well-formed UTF-8; read as UTF-8');
    }
    return { ok: true, text, encoding: hasBom ? 'utf-8-bom' : 'utf-8', warnings };
  }
  const offset = invalidAt + (hasBom ? 3 : 0);
  const where = `first invalid UTF-8 sequence at byte offset ${offset} (${hexAround(bytes, offset)})`;
  if (hasBom) {
    return reject('invalid_encoding', `text starts with a UTF-8 byte-order mark but is not valid UTF-8: ${where}`);
  }

  const declared = canonicalCharset(declaredCharset);
  if (declaredCharset && declared === null) {
    warnings.push(`declared charset "${declaredCharset}" is not supported (only UTF-8 and windows-1256); detecting instead`);
  }
  const text = windows1256.decode(bytes);
  if (declared === 'windows-1256') return { ok: true, text, encoding: 'windows-1256', warnings };
  const plausible = readsAsArabic(text);
  if (plausible.ok) {
    if (declared === 'utf-8') warnings.push(`declared charset UTF-8 but the bytes are not (${where}); read as windows-1256 Arabic`);
    return { ok: true, text, encoding: 'windows-1256', warnings };
  }
  return reject(
    'invalid_encoding',
    `text is not valid UTF-8 (${where}) and does not read as windows-1256 Arabic either (${plausible.why}); save it as UTF-8`,
  );
}

/** Resolves a charset label the way browsers do ("cp1256", "UTF8" …) to one we read, else null. */
export function canonicalCharset(label: string | null | undefined): 'utf-8' | 'windows-1256' | null {
  if (!label) return null;
  try {
    const name = new TextDecoder(label.trim()).encoding;
    return name === 'utf-8' || name === 'windows-1256' ? name : null;
  } catch {
    return null; // unknown label
  }
}

/**
 * Random or non-Arabic bytes decode as windows-1256 without error (every byte is mapped),
 * so the reading has to look like Arabic prose: mostly Arabic letters, no stray control
 * characters, and words separated by spaces.
 */
function readsAsArabic(text: string): { ok: true } | { ok: false; why: string } {
  const { letters, share } = arabicShare(text);
  if (letters === 0) return { ok: false, why: 'it contains no letters' };
  if (share < MIN_WINDOWS_1256_ARABIC_SHARE) {
    return { ok: false, why: `only ${percent(share)} of its letters would be Arabic` };
  }
  let controls = 0;
  let spaces = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0) spaces++;
    else if (c < 0x20 || c === 0x7f) controls++;
  }
  if (controls > text.length / 200) return { ok: false, why: `${controls} control characters` };
  if (text.length >= 50 && spaces / text.length < 0.05) return { ok: false, why: 'it has almost no spaces between words' };
  return { ok: true };
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function hexAround(bytes: Uint8Array, offset: number): string {
  return Array.from(bytes.subarray(offset, offset + 4), (b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`).join(' ');
}
