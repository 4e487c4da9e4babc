// Date words: relative days, weekdays, Gregorian and Levantine month names, ordinal day
// numbers, and period phrases, each with its English gloss.
export const RELATIVE_DAYS: readonly { ar: string; offset: number; gloss: string }[] = [
  { ar: 'اليوم', offset: 0, gloss: 'today' },
  { ar: 'صباح اليوم', offset: 0, gloss: 'this morning' },
  { ar: 'فجر اليوم', offset: 0, gloss: 'at dawn today' },
  { ar: 'ظهر اليوم', offset: 0, gloss: 'at noon today' },
  { ar: 'مساء اليوم', offset: 0, gloss: 'this evening' },
  { ar: 'أمس', offset: -1, gloss: 'yesterday' },
  { ar: 'الأمس', offset: -1, gloss: 'yesterday' },
  { ar: 'البارحة', offset: -1, gloss: 'yesterday' },
  { ar: 'الليلة الماضية', offset: -1, gloss: 'last night' },
  { ar: 'أمس الأول', offset: -2, gloss: 'the day before yesterday' },
  { ar: 'أول أمس', offset: -2, gloss: 'the day before yesterday' },
  { ar: 'أول من أمس', offset: -2, gloss: 'the day before yesterday' },
];

/** Weekdays, JavaScript numbering (0 = Sunday). */
export const WEEKDAYS: readonly { ar: string; day: number; gloss: string }[] = [
  { ar: 'الأحد', day: 0, gloss: 'Sunday' }, { ar: 'الاثنين', day: 1, gloss: 'Monday' }, { ar: 'الإثنين', day: 1, gloss: 'Monday' },
  { ar: 'الثلاثاء', day: 2, gloss: 'Tuesday' }, { ar: 'الأربعاء', day: 3, gloss: 'Wednesday' }, { ar: 'الخميس', day: 4, gloss: 'Thursday' },
  { ar: 'الجمعة', day: 5, gloss: 'Friday' }, { ar: 'السبت', day: 6, gloss: 'Saturday' },
];

/** Month names: Gregorian transliterations and Levantine (Syriac) names; month 1–12. */
export const MONTHS: readonly { ar: string; month: number; gloss: string }[] = [
  { ar: 'يناير', month: 1, gloss: 'January' }, { ar: 'كانون الثاني', month: 1, gloss: 'January (Levantine)' },
  { ar: 'فبراير', month: 2, gloss: 'February' }, { ar: 'شباط', month: 2, gloss: 'February (Levantine)' },
  { ar: 'مارس', month: 3, gloss: 'March' }, { ar: 'آذار', month: 3, gloss: 'March (Levantine)' },
  { ar: 'أبريل', month: 4, gloss: 'April' }, { ar: 'إبريل', month: 4, gloss: 'April' }, { ar: 'نيسان', month: 4, gloss: 'April (Levantine)' },
  { ar: 'مايو', month: 5, gloss: 'May' }, { ar: 'أيار', month: 5, gloss: 'May (Levantine)' },
  { ar: 'يونيو', month: 6, gloss: 'June' }, { ar: 'يونيه', month: 6, gloss: 'June' }, { ar: 'حزيران', month: 6, gloss: 'June (Levantine)' },
  { ar: 'يوليو', month: 7, gloss: 'July' }, { ar: 'يوليه', month: 7, gloss: 'July' }, { ar: 'تموز', month: 7, gloss: 'July (Levantine)' },
  { ar: 'أغسطس', month: 8, gloss: 'August' }, { ar: 'آب', month: 8, gloss: 'August (Levantine)' },
  { ar: 'سبتمبر', month: 9, gloss: 'September' }, { ar: 'أيلول', month: 9, gloss: 'September (Levantine)' },
  { ar: 'أكتوبر', month: 10, gloss: 'October' }, { ar: 'تشرين الأول', month: 10, gloss: 'October (Levantine)' },
  { ar: 'نوفمبر', month: 11, gloss: 'November' }, { ar: 'تشرين الثاني', month: 11, gloss: 'November (Levantine)' },
  { ar: 'ديسمبر', month: 12, gloss: 'December' }, { ar: 'كانون الأول', month: 12, gloss: 'December (Levantine)' },
];

/** Ordinal day numbers as written in dates: الثالث والعشرين من الشهر الحالي. */
export const ORDINAL_UNITS: readonly { ar: string; value: number }[] = [
  { ar: 'الأول', value: 1 }, { ar: 'الحادي', value: 1 }, { ar: 'الثاني', value: 2 }, { ar: 'الثالث', value: 3 }, { ar: 'الرابع', value: 4 },
  { ar: 'الخامس', value: 5 }, { ar: 'السادس', value: 6 }, { ar: 'السابع', value: 7 }, { ar: 'الثامن', value: 8 },
  { ar: 'التاسع', value: 9 }, { ar: 'العاشر', value: 10 },
];
export const ORDINAL_TENS: readonly { ar: string; value: number }[] = [
  { ar: 'عشر', value: 10 }, { ar: 'والعشرين', value: 20 }, { ar: 'العشرين', value: 20 }, { ar: 'والعشرون', value: 20 },
  { ar: 'الثلاثين', value: 30 }, { ar: 'والثلاثين', value: 30 },
];

/** Words after an ordinal day that mean "of this month". */
export const THIS_MONTH: readonly string[] = ['من الشهر الحالي', 'من الشهر الجاري', 'من هذا الشهر', 'الشهر الحالي', 'الشهر الجاري'];

/** Period phrases: a toll over a span ending at publication. unit: how far back `count` reaches. */
export const PERIODS: readonly { ar: string; unit: 'month_start' | 'last_month_start' | 'year_start' | 'week' | 'month' | 'year' | 'day' | 'war'; gloss: string }[] = [
  { ar: 'منذ مطلع الشهر الماضي', unit: 'last_month_start', gloss: 'since the start of last month' },
  { ar: 'منذ بداية الشهر الماضي', unit: 'last_month_start', gloss: 'since the start of last month' },
  { ar: 'منذ بداية الشهر', unit: 'month_start', gloss: 'since the start of the month' },
  { ar: 'منذ مطلع الشهر', unit: 'month_start', gloss: 'since the start of the month' },
  { ar: 'منذ بداية الشهر الجاري', unit: 'month_start', gloss: 'since the start of this month' },
  { ar: 'منذ بداية العام', unit: 'year_start', gloss: 'since the start of the year' },
  { ar: 'منذ مطلع العام', unit: 'year_start', gloss: 'since the start of the year' },
  { ar: 'منذ بداية السنة', unit: 'year_start', gloss: 'since the start of the year' },
  { ar: 'خلال الأسبوع الماضي', unit: 'week', gloss: 'during the past week' },
  { ar: 'خلال الشهر الماضي', unit: 'month', gloss: 'during the past month' },
  { ar: 'خلال العام الماضي', unit: 'year', gloss: 'during the past year' },
  { ar: 'منذ بداية الحرب', unit: 'war', gloss: 'since the start of the war' },
  { ar: 'منذ اندلاع', unit: 'war', gloss: 'since the outbreak' },
  { ar: 'منذ عام 2011', unit: 'war', gloss: 'since 2011' },
];
