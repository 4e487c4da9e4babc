#!/usr/bin/env node
// Regenerates shared/extraction/lexicon/places.ts: the curated gazetteer the engine ships
// with (governorates, districts, sub-district centres and the towns reports name most),
// drawn from the OCHA places file in ../shared/data (which is not committed here).
//   node scripts/build-gazetteer.mjs ../shared/data/syria-places.csv > shared/extraction/lexicon/places.ts
import { readFileSync } from 'node:fs';

const csv = readFileSync(process.argv[2] ?? '../shared/data/syria-places.csv', 'utf8').trim().split('\n');
const head = csv[0].split(',');
const rows = csv.slice(1).map((l) => Object.fromEntries(l.split(',').map((v, i) => [head[i], v])));
const byCode = new Map(rows.map((r) => [r.pcode, r]));

// Towns named in reporting, beyond the administrative centres: [p-code, extra Arabic spellings].
const EXTRA = {
  C4278: [], C2429: [], C2338: [], C2889: ['تدمر'], C1946: ['كوباني'], C1767: [], C5167: ['البو كمال'], C4564: [],
  C5792: [], C2304: [], C2169: [], C3273: ['أثريا', 'اثريا', 'إثريا'],
};
const MORE_NAMES = ['مضايا', 'سراقب', 'خان شيخون', 'كفرنبل', 'الأتارب', 'دارة عزة', 'سرمدا', 'أطمة', 'الدانا', 'سلقين', 'بنش', 'تفتناز',
  'معرة مصرين', 'كفر تخاريم', 'كفرنوران', 'ميزناز', 'كفركرمين', 'عندان', 'حريتان', 'تل رفعت', 'نبل', 'الزهراء', 'دير حافر', 'مسكنة',
  'جرابلس', 'جنديرس', 'راجو', 'مارع', 'حرستا', 'عربين', 'كفربطنا', 'سقبا', 'حمورية', 'زملكا', 'عين ترما', 'قدسيا', 'يلدا', 'ببيلا',
  'المعضمية', 'معضمية الشام', 'الضمير', 'الكسوة', 'صيدنايا', 'جديدة عرطوز', 'كفرزيتا', 'اللطامنة', 'مورك', 'صوران', 'طيبة الإمام', 'حلفايا',
  'قلعة المضيق', 'تلبيسة', 'الحولة', 'القريتين', 'السخنة', 'مهين', 'هجين', 'الشعفة', 'الباغوز', 'الشحيل', 'ذيبان', 'خشام', 'البصيرة', 'الطبقة',
  'عين عيسى', 'معدان', 'سلوك', 'عامودا', 'الدرباسية', 'الشدادي', 'تل تمر', 'الهول', 'نوى', 'طفس', 'جاسم', 'انخل', 'بصرى الشام', 'بصرى الحرير',
  'داعل', 'المزيريب', 'تسيل', 'الشيخ مسكين', 'اليادودة', 'القريا', 'خان أرنبة', 'جباتا الخشب', 'حضر', 'كسب', 'ربيعة', 'سلمى', 'حميميم',
  'الحفة', 'السقيلبية', 'محردة', 'مصياف', 'صلنفة', 'الشيخ بدر', 'دريكيش', 'القدموس', 'الرستن', 'القصير', 'تلكلخ', 'يبرود', 'النبك',
  'القطيفة', 'قطنا', 'داريا', 'الزبداني', 'بقين', 'سرغايا', 'وادي بردى', 'عين الفيجة', 'التل', 'منين', 'رنكوس', 'السفيرة', 'الباب', 'عفرين',
  'اعزاز', 'منبج', 'الميادين', 'البوكمال', 'رأس العين', 'المالكية', 'صلخد', 'شهبا', 'الصنمين', 'ازرع', 'إزرع', 'جسر الشغور', 'حارم',
  'معرة النعمان', 'أريحا', 'القرداحة', 'جبلة', 'بانياس', 'صافيتا', 'السلمية', 'سلمية', 'الحسكة', 'القامشلي', 'تل أبيض', 'الموحسن', 'المياذين'];
