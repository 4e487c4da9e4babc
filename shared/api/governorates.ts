// Governorates as the API lists them: the extraction gazetteer's table (one source of truth for
// p-codes and names), in the API's field names.
import { GOVERNORATES as GAZETTEER_GOVERNORATES } from '../extraction/gazetteer.js';

export interface Governorate {
  pcode: string;
  nameAr: string;
  nameEn: string;
}

export const GOVERNORATES: readonly Governorate[] = GAZETTEER_GOVERNORATES.map((g) => ({ pcode: g.pcode, nameAr: g.ar, nameEn: g.en }));

export const GOVERNORATE_PCODES: ReadonlySet<string> = new Set(GOVERNORATES.map((g) => g.pcode));
