// Casualty words, one form a line with its English gloss.
//   role 'event': a verb or verbal noun that makes a following (or, for verbs, a
//     preceding) number a casualty figure: مقتل 16 شخصا، 22 مقاتلا قتلوا.
//   role 'noun':  a counted casualty noun: 343 قتيلا، خمسة جرحى، عشرات الضحايا.
//   value 2 marks a dual form (قتيلان); value 1 a singular that counts one after an event
//   word (سقوط قتيل، ارتقاء شهيد).
//   post: a verb form that may FOLLOW its number (22 مقاتلا قتلوا).
import type { Category } from '../types.js';

export interface CasualtyTerm {
  ar: string;
  category: Category;
  role: 'event' | 'noun';
  gloss: string;
  value?: 1 | 2;
  post?: boolean;
  /** Weak events count only a figure whose noun names people or casualties. */
  weak?: boolean;
}

const t = (category: Category, role: CasualtyTerm['role'], gloss: string, forms: string[], extra: Partial<CasualtyTerm> = {}): CasualtyTerm[] =>
  forms.map((ar) => ({ ar, category, role, gloss, ...extra }));

export const CASUALTY_TERMS: readonly CasualtyTerm[] = [
  // killed: events
  ...t('killed', 'event', 'killing (of)', ['مقتل', 'قتل', 'مصرع', 'استشهاد', 'ارتقاء', 'إعدام', 'إعداما', 'تصفية', 'اغتيال', 'ذبح', 'نحر']),
  // weak events: a figure only when its counted noun names casualties or people (سقوط 5 قتلى، خسر 9 من عناصره)
  ...t('killed', 'event', 'fall / death / loss (of)', ['سقوط', 'سقط', 'سقطت', 'وفاة', 'خسر', 'خسرت', 'خسارة', 'فقدان أرواح', 'انتشال', 'انتشال جثث'], { weak: true }),
  ...t('killed', 'event', 'killed (verb)', ['قتلت', 'قتلوا', 'يقتل', 'تقتل', 'قتلتا', 'اغتيال', 'أعدم', 'أعدمت', 'أعدموا', 'قضى', 'قضوا', 'قضت', 'توفي', 'توفوا', 'استشهد', 'استشهدوا', 'استشهدت', 'ارتقى', 'ارتقوا', 'لقي', 'لقوا', 'لقيت', 'حصد', 'حصدت', 'أودى', 'أودت', 'يودي', 'تودي', 'أردى', 'أردت', 'نعى', 'نعت', 'يقتلون', 'ضحيتها', 'ضحيته', 'ضحيتهم'], { post: true }),
  // killed: nouns
  ...t('killed', 'noun', 'dead / killed person', ['قتيل', 'قتيلا', 'قتلى', 'شهيد', 'شهيدا', 'شهداء', 'ضحية', 'ضحايا', 'جثة', 'جثث', 'جثمان', 'جثامين', 'وفيات', 'متوفين']),
  ...t('killed', 'noun', 'two dead (dual)', ['قتيلان', 'قتيلين', 'شهيدان', 'شهيدين', 'ضحيتان', 'ضحيتين', 'جثتان', 'جثتين'], { value: 2 }),
  // injured
  ...t('injured', 'event', 'wounding / injury (of)', ['جرح', 'إصابة', 'اصابة', 'إصابات', 'جراح']),
  ...t('injured', 'event', 'wounded (verb)', ['جرحوا', 'جرحت', 'أصيب', 'أصيبوا', 'أصيبت', 'يصاب'], { post: true }),
  // أصابت also means "hit": a figure only when its noun names people (أصابت الغارة 5 مدنيين)
  ...t('injured', 'event', 'injured (verb, transitive)', ['أصابت', 'أصاب', 'يصيب', 'تصيب'], { weak: true }),
  ...t('injured', 'noun', 'wounded person', ['جريح', 'جريحا', 'جرحى', 'مصاب', 'مصابا', 'مصابين', 'مصابون']),
  ...t('injured', 'noun', 'two wounded (dual)', ['جريحان', 'جريحين', 'مصابان'], { value: 2 }),
  // captured in fighting, abducted (arrests are not casualties: see NOT_CASUALTY_EVENTS)
  ...t('captured', 'event', 'capture / abduction (of)', ['أسر', 'خطف', 'اختطاف', 'احتجاز رهائن']),
  ...t('captured', 'event', 'captured (verb)', ['أسروا', 'أسرت', 'خطفوا', 'خطفت', 'اختطفوا', 'اختطفت', 'اختطف'], { post: true }),
  ...t('captured', 'noun', 'captive / abductee', ['أسير', 'أسيرا', 'أسرى', 'مختطف', 'مختطفا', 'مختطفين', 'مخطوف', 'مخطوفين', 'رهينة', 'رهائن']),
  ...t('captured', 'noun', 'two captives (dual)', ['أسيرين', 'أسيران'], { value: 2 }),
  // missing
  ...t('missing', 'event', 'disappearance (of)', ['فقدان', 'اختفاء']),
  ...t('missing', 'event', 'went missing (verb)', ['فقدوا', 'فقدت'], { post: true }),
  ...t('missing', 'noun', 'missing person', ['مفقود', 'مفقودا', 'مفقودين', 'مفقودون'], { post: true }),
  ...t('missing', 'noun', 'forcibly disappeared', ['مختف', 'مختفين', 'مختفيا', 'مغيب', 'مغيبين']),
];

