// Arabic cardinal number words, one form a line with its value. Case endings
// (عشرون/عشرين) and gender forms (ثلاث/ثلاثة) are separate rows; spellings are given as
// written and normalised on load (ة→ه, ى→ي, أ→ا), so either spelling in text matches.

export type NumberWordKind = 'unit' | 'ten' | 'teen_ten' | 'hundred' | 'thousand' | 'million';

export interface NumberWord { ar: string; value: number; kind: NumberWordKind; gloss: string }

const rows: NumberWord[] = [];
const add = (value: number, kind: NumberWordKind, gloss: string, ...forms: string[]) => {
  for (const ar of forms) rows.push({ ar, value, kind, gloss });
};

add(1, 'unit', 'one', 'واحد', 'واحدة', 'واحدا');
add(2, 'unit', 'two', 'اثنان', 'اثنين', 'اثنتان', 'اثنتين', 'إثنان', 'إثنين', 'ثنتين', 'اثنا', 'اثنتا', 'اثني', 'اثنتي');
add(3, 'unit', 'three', 'ثلاث', 'ثلاثة');
add(4, 'unit', 'four', 'أربع', 'أربعة');
add(5, 'unit', 'five', 'خمس', 'خمسة');
add(6, 'unit', 'six', 'ست', 'ستة');
add(7, 'unit', 'seven', 'سبع', 'سبعة');
add(8, 'unit', 'eight', 'ثمان', 'ثماني', 'ثمانية');
add(9, 'unit', 'nine', 'تسع', 'تسعة');
add(10, 'unit', 'ten', 'عشر', 'عشرة');
// "أحد/إحدى" are "one" only before عشر (أحد عشر = 11); alone they mean "one of".
add(1, 'unit', 'one (in 11 only)', 'أحد', 'إحدى');
// the ten of a teen: ثلاثة عشر، ثلاث عشرة
add(10, 'teen_ten', 'teen (-teen)', 'عشر', 'عشرة');
add(20, 'ten', 'twenty', 'عشرون', 'عشرين');
add(30, 'ten', 'thirty', 'ثلاثون', 'ثلاثين');
add(40, 'ten', 'forty', 'أربعون', 'أربعين');
add(50, 'ten', 'fifty', 'خمسون', 'خمسين');
add(60, 'ten', 'sixty', 'ستون', 'ستين');
add(70, 'ten', 'seventy', 'سبعون', 'سبعين');
add(80, 'ten', 'eighty', 'ثمانون', 'ثمانين');
add(90, 'ten', 'ninety', 'تسعون', 'تسعين');
add(100, 'hundred', 'hundred', 'مائة', 'مئة', 'ماية', 'مية', 'مائه', 'مئه');
add(200, 'hundred', 'two hundred', 'مائتان', 'مائتين', 'مئتان', 'مئتين', 'مائتا', 'مئتا', 'مائتي', 'مئتي', 'ميتين');
for (const [stem, v] of [['ثلاث', 3], ['أربع', 4], ['خمس', 5], ['ست', 6], ['سبع', 7], ['ثمان', 8], ['تسع', 9]] as const) {
  add(v * 100, 'hundred', `${v} hundred`, `${stem}مائة`, `${stem}مئة`, `${stem}ماية`);
}
add(1000, 'thousand', 'thousand', 'ألف', 'الف', 'ألفا');
add(2000, 'thousand', 'two thousand', 'ألفان', 'ألفين', 'ألفي');
// plural "thousands" after a unit: ثلاثة آلاف = 3000 (multiplier)
add(1000, 'thousand', 'thousands (after a unit)', 'آلاف', 'الاف');
add(1_000_000, 'million', 'million', 'مليون', 'ملايين');

export const NUMBER_WORDS: readonly NumberWord[] = rows;
