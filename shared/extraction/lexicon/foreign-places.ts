// Places outside Syria that appear in the same feeds. A figure placed by one of these
// gets no Syrian governorate: none, not a guess.
export const FOREIGN_PLACES: readonly { ar: string; gloss: string }[] = [
  { ar: 'العراق', gloss: 'Iraq' }, { ar: 'بغداد', gloss: 'Baghdad' }, { ar: 'الموصل', gloss: 'Mosul' }, { ar: 'الأنبار', gloss: 'Anbar' },
  { ar: 'الفلوجة', gloss: 'Fallujah' }, { ar: 'كركوك', gloss: 'Kirkuk' }, { ar: 'أربيل', gloss: 'Erbil' }, { ar: 'ديالى', gloss: 'Diyala' },
  { ar: 'اليمن', gloss: 'Yemen' }, { ar: 'صنعاء', gloss: 'Sanaa' }, { ar: 'عدن', gloss: 'Aden' }, { ar: 'تعز', gloss: 'Taiz' }, { ar: 'الحديدة', gloss: 'Hodeidah' },
  { ar: 'غزة', gloss: 'Gaza' }, { ar: 'قطاع غزة', gloss: 'Gaza Strip' }, { ar: 'الضفة الغربية', gloss: 'West Bank' }, { ar: 'رفح', gloss: 'Rafah' },
  { ar: 'خان يونس', gloss: 'Khan Younis' }, { ar: 'فلسطين', gloss: 'Palestine' }, { ar: 'إسرائيل', gloss: 'Israel' },
  { ar: 'ليبيا', gloss: 'Libya' }, { ar: 'بنغازي', gloss: 'Benghazi' }, { ar: 'مصراتة', gloss: 'Misrata' }, { ar: 'سرت', gloss: 'Sirte' },
  { ar: 'لبنان', gloss: 'Lebanon' }, { ar: 'بيروت', gloss: 'Beirut' }, { ar: 'الجنوب اللبناني', gloss: 'South Lebanon' }, { ar: 'عرسال', gloss: 'Arsal' },
  { ar: 'تركيا', gloss: 'Turkey' }, { ar: 'الأردن', gloss: 'Jordan' }, { ar: 'مصر', gloss: 'Egypt' }, { ar: 'سيناء', gloss: 'Sinai' },
  { ar: 'أنقرة', gloss: 'Ankara' }, { ar: 'إسطنبول', gloss: 'Istanbul' }, { ar: 'غازي عنتاب', gloss: 'Gaziantep' }, { ar: 'هاتاي', gloss: 'Hatay' },
  { ar: 'عمان', gloss: 'Amman' }, { ar: 'القاهرة', gloss: 'Cairo' }, { ar: 'طهران', gloss: 'Tehran' }, { ar: 'موسكو', gloss: 'Moscow' },
  { ar: 'تل أبيب', gloss: 'Tel Aviv' }, { ar: 'القدس', gloss: 'Jerusalem' }, { ar: 'الجولان المحتل', gloss: 'occupied Golan' },
  { ar: 'إيران', gloss: 'Iran' }, { ar: 'روسيا', gloss: 'Russia' }, { ar: 'الصومال', gloss: 'Somalia' },
  { ar: 'السودان', gloss: 'Sudan' }, { ar: 'الخرطوم', gloss: 'Khartoum' }, { ar: 'أفغانستان', gloss: 'Afghanistan' }, { ar: 'أوكرانيا', gloss: 'Ukraine' },
];

/** Names of the whole country: a figure placed only by these is national (no governorate). */
export const NATIONAL_NAMES: readonly { ar: string; gloss: string }[] = [
  { ar: 'سوريا', gloss: 'Syria' }, { ar: 'سورية', gloss: 'Syria' }, { ar: 'عموم سوريا', gloss: 'all of Syria' },
  { ar: 'الأراضي السورية', gloss: 'Syrian territory' }, { ar: 'المحافظات السورية', gloss: 'the Syrian governorates' },
  { ar: 'مختلف المحافظات', gloss: 'various governorates' }, { ar: 'البلاد', gloss: 'the country' },
];
