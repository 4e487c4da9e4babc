// Negated casualty statements yield no figure: دون وقوع ضحايا، لم ترد أنباء عن إصابات.
// A casualty word within `reach` tokens after one of these cues is negated.
export interface NegationCue { ar: string; gloss: string; reach: number }

/** Exceptions that turn a negation into a figure: لم يسقط سوى 6 قتلى (only 6 killed). */
export const EXCEPTIONS: readonly { ar: string; gloss: string }[] = [
  { ar: 'سوى', gloss: 'except / only' }, { ar: 'إلا', gloss: 'except / only' }, { ar: 'غير', gloss: 'other than' },
];

export const NEGATIONS: readonly NegationCue[] = [
  { ar: 'دون', gloss: 'without', reach: 3 },
  { ar: 'بدون', gloss: 'without', reach: 3 },
  { ar: 'من دون', gloss: 'without', reach: 3 },
  { ar: 'لم', gloss: 'did not', reach: 5 },
  { ar: 'لا', gloss: 'no / not', reach: 2 },
  { ar: 'ليس', gloss: 'is not', reach: 3 },
  { ar: 'عدم', gloss: 'absence of', reach: 3 },
  { ar: 'خلوها', gloss: 'free of', reach: 3 },
  { ar: 'نفى', gloss: 'denied', reach: 4 },
  { ar: 'نفت', gloss: 'denied (f.)', reach: 4 },
  { ar: 'ينفي', gloss: 'denies', reach: 4 },
  { ar: 'خشية', gloss: 'for fear of (not an event)', reach: 4 },
  { ar: 'تجنبا', gloss: 'to avoid', reach: 4 },
  { ar: 'منعا', gloss: 'to prevent', reach: 4 },
];
