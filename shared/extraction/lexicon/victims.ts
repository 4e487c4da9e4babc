// Victim nouns: the counted noun after a figure (14 مدنيا، 5 عناصر) tells who the victims
// were. One form a line; `group` names a victim group when the noun implies one.
import type { VictimType } from '../types.js';

export interface VictimNoun { ar: string; victim: VictimType; gloss: string; group?: string; value?: 1 | 2 }

const v = (victim: VictimType, gloss: string, forms: string[], extra: Partial<VictimNoun> = {}): VictimNoun[] =>
  forms.map((ar) => ({ ar, victim, gloss, ...extra }));

export const VICTIM_NOUNS: readonly VictimNoun[] = [
  ...v('civilian', 'civilian(s)', ['مدني', 'مدنيا', 'مدنيين', 'مدنيون', 'مدنية', 'مدنيات']),
  ...v('civilian', 'child / children', ['طفل', 'طفلا', 'أطفال', 'طفلة', 'طفلات', 'رضيع', 'رضع'], { group: 'children' }),
  ...v('civilian', 'woman / women', ['امرأة', 'إمرأة', 'نساء', 'سيدة', 'سيدات', 'نسوة'], { group: 'women' }),
  ...v('civilian', 'two civilians (dual, nominative)', ['مدنيان'], { value: 2 }),
  ...v('civilian', 'two children (dual)', ['طفلين', 'طفلان'], { group: 'children', value: 2 }),
  ...v('civilian', 'two women (dual)', ['امرأتين', 'امرأتان', 'سيدتين', 'سيدتان'], { group: 'women', value: 2 }),
  ...v('civilian', 'citizen(s)', ['مواطن', 'مواطنا', 'مواطنين', 'مواطنون', 'مواطنة']),
  ...v('civilian', 'student(s)', ['طالب', 'طالبا', 'طالبة', 'طالبات', 'طلاب', 'تلميذ', 'تلاميذ'], { group: 'students' }),
  ...v('civilian', 'teacher(s)', ['مدرس', 'مدرسين', 'مدرسا', 'معلم', 'معلمين', 'معلمة', 'معلمات'], { group: 'teachers' }),
  ...v('civilian', 'displaced person(s)', ['نازح', 'نازحا', 'نازحين', 'نازحون', 'لاجئ', 'لاجئين'], { group: 'displaced' }),
  ...v('civilian', 'paramedic(s) / rescuer(s)', ['مسعف', 'مسعفا', 'مسعفين', 'متطوع', 'متطوعين'], { group: 'rescuers' }),
  ...v('civilian', 'journalist(s)', ['صحفي', 'صحفيا', 'صحفيين', 'صحافي', 'صحافيين', 'إعلامي', 'إعلاميين'], { group: 'journalists' }),
  ...v('civilian', 'worker(s) / farmer(s) / shepherd(s)', ['عامل', 'عمال', 'مزارع', 'مزارعين', 'فلاح', 'فلاحين', 'راع', 'رعاة']),
  ...v('civilian', 'family member(s)', ['أفراد', 'فردا']),
  ...v('civilian', 'elderly', ['مسن', 'مسنين', 'مسنة']),
  ...v('civilian', 'relatives', ['شقيق', 'أشقاء', 'أخ', 'إخوة', 'زوجة', 'زوجته', 'زوجها', 'ابن', 'ابنه', 'ابنها', 'أبناء', 'ابنة', 'بنات', 'والد', 'والدة', 'والده', 'والدته', 'أب', 'أم', 'عائلته', 'أطفاله', 'أطفالها', 'مرافقه']),
  ...v('civilian', 'two relatives (dual)', ['شقيقين', 'شقيقان', 'أخوين', 'أخوان', 'والديه', 'والداه', 'والدين', 'ابنيه', 'ابنتيه', 'طفليه', 'طفليها', 'زوجين'], { value: 2 }),
  ...v('combatant', 'member(s) of an armed group', ['عنصر', 'عنصرا', 'عناصر']),
  ...v('combatant', 'fighter(s)', ['مقاتل', 'مقاتلا', 'مقاتلين', 'مقاتلون']),
  ...v('combatant', 'soldier(s)', ['جندي', 'جنديا', 'جنود', 'عسكري', 'عسكريا', 'عسكريين', 'عسكريون', 'ضابط', 'ضابطا', 'ضباط', 'صف ضابط']),
  ...v('combatant', 'gunman / gunmen', ['مسلح', 'مسلحا', 'مسلحين', 'مسلحون']),
  ...v('combatant', '"terrorist(s)" (state media for armed opponents)', ['إرهابي', 'إرهابيا', 'إرهابيين', 'إرهابيون']),
  ...v('combatant', 'attacker(s) / militant(s)', ['مهاجم', 'مهاجما', 'مهاجمين', 'مهاجمون', 'انتحاري', 'انتحاريين', 'جهادي', 'جهاديين', 'عناصره', 'مقاتليه', 'مقاتليها']),
  ...v('combatant', 'militiaman / mercenary', ['مرتزق', 'مرتزقة', 'ميليشياوي']),
  ...v('combatant', 'commander(s)', ['قيادي', 'قياديا', 'قياديين', 'قائد', 'قادة']),
  ...v('combatant', 'two soldiers / members (dual)', ['جنديين', 'جنديان', 'عنصران', 'عنصرين', 'مقاتلان', 'ضابطين', 'ضابطان', 'مقاتلين اثنين'], { value: 2 }),
  ...v('unknown', 'person / people', ['شخص', 'شخصا', 'أشخاص', 'رجل', 'رجال', 'شاب', 'شابا', 'شبان', 'إنسان', 'أرواح']),
  ...v('unknown', 'nationals (victim type from context)', ['فلسطيني', 'فلسطينيا', 'فلسطينيين', 'عراقي', 'عراقيا', 'عراقيين', 'لبناني', 'لبنانيين', 'إيراني', 'إيرانيين', 'أفغاني', 'أفغان', 'روسي', 'روس', 'تركي', 'أتراك', 'سوري', 'سوريين', 'أجانب', 'أجنبيا', 'كردي', 'أكراد']),
  ...v('unknown', 'two people (dual)', ['شخصين', 'شخصان', 'رجلين', 'رجلان', 'شابين', 'شابان'], { value: 2 }),
];