// Regions and quarters that are not rows of the file: [Arabic, English, admin1].
const REGIONS = [
  ['الغوطة الشرقية', 'Eastern Ghouta', 'SY03'], ['الغوطة الغربية', 'Western Ghouta', 'SY03'], ['القلمون', 'Qalamoun', 'SY03'],
  ['مخيم اليرموك', 'Yarmouk camp', 'SY01'], ['جوبر', 'Jobar', 'SY01'], ['القابون', 'Qaboun', 'SY01'], ['برزة', 'Barzeh', 'SY01'],
  ['المزة', 'Mezzeh', 'SY01'], ['كفرسوسة', 'Kafr Sousa', 'SY01'], ['باب توما', 'Bab Touma', 'SY01'], ['التضامن', 'Tadamon', 'SY01'],
  ['الشيخ مقصود', 'Sheikh Maqsoud', 'SY02'], ['الأشرفية', 'Ashrafieh (Aleppo)', 'SY02'], ['جب القبة', 'Jub al-Qubba', 'SY02'],
  ['الشيخ سعيد', 'Sheikh Saeed', 'SY02'], ['مساكن هنانو', 'Masakin Hanano', 'SY02'], ['الصاخور', 'Sakhour', 'SY02'],
  ['الحمدانية', 'Hamdaniyah', 'SY02'], ['الراموسة', 'Ramouseh', 'SY02'], ['السكري', 'Sukkari', 'SY02'], ['بستان القصر', 'Bustan al-Qasr', 'SY02'],
  ['الكلاسة', 'Kalasa', 'SY02'], ['المعادي', 'Maadi', 'SY02'], ['الأصيلة', 'Asileh', 'SY02'], ['دوار الباسل', 'Basel roundabout', 'SY02'],
  ['مطار كويرس', 'Kweires airbase', 'SY02'], ['مدرسة المشاة', 'Infantry school', 'SY02'], ['الرضوانية', 'Radwaniyah', 'SY02'],
  ['الوعر', 'Al-Waer', 'SY04'], ['بابا عمرو', 'Baba Amr', 'SY04'], ['درعا البلد', 'Daraa al-Balad', 'SY12'],
  ['حي الصناعة', 'Sinaa quarter (Deir ez-Zor)', 'SY09'], ['الحويقة', 'Huweiqa', 'SY09'], ['هرابش', 'Harabesh', 'SY09'],
  ['الجورة', 'Joura', 'SY09'], ['غازي عياش', 'Ghazi Ayyash', 'SY09'], ['الرصافة', 'Rusafa', 'SY11'], ['الشولا', 'Shoula', 'SY09'],
  ['جبل الزاوية', 'Jabal al-Zawiya', 'SY07'], ['سهل الغاب', 'Ghab plain', 'SY05'], ['ريف اللاذقية', 'Lattakia countryside', 'SY06'],
  ['جبل الأكراد', 'Jabal al-Akrad', 'SY06'], ['جبل التركمان', 'Jabal al-Turkman', 'SY06'], ['حوران', 'Houran', 'SY12'],
  ['الجزيرة السورية', 'Jazira', 'SY08'], ['عين العرب', 'Ain al-Arab (Kobani)', 'SY02'],
  ['كفرنبل', 'Kafr Nabl', 'SY07'], ['معرة مصرين', 'Maarat Misrin', 'SY07'], ['كفرنوران', 'Kafr Nouran', 'SY02'],
  ['ميزناز', 'Mizanaz', 'SY02'], ['كفركرمين', 'Kafr Karmin', 'SY02'], ['كفربطنا', 'Kafr Batna', 'SY03'], ['حمورية', 'Hamouriyah', 'SY03'],
  ['المعضمية', 'Moadamiyeh', 'SY03'], ['كفرزيتا', 'Kafr Zita', 'SY05'], ['الحولة', 'Houla', 'SY04'], ['الباغوز', 'Baghouz', 'SY09'],
  ['الشدادي', 'Shaddadi', 'SY08'], ['بصرى الحرير', 'Busra al-Harir', 'SY12'], ['وادي بردى', 'Wadi Barada', 'SY03'],
  ['ديرالزور', 'Deir-ez-Zor', 'SY09'], ['دير الزور', 'Deir-ez-Zor', 'SY09'], ['حماه', 'Hama', 'SY05'], ['البادية السورية', 'Syrian desert (Badia)', ''],
];
// Common words that are also place names: matched only after a place cue (في، مدينة، بلدة، قرية …).
const NEEDS_CUE = new Set(['التل', 'الباب', 'الثورة', 'حارم', 'نبل', 'الزهراء', 'حضر', 'الهول', 'سلمى', 'كسب', 'منين', 'داعل', 'تسيل', 'معدان', 'بنش', 'سلوك', 'الرصافة', 'الجورة', 'المعادي', 'السكري', 'مهين', 'الشعفة', 'ربيعة', 'القريا', 'فيق', 'المخرم', 'الحفة', 'التضامن', 'الوعر', 'الكلاسة', 'الجزيرة السورية', 'الأشرفية', 'الشيخ بدر', 'سقبا']);

