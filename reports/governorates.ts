// Names for report scopes: the gazetteer's 14 governorates (OCHA admin1 p-codes, English and
// Arabic), and multi-governorate scopes such as "SY02+SY07" named after their parts.
import { GOVERNORATES, GOVERNORATE_CODES } from '../shared/extraction/gazetteer.js';

const BY_PCODE = new Map(GOVERNORATES.map((g) => [g.pcode, g]));
export const GOVERNORATE_PCODES: readonly string[] = GOVERNORATES.map((g) => g.pcode);

export function isGovernorate(pcode: string): boolean {
  return GOVERNORATE_CODES.has(pcode);
}

/** Names for a scope: one p-code, or a multi-governorate scope such as "SY02+SY07". */
export function scopeNames(scope: string): { en: string; ar: string } {
  const parts = scope.split('+').map((p) => BY_PCODE.get(p) ?? { pcode: p, en: p, ar: p });
  return { en: parts.map((p) => p.en).join(' + '), ar: parts.map((p) => p.ar).join(' + ') };
}
