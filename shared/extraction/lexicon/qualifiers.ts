// Qualifiers that bound a figure. `before`: words that precede the number (ما لا يقل عن 20);
// `after`: words that follow the figure (20 مدنيا على الأقل).
import type { Qualifier } from '../types.js';

export interface QualifierPhrase { ar: string; qualifier: Qualifier; gloss: string; position: 'before' | 'after' }

export const QUALIFIERS: readonly QualifierPhrase[] = [
  { ar: 'ما لا يقل عن', qualifier: 'at_least', gloss: 'no fewer than', position: 'before' },
  { ar: 'لا يقل عن', qualifier: 'at_least', gloss: 'no fewer than', position: 'before' },
  { ar: 'ما لا يقل عدده عن', qualifier: 'at_least', gloss: 'no fewer than', position: 'before' },
  { ar: 'على الأقل', qualifier: 'at_least', gloss: 'at least', position: 'before' },
  { ar: 'على الأقل', qualifier: 'at_least', gloss: 'at least', position: 'after' },
  { ar: 'أكثر من', qualifier: 'more_than', gloss: 'more than', position: 'before' },
  { ar: 'ما يزيد عن', qualifier: 'more_than', gloss: 'more than', position: 'before' },
  { ar: 'ما يزيد على', qualifier: 'more_than', gloss: 'more than', position: 'before' },
  { ar: 'يزيد عن', qualifier: 'more_than', gloss: 'more than', position: 'before' },
  { ar: 'يزيد على', qualifier: 'more_than', gloss: 'more than', position: 'before' },
  { ar: 'ما يربو على', qualifier: 'more_than', gloss: 'upwards of', position: 'before' },
  { ar: 'أزيد من', qualifier: 'more_than', gloss: 'more than', position: 'before' },
  { ar: 'ما يفوق', qualifier: 'more_than', gloss: 'exceeding', position: 'before' },
  { ar: 'تتجاوز', qualifier: 'more_than', gloss: 'exceeds', position: 'before' },
  { ar: 'يتجاوز', qualifier: 'more_than', gloss: 'exceeds', position: 'before' },
  { ar: 'تجاوزت', qualifier: 'more_than', gloss: 'exceeded', position: 'before' },
  { ar: 'تجاوز', qualifier: 'more_than', gloss: 'exceeded', position: 'before' },
  { ar: 'نحو', qualifier: 'about', gloss: 'about', position: 'before' },
  { ar: 'حوالي', qualifier: 'about', gloss: 'around', position: 'before' },
  { ar: 'حوالى', qualifier: 'about', gloss: 'around', position: 'before' },
  { ar: 'قرابة', qualifier: 'about', gloss: 'nearly', position: 'before' },
  { ar: 'زهاء', qualifier: 'about', gloss: 'some', position: 'before' },
  { ar: 'ما يقارب', qualifier: 'about', gloss: 'approximately', position: 'before' },
  { ar: 'يقارب', qualifier: 'about', gloss: 'approximately', position: 'before' },
  { ar: 'ما يقرب من', qualifier: 'about', gloss: 'close to', position: 'before' },
  { ar: 'تقريبا', qualifier: 'about', gloss: 'approximately', position: 'after' },
  { ar: 'ما يصل إلى', qualifier: 'up_to', gloss: 'up to', position: 'before' },
  { ar: 'يصل إلى', qualifier: 'up_to', gloss: 'up to', position: 'before' },
  { ar: 'أقل من', qualifier: 'up_to', gloss: 'fewer than', position: 'before' },
  { ar: 'ما دون', qualifier: 'up_to', gloss: 'under', position: 'before' },
];

/** Vague quantities: value null, with a documented floor (docs/extraction.md). */
export interface VagueQuantity { ar: string; floor: number; gloss: string; needsMin?: boolean }
export const VAGUE_QUANTITIES: readonly VagueQuantity[] = [
  { ar: 'عشرات', floor: 20, gloss: 'dozens (tens)' },
  { ar: 'مئات', floor: 200, gloss: 'hundreds' },
  { ar: 'العشرات', floor: 20, gloss: 'dozens (tens), definite' },
  { ar: 'المئات', floor: 200, gloss: 'hundreds, definite' },
  { ar: 'آلاف', floor: 2000, gloss: 'thousands' },
  { ar: 'العديد', floor: 2, gloss: 'many', needsMin: true },
  { ar: 'عدد', floor: 2, gloss: 'a number (of)', needsMin: true },
  { ar: 'بضعة', floor: 2, gloss: 'a few' },
  { ar: 'بضع', floor: 2, gloss: 'a few' },
  { ar: 'آخرين', floor: 1, gloss: 'others' },
  { ar: 'آخرون', floor: 1, gloss: 'others' },
  { ar: 'أخريات', floor: 1, gloss: 'others (f.)' },
  { ar: 'كثيرين', floor: 2, gloss: 'many' },
];