const norm = (s) => s.normalize('NFKC').replace(/[\u064B-\u0652\u0670\u0640]/g, '').replace(/[أإآٱ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه').replace(/_/g, ' ').trim();
const out = [];
const seen = new Set();
const push = (ar, en, pcode, gov, level, cue) => {
  const k = `${norm(ar)}|${gov}`;
  if (seen.has(k) || !ar) return;
  seen.add(k);
  out.push({ ar, en, pcode, gov, level, cue });
};
for (const r of rows.filter((r) => r.level === '1')) push(r.name_ar, r.name_en, r.pcode, r.pcode, 1, false);
for (const r of rows.filter((r) => r.level === '2')) push(r.name_ar.replace(/^مركز /, ''), r.name_en, r.pcode, r.admin1_pcode, 2, NEEDS_CUE.has(r.name_ar));
for (const [code, alts] of Object.entries(EXTRA)) {
  const r = byCode.get(code);
  push(r.name_ar, r.name_en, r.pcode, r.admin1_pcode, 4, false);
  for (const a of alts) push(a, r.name_en, r.pcode, r.admin1_pcode, 4, false);
}
const communities = rows.filter((r) => r.level === '4');
const missing = [];
for (const name of MORE_NAMES) {
  const hits = communities.filter((r) => norm(r.name_ar) === norm(name) || norm(r.name_ar).replace(/^ال/, '') === norm(name).replace(/^ال/, ''));
  if (hits.length === 0) { missing.push(name); continue; }
  // several towns share a name: prefer an administrative centre, then the first
  hits.sort((a, b) => (Number(a.capital_level || 9) || 9) - (Number(b.capital_level || 9) || 9));
  const r = hits[0];
  push(name, r.name_en, r.pcode, r.admin1_pcode, 4, NEEDS_CUE.has(name));
}
for (const r of communities.filter((r) => ['1', '2'].includes(r.capital_level))) push(r.name_ar, r.name_en, r.pcode, r.admin1_pcode, 4, NEEDS_CUE.has(r.name_ar));
for (const [ar, en, gov] of REGIONS) if (gov) push(ar, en, gov, gov, 0, NEEDS_CUE.has(ar));
process.stderr.write(`places ${out.length}; not found in the file (left out): ${missing.join('، ')}\n`);

const q = (s) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
console.log(`// GENERATED by scripts/build-gazetteer.mjs from the OCHA places file (../shared/data/syria-places.csv,
// "Administrative boundaries and populated places: UNCS and UN OCHA Syria"); edit the script, not this file.
// One place a line: Arabic name as written, English name, p-code, admin1 p-code, level (1 governorate,
// 2 district, 4 town; 0 a region or quarter that is not a row of the file), and whether the name is also a
// common word that counts as a place only after a cue (في، مدينة، بلدة، قرية، حي …).
export interface Place { ar: string; en: string; pcode: string; governorate: string; level: 0 | 1 | 2 | 4; needsCue: boolean }

const p = (ar: string, en: string, pcode: string, governorate: string, level: Place['level'], needsCue = false): Place =>
  ({ ar, en, pcode, governorate, level, needsCue });

export const PLACES: readonly Place[] = [
${out.map((o) => `  p(${q(o.ar)}, ${q(o.en)}, ${q(o.pcode)}, ${q(o.gov)}, ${o.level}${o.cue ? ', true' : ''}),`).join('\n')}
];`);
