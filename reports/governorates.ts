// The 14 governorates (admin1 p-codes) with the names a report prints. Kept here until the
// extraction gazetteer exports its own table; the names are the OCHA COD-AB spellings.

export interface GovernorateName {
  pcode: string;
  en: string;
  ar: string;
}

export const GOVERNORATE_NAMES: readonly GovernorateName[] = [
  { pcode: 'SY01', en: 'Damascus', ar: 'دمشق' },
  { pcode: 'SY02', en: 'Aleppo', ar: 'حلب' },
  { pcode: 'SY03', en: 'Rural Damascus', ar: 'ريف دمشق' },
  { pcode: 'SY04', en: 'Homs', ar: 'حمص' },
  { pcode: 'SY05', en: 'Hama', ar: 'حماة' },
  { pcode: 'SY06', en: 'Lattakia', ar: 'اللاذقية' },
  { pcode: 'SY07', en: 'Idleb', ar: 'إدلب' },
  { pcode: 'SY08', en: 'Al-Hasakeh', ar: 'الحسكة' },
  { pcode: 'SY09', en: 'Deir-ez-Zor', ar: 'دير الزور' },
  { pcode: 'SY10', en: 'Tartous', ar: 'طرطوس' },
  { pcode: 'SY11', en: 'Ar-Raqqa', ar: 'الرقة' },
  { pcode: 'SY12', en: "Dar'a", ar: 'درعا' },
  { pcode: 'SY13', en: 'As-Sweida', ar: 'السويداء' },
  { pcode: 'SY14', en: 'Quneitra', ar: 'القنيطرة' },
];

const BY_PCODE = new Map(GOVERNORATE_NAMES.map((g) => [g.pcode, g]));
export const GOVERNORATE_PCODES: readonly string[] = GOVERNORATE_NAMES.map((g) => g.pcode);

export function isGovernorate(pcode: string): boolean {
  return BY_PCODE.has(pcode);
}

/** Names for a scope: one p-code, or a multi-governorate scope such as "SY02+SY07". */
export function scopeNames(scope: string): { en: string; ar: string } {
  const parts = scope.split('+').map((p) => BY_PCODE.get(p) ?? { pcode: p, en: p, ar: p });
  return { en: parts.map((p) => p.en).join(' + '), ar: parts.map((p) => p.ar).join(' + ') };
}