/** Two-word phrases for ONE combined figure (killed or injured): مقتل وجرح 4. */
export const COMBINED_PHRASES: readonly { ar: string; gloss: string }[] = [
  { ar: 'مقتل وجرح', gloss: 'killing and wounding' },
  { ar: 'مقتل وإصابة', gloss: 'killing and injury' },
  { ar: 'قتل وجرح', gloss: 'killed and wounded' },
  { ar: 'قتلى وجرحى', gloss: 'dead and wounded' },
  { ar: 'قتيل وجريح', gloss: 'dead and wounded (bayn … wa …)' },
  { ar: 'شهيد وجريح', gloss: 'martyr and wounded' },
  { ar: 'قتلى ومصابين', gloss: 'dead and injured' },
  { ar: 'ضحايا وجرحى', gloss: 'victims and wounded' },
];

/** Toll nouns: عدد القتلى / حصيلة الضحايا open a (possibly running) toll. */
export const TOLL_NOUNS: readonly { ar: string; gloss: string }[] = [
  { ar: 'عدد', gloss: 'number (of)' },
  { ar: 'حصيلة', gloss: 'toll' },
];

/** Verbs that make a toll a running total: ارتفع عدد القتلى إلى 327. */
export const RISE_VERBS: readonly { ar: string; gloss: string }[] = [
  { ar: 'ارتفع', gloss: 'rose' }, { ar: 'ارتفعت', gloss: 'rose (f.)' }, { ar: 'ارتفاع', gloss: 'rise' },
  { ar: 'يرتفع', gloss: 'rises' }, { ar: 'ترتفع', gloss: 'rises (f.)' }, { ar: 'وصل', gloss: 'reached' },
  { ar: 'وصلت', gloss: 'reached (f.)' }, { ar: 'وصول', gloss: 'reaching' }, { ar: 'بلغ', gloss: 'reached' },
  { ar: 'بلغت', gloss: 'reached (f.)' }, { ar: 'تجاوز', gloss: 'exceeded' }, { ar: 'تجاوزت', gloss: 'exceeded (f.)' },
  { ar: 'حصيلة', gloss: 'toll' },
];

/** Words before a figure of captives or the missing that undo it: تحرير 20 مختطفا، الإفراج عن 5 أسرى. */
export const RELEASE_WORDS: readonly { ar: string; gloss: string }[] = [
  { ar: 'تحرير', gloss: 'freeing' }, { ar: 'الإفراج', gloss: 'release' }, { ar: 'الافراج', gloss: 'release' }, { ar: 'سراح', gloss: 'release (إطلاق سراح)' },
  { ar: 'مبادلة', gloss: 'exchange' }, { ar: 'تبادل', gloss: 'exchange' }, { ar: 'تسليم', gloss: 'handing over' }, { ar: 'عودة', gloss: 'return' },
  { ar: 'استعادة', gloss: 'recovery' }, { ar: 'العثور', gloss: 'finding (alive)' }, { ar: 'إنقاذ', gloss: 'rescue' },
];

/** Event words that look like casualties but are not: arrests and detentions. */
export const NOT_CASUALTY_EVENTS: readonly { ar: string; gloss: string }[] = [
  { ar: 'اعتقال', gloss: 'arrest' }, { ar: 'اعتقلت', gloss: 'arrested' }, { ar: 'اعتقلوا', gloss: 'arrested (pl.)' },
  { ar: 'معتقل', gloss: 'detainee' }, { ar: 'معتقلين', gloss: 'detainees' }, { ar: 'توقيف', gloss: 'detention' },
  { ar: 'احتجاز', gloss: 'detention' }, { ar: 'إطلاق سراح', gloss: 'release' }, { ar: 'الإفراج', gloss: 'release' },
  { ar: 'نزوح', gloss: 'displacement' }, { ar: 'تهجير', gloss: 'forced displacement' }, { ar: 'إجلاء', gloss: 'evacuation' },
  { ar: 'انشقاق', gloss: 'defection' }, { ar: 'تسوية', gloss: 'settlement' }, { ar: 'فرار', gloss: 'flight' },
];
