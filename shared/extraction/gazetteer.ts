// The Syria gazetteer: the 14 governorates (OCHA admin1 p-codes) and the places that
// locate most reports, with Arabic spellings. Optionally extended at run time with the
// full OCHA places file for village-level placement (loadPlacesCsv).
import { PLACES, type Place } from './lexicon/places.js';
import { FOREIGN_PLACES, NATIONAL_NAMES } from './lexicon/foreign-places.js';
import { PhraseIndex } from './phrases.js';

export interface Governorate { pcode: string; en: string; ar: string }

export const GOVERNORATES: readonly Governorate[] = [
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
export const GOVERNORATE_CODES: ReadonlySet<string> = new Set(GOVERNORATES.map((g) => g.pcode));

export type PlaceEntry = Place | { ar: string; en: string; foreign: true } | { ar: string; en: string; national: true };

export class Gazetteer {
  readonly index: PhraseIndex<PlaceEntry>;
  readonly size: number;
  constructor(places: readonly Place[] = PLACES) {
    const entries: PlaceEntry[] = [
      ...places,
      ...FOREIGN_PLACES.map((f) => ({ ar: f.ar, en: f.gloss, foreign: true as const })),
      ...NATIONAL_NAMES.map((f) => ({ ar: f.ar, en: f.gloss, national: true as const })),
    ];
    this.index = new PhraseIndex(entries, (e) => e.ar);
    this.size = places.length;
  }
}

export const DEFAULT_GAZETTEER = new Gazetteer();

/**
 * Builds a gazetteer that adds every community of an OCHA places CSV (the format of
 * ../shared/data/syria-places.csv) to the built-in places. Community names that are
 * also common words need a place cue (في، قرية، بلدة …) before them.
 */
export function gazetteerFromCsv(csvText: string): Gazetteer {
  const lines = csvText.trim().split(/\r?\n/);
  const head = lines[0].split(',');
  const col = (n: string) => head.indexOf(n);
  const [ci, li, ei, ai, gi] = [col('pcode'), col('level'), col('name_en'), col('name_ar'), col('admin1_pcode')];
  if ([ci, li, ei, ai, gi].some((x) => x < 0)) throw new Error('places CSV: expected columns pcode, level, name_en, name_ar, admin1_pcode');
  const extra: Place[] = [];
  for (const line of lines.slice(1)) {
    const f = line.split(',');
    if (f[li] !== '4' || !f[ai]) continue;
    for (const ar of f[ai].split(/[_-]/).map((s) => s.trim()).filter((s) => s.length >= 3)) {
      extra.push({ ar, en: f[ei], pcode: f[ci], governorate: f[gi], level: 4, needsCue: true });
    }
  }
  // built-in entries first: they carry the curated spellings and cue decisions
  return new Gazetteer([...PLACES, ...extra]);
}
