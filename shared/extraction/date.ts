// Event dates: date words in the text resolved against the publication date.
//   اليوم، أمس، أمس الأول → day offsets; السبت → the last Saturday on or before publication;
//   7 ديسمبر (كانون الأول) → that day in the publication year (or the year before, if later);
//   الثالث والعشرين من الشهر الحالي → day 23 of the publication month;
//   منذ بداية الشهر، خلال تسعة أشهر → a period toll with its span.
import type { EventDate } from './types.js';
import { MONTHS, ORDINAL_TENS, ORDINAL_UNITS, PERIODS, RELATIVE_DAYS, THIS_MONTH, WEEKDAYS } from './lexicon/dates.js';
import { norm } from './normalise.js';
import { readNumber } from './numbers.js';
import { PhraseIndex } from './phrases.js';
import { word, type Token } from './tokens.js';
import { within } from './spans.js';

export interface DateMention extends EventDate { first: number; next: number }

const REL = new PhraseIndex(RELATIVE_DAYS, (e) => e.ar);
const WEEK = new PhraseIndex(WEEKDAYS, (e) => e.ar);
const MONTH = new PhraseIndex(MONTHS, (e) => e.ar);
const PERIOD = new PhraseIndex(PERIODS, (e) => e.ar);
const THISM = new PhraseIndex(THIS_MONTH.map((ar) => ({ ar })), (e) => e.ar);
const ORD_U = new Map(ORDINAL_UNITS.map((o) => [norm(o.ar), o.value]));
const ORD_T = new Map(ORDINAL_TENS.map((o) => [norm(o.ar), o.value]));
const PERIOD_UNITS: Record<string, 'day' | 'week' | 'month' | 'year'> = {
  يوم: 'day', يوما: 'day', ايام: 'day', اسبوع: 'week', اسابيع: 'week', شهر: 'month', شهرا: 'month', اشهر: 'month', شهور: 'month',
  عام: 'year', عاما: 'year', اعوام: 'year', سنه: 'year', سنوات: 'year',
};

const iso = (d: Date) => d.toISOString().slice(0, 10);
function addDays(base: Date, n: number): Date { const d = new Date(base); d.setUTCDate(d.getUTCDate() + n); return d; }

