// Syria's 14 governorates (admin1) with the p-codes the gazetteer and the stored data use.
// Names follow ../shared/data/syria-places.csv (OCHA COD-AB). Kept here as data until the
// extraction gazetteer exports its own table; the API only needs p-code → names.

export interface Governorate {
  pcode: string;
  nameAr: string;
  nameEn: string;
}

export const GOVERNORATES: readonly Governorate[] = [
  { pcode: 'SY01', nameAr: 'مدينة دمشق', nameEn: 'Damascus' },
  { pcode: 'SY02', nameAr: 'حلب', nameEn: 'Aleppo' },
  { pcode: 'SY03', nameAr: 'ريف دمشق', nameEn: 'Rural Damascus' },
  { pcode: 'SY04', nameAr: 'حمص', nameEn: 'Homs' },
  { pcode: 'SY05', nameAr: 'حماة', nameEn: 'Hama' },
  { pcode: 'SY06', nameAr: 'اللاذقية', nameEn: 'Lattakia' },
  { pcode: 'SY07', nameAr: 'إدلب', nameEn: 'Idleb' },
  { pcode: 'SY08', nameAr: 'الحسكة', nameEn: 'Al-Hasakeh' },
  { pcode: 'SY09', nameAr: 'دير الزور', nameEn: 'Deir-ez-Zor' },
  { pcode: 'SY10', nameAr: 'طرطوس', nameEn: 'Tartous' },
  { pcode: 'SY11', nameAr: 'الرقة', nameEn: 'Ar-Raqqa' },
  { pcode: 'SY12', nameAr: 'درعا', nameEn: "Dar'a" },
  { pcode: 'SY13', nameAr: 'السويداء', nameEn: 'As-Sweida' },
  { pcode: 'SY14', nameAr: 'القنيطرة', nameEn: 'Quneitra' },
];

export const GOVERNORATE_PCODES: ReadonlySet<string> = new Set(GOVERNORATES.map((g) => g.pcode));