/** Parses a publication date (ISO date or date-time) to a UTC midnight Date, or null. */
export function parsePublished(s: string | null | undefined): Date | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Finds every date expression in the tokens. */
export function findDates(tokens: Token[], published: Date | null): DateMention[] {
  const out: DateMention[] = [];
  if (!published) return out;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // periods first: "منذ بداية الشهر"
    const p = PERIOD.matchAt(tokens, i);
    if (p) {
      const from = p.entry.unit === 'month_start' ? new Date(Date.UTC(published.getUTCFullYear(), published.getUTCMonth(), 1))
        : p.entry.unit === 'last_month_start' ? new Date(Date.UTC(published.getUTCFullYear(), published.getUTCMonth() - 1, 1))
        : p.entry.unit === 'year_start' ? new Date(Date.UTC(published.getUTCFullYear(), 0, 1))
        : p.entry.unit === 'week' ? addDays(published, -7) : p.entry.unit === 'month' ? addDays(published, -30)
        : p.entry.unit === 'year' ? addDays(published, -365) : new Date(Date.UTC(2011, 2, 15));
      out.push({ date: null, precision: p.entry.unit === 'week' ? 'week' : 'month', period: { from: iso(from), to: iso(published) }, basis: p.entry.gloss, first: i, next: p.next });
      i = p.next - 1;
      continue;
    }
    // "خلال تسعة أشهر" / "خلال الأشهر التسعة الماضية"
    if (t.kind === 'word' && (t.text === 'خلال' || t.text === 'طيله' || t.text === 'طوال' || t.text === 'في')) {
      const n = readNumber(tokens, i + 1);
      const unitTok = n ? tokens[n.next] : undefined;
      const unit = unitTok ? PERIOD_UNITS[unitTok.text] : undefined;
      if (n && unit && unit !== 'day') {
        const days = unit === 'week' ? 7 * n.value : unit === 'month' ? 30 * n.value : 365 * n.value;
        out.push({ date: null, precision: unit === 'week' ? 'week' : 'month', period: { from: iso(addDays(published, -days)), to: iso(published) }, basis: `during ${n.value} ${unit}s`, first: i, next: n.next + 1 });
        i = n.next;
        continue;
      }
    }
    // "منذ مطلع عام 2024" / "منذ بداية 2023"
    if (word(t, 'منذ') && word(tokens[i + 1], 'مطلع', 'بدايه', 'بداية')) {
      let j = i + 2;
      if (word(tokens[j], 'عام', 'العام', 'سنه')) j++;
      const y = tokens[j];
      if (y && y.kind === 'number' && (y.value ?? 0) > 1990 && (y.value ?? 0) <= published.getUTCFullYear()) {
        out.push({ date: null, precision: 'month', period: { from: `${y.value}-01-01`, to: iso(published) }, basis: `since the start of ${y.value}`, first: i, next: j + 1 });
        i = j;
        continue;
      }
    }
    // "منذ عام 2011" / "منذ 2011" / "منذ آذار/مارس 2011": a period from then to publication
    if (word(t, 'منذ')) {
      let j = i + 1;
      let month = 1;
      if (word(tokens[j], 'عام', 'العام', 'سنه')) j++;
      const m1 = MONTH.matchAt(tokens, j, true);
      if (m1) {
        month = m1.entry.month;
        j = m1.next;
        if (tokens[j]?.text === '/') { const m2 = MONTH.matchAt(tokens, j + 1, true); if (m2) j = m2.next; }
      }
      const y = tokens[j];
      if (y && y.kind === 'number' && (y.value ?? 0) > 1990 && (y.value ?? 0) <= published.getUTCFullYear()) {
        const from = `${y.value}-${String(month).padStart(2, '0')}-01`;
        out.push({ date: null, precision: 'month', period: { from, to: iso(published) }, basis: `since ${from.slice(0, 7)}`, first: i, next: j + 1 });
        i = j;
        continue;
      }
    }
    // "خلال تشرين الأول الماضي"، "في شهر أيلول": a month's toll
    if (word(t, 'خلال', 'في', 'شهر', 'طوال')) {
      const j = word(tokens[i + 1], 'شهر') ? i + 2 : i + 1;
      const m = MONTH.matchAt(tokens, j, true);
      if (m && !(tokens[j - 1] && tokens[j - 1].kind === 'number')) {
        let year = published.getUTCFullYear();
        if (m.entry.month - 1 > published.getUTCMonth()) year--;
        const from = new Date(Date.UTC(year, m.entry.month - 1, 1));
        const to = new Date(Date.UTC(year, m.entry.month, 0));
        out.push({ date: null, precision: 'month', period: { from: iso(from), to: iso(to < published ? to : published) }, basis: `during ${m.entry.gloss}`, first: i, next: m.next });
        i = m.next - 1;
        continue;
      }
    }
    const r = REL.matchAt(tokens, i, true);
    if (r) {
      // "أمس الأول" is matched as one phrase; "اليوم" after a weekday is the same day
      out.push({ date: iso(addDays(published, r.entry.offset)), precision: 'day', period: null, basis: r.entry.gloss, first: i, next: r.next });
      i = r.next - 1;
      continue;
    }
    // "7 ديسمبر" / "3 كانون الثاني" (optionally with a year)
    const num = t.kind === 'number' ? t.value ?? null : null;
    if (num !== null && num >= 1 && num <= 31) {
      const m = MONTH.matchAt(tokens, i + 1, true);
      if (m) {
        let year = published.getUTCFullYear();
        const y = tokens[m.next];
        let next = m.next;
        if (y && y.kind === 'number' && (y.value ?? 0) > 1990 && (y.value ?? 0) < 2100) { year = y.value!; next++; }
        let d = new Date(Date.UTC(year, m.entry.month - 1, num));
        if (!(y && y.kind === 'number') && d > addDays(published, 1)) d = new Date(Date.UTC(year - 1, m.entry.month - 1, num));
        // "منذ 8 كانون الأول"، "منذ بدء التصعيد في 26 نيسان": a period from that day to publication
        const since = [1, 2, 3, 4, 5].some((b) => word(tokens[i - b], 'منذ') && !tokens.slice(i - b, i).some((t) => t.kind === 'punct'));
        if (since) out.push({ date: null, precision: 'month', period: { from: iso(d), to: iso(published) }, basis: `since ${num} ${m.entry.gloss}`, first: i - 1, next });
        else out.push({ date: iso(d), precision: 'day', period: null, basis: `${num} ${m.entry.gloss}`, first: i, next });
        i = next - 1;
        continue;
      }
    }
    // "الثالث والعشرين من الشهر الحالي"
    const u = t.kind === 'word' ? ORD_U.get(t.text) : undefined;
    if (u !== undefined) {
      let day = u;
      let j = i + 1;
      const tens = tokens[j] && ORD_T.get(tokens[j].text);
      if (tens) { day = tens === 10 ? u + 10 : u + tens; j++; }
      const tm = THISM.matchAt(tokens, j, true);
      if (tm && day >= 1 && day <= 31) {
        const d = new Date(Date.UTC(published.getUTCFullYear(), published.getUTCMonth(), day));
        out.push({ date: iso(d), precision: 'day', period: null, basis: `day ${day} of the publication month`, first: i, next: tm.next });
        i = tm.next - 1;
        continue;
      }
    }
    const w = WEEK.matchAt(tokens, i, true);
    if (w) {
      // a weekday names the most recent such day on or before publication
      const back = (published.getUTCDay() - w.entry.day + 7) % 7;
      out.push({ date: iso(addDays(published, -back)), precision: 'day', period: null, basis: w.entry.gloss, first: i, next: w.next });
      i = w.next - 1;
    }
  }
  return out;
}

/** The event date of a figure at token index `at` in sentence [first,last]. */
export function dateFor(dates: DateMention[], at: number, first: number, last: number, lead: DateMention | null, published: Date | null): EventDate {
  let best: DateMention | null = null;
  // a period phrase just after the figure is its period (مقتل 1721 مدنيا خلال تسعة أشهر);
  // a period further away belongs to another figure of the sentence (the running toll it opens)
  const dist = (d: DateMention) => (d.period && d.first > at && d.first - at <= 8 ? 0 : Math.abs(d.first - at));
  for (const d of within(dates, first, last)) {
    if (d.period && (d.first < at - 12 || d.first > at + 8)) continue;
    if (!best || dist(d) < dist(best)) best = d;
  }
  const pick = best ?? lead;
  if (pick) {
    const { date, precision, period, basis } = pick;
    return { date, precision, period, basis: best ? basis : `${basis} (article lead)` };
  }
  if (published) return { date: iso(published), precision: 'unknown', period: null, basis: 'publication date (no date in the text)' };
  return { date: null, precision: 'unknown', period: null, basis: 'no date in the text and no publication date' };
}
