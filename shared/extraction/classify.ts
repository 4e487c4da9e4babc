// Finding casualty figures. A number is a casualty figure only when its clause says so:
//   a casualty noun counts it (343 قتيلا، خمسة جرحى),
//   or an event word governs it (مقتل 16 شخصا، قتلت الغارات 12 مدنيا، مقتل وجرح 6 جنود),
//   or a victim noun is followed by a casualty verb (22 مقاتلا قتلوا),
//   or it is coordinated with or breaks down a figure just read (61 مقاتلا … و38 عنصرا، بينهم 9 أطفال).
// Counted nouns of other things (غارة، قرية، سيارة، ساعة، عام …), dates, ages and unit
// numbers are not; negated statements (دون وقوع ضحايا) yield nothing.
import type { Category, Qualifier, VictimType } from './types.js';
import { CASUALTY_TERMS, NOT_CASUALTY_EVENTS, RELEASE_WORDS, RISE_VERBS, type CasualtyTerm } from './lexicon/casualty-terms.js';
import { GROUPS, type GroupName } from './lexicon/groups.js';
import { EXCEPTIONS, NEGATIONS } from './lexicon/negations.js';
import { NON_CASUALTY_BEFORE, NON_CASUALTY_NOUNS } from './lexicon/non-casualty-nouns.js';
import { QUALIFIERS, VAGUE_QUANTITIES, type QualifierPhrase, type VagueQuantity } from './lexicon/qualifiers.js';
import { VICTIM_NOUNS, type VictimNoun } from './lexicon/victims.js';
import { MONTHS } from './lexicon/dates.js';
import { isDefinite, lookup, table } from './lexicon/clitics.js';
import { norm } from './normalise.js';
import { readNumber } from './numbers.js';
import { PhraseIndex } from './phrases.js';
import { isClauseEnd, isSentenceEnd, word, type Token } from './tokens.js';

export interface Figure {
  category: Category;
  value: number | null;
  qualifier: Qualifier;
  /** Vague floor or bounds implied by the qualifier. */
  low: number;
  high: number | null;
  /** Token range of the evidence [first, next). */
  first: number;
  next: number;
  /** Token index of the number (or quantity word). */
  at: number;
  victim: VictimType;
  groups: string[];
  cumulative: boolean;
  /** Index (in the figures list) of the figure this one breaks down. */
  partOf: number | null;
  /** "آخرين": explicitly other victims than a figure already told. */
  others: boolean;
  how: string;
}

const CAS = table(CASUALTY_TERMS);
const VICTIMS = table(VICTIM_NOUNS);
const UNITS = table(NON_CASUALTY_NOUNS);
const BEFORE_NON = new Set(NON_CASUALTY_BEFORE.map((n) => norm(n.ar)));
const NOT_EVENTS = table(NOT_CASUALTY_EVENTS);
const RISE = new Set(RISE_VERBS.map((r) => norm(r.ar)));
const RELEASE = table(RELEASE_WORDS);
const VAGUE = table(VAGUE_QUANTITIES);
const QUAL_BEFORE = new PhraseIndex(QUALIFIERS.filter((q) => q.position === 'before'), (q) => q.ar);
const QUAL_AFTER = new PhraseIndex(QUALIFIERS.filter((q) => q.position === 'after'), (q) => q.ar);
const NEG = new PhraseIndex(NEGATIONS, (n) => n.ar);
const GROUP_INDEX = new PhraseIndex<GroupName>(GROUPS, (g) => g.ar);
const MONTH_INDEX = new PhraseIndex(MONTHS, (m) => m.ar);
const TOLL_NOUNS = new Set(['عدد', 'حصيله', 'اعداد', 'الحصيله', 'العدد', 'حصيلتها', 'حصيلته']);
const BREAKDOWN = new Set(['بينهم', 'منهم', 'بينهن', 'منهن', 'بينها', 'منها', 'وبينهم', 'ومنهم', 'هم', 'وهم', 'بينهما', 'منهما']);
// Words that may stand between an event word and its number: أسفر عن مقتل 5، أودى بحياة 12
const BRIDGE = new Set(['بحق', 'ميدانيا', 'عن', 'ب', 'الي', 'علي', 'حياه', 'بحياه', 'ارواح', 'مصرع', 'نحو', 'فيها', 'فيه', 'خلالها', 'خلاله', 'جراءها', 'جراءه', 'اثرها', 'باثرها', 'بنتيجتها', 'منها', 'به', 'بها', 'اليوم', 'امس', 'جثث', 'جثامين', 'جراء', 'ذلك', 'علي اثرها']);
/** A rise verb or noun, with attached و/ف/ل/ب: ارتفع، وارتفعت، ليرتفع، بارتفاع. */
const isRise = (w: string) => RISE.has(w) || RISE.has(w.replace(/^(و|ف)?(ل|ب)?/, '')) || RISE.has(w.replace(/^(و|ف)/, ''));
const EXCEPT = new Set(EXCEPTIONS.map((e) => norm(e.ar)));
const OTHERS = ['اخرين', 'اخرون', 'اخري', 'اخريات', 'اخران', 'اخرين'];
// Definite singulars that name one person after an event word (مقتل القيادي فلان، استشهاد الطفل فلان).
const listedDefinite = /^(القيادي|القائد|الناشط|الصحفي|الطفل|الطفله|الشاب|الشابه|الطبيب|المسعف|الضابط|الشيخ|الامام|المصور|الاعلامي)$/;
const OBITUARY = /^(و|ف)?(نعت|نعي|نعوا|نعته|شيع|شيعت|شيعوا|ودعت|ودع)$/;
const CLAUSE_OPENERS = ['حيث', 'الذي', 'التي', 'الذين', 'اللذين', 'فيما', 'بينما', 'لكن', 'حين', 'عندما', 'بعدما', 'قبل', 'بعد'];
// Arrests before a figure: "القبض على 7 أشخاص"، "توقيف 3 مطلوبين"
const ARREST_BEFORE = new Set(['القبض', 'اعتقال', 'واعتقال', 'توقيف', 'احتجاز', 'ضبط']);
const TIME_WORDS = new Set(['يوم', 'اليوم', 'امس', 'صباح', 'مساء', 'فجر', 'ليل', 'ظهر', 'السبت', 'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'الماضي', 'الفائت']);
const PRONOUN_REF = new Set(['منهم', 'منهن', 'منها']);

function term(t: Token | undefined): CasualtyTerm | undefined {
  return t && t.kind === 'word' ? lookup(CAS, t.text, t.facts) : undefined;
}
function victimNoun(t: Token | undefined): VictimNoun | undefined {
  return t && t.kind === 'word' ? lookup(VICTIMS, t.text, t.facts) : undefined;
}
function isUnit(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && lookup(UNITS, t.text, t.facts) !== undefined && victimNoun(t) === undefined && term(t) === undefined;
}

function boundsOf(value: number, q: Qualifier): { low: number; high: number | null } {
  switch (q) {
    case 'at_least': return { low: value, high: null };
    case 'more_than': return { low: value + 1, high: null };
    case 'about': return { low: Math.floor(value * 0.9), high: Math.ceil(value * 1.1) };
    case 'up_to': return { low: Math.min(1, value), high: value };
    default: return { low: value, high: value };
  }
}

export class FigureFinder {
  private readonly qualEndsAt = new Map<number, { q: QualifierPhrase; first: number }>();
  /** Negation cues by the token index just after them. */
  private readonly negEndsAt = new Map<number, number>();
  private readonly figureAt = new Set<number>();
  private readonly groupsAt = new Map<number, { g: GroupName; next: number }>();
  readonly figures: Figure[] = [];

  constructor(private readonly tokens: Token[]) {
    for (const h of QUAL_BEFORE.scan(tokens)) this.qualEndsAt.set(h.next, { q: h.entry, first: h.first });
    for (const h of NEG.scan(tokens)) this.negEndsAt.set(h.next, Math.max(this.negEndsAt.get(h.next) ?? 0, h.entry.reach));
    for (const h of GROUP_INDEX.scan(tokens)) this.groupsAt.set(h.first, { g: h.entry, next: h.next });
  }

  run(): Figure[] {
    const tk = this.tokens;
    for (let i = 0; i < tk.length; i++) {
      const t = tk[i];
      if (t.kind === 'number' || t.kind === 'word') {
        const n = readNumber(tk, i);
        if (n) {
          const f = this.numeric(i, n.next, n.value, n.conj);
          if (f) { this.figures.push(f); this.figureAt.add(f.at); i = Math.max(i, n.next - 1, f.next - 1); continue; }
          i = n.next - 1;
          continue;
        }
        if (t.kind === 'word') {
          const f = this.vague(i) ?? this.dual(i) ?? this.lone(i) ?? this.definiteAfterNoun(i);
          if (f) { this.figures.push(f); this.figureAt.add(f.at); i = f.next - 1; }
        }
      }
    }
    return this.figures;
  }

  private sameClauseBack(from: number, steps: number): number {
    // the earliest index reachable going back `steps` word tokens without crossing a clause end
    let k = from;
    let n = 0;
    while (k - 1 >= 0 && n < steps) {
      const p = this.tokens[k - 1];
      if (isClauseEnd(p) && !(p.text === '-' )) break;
      k--;
      n++;
    }
    return k;
  }

  private negated(at: number): boolean {
    // cues reach at most a few tokens: look only there
    for (let next = at; next >= Math.max(0, at - 6); next--) {
      const reach = this.negEndsAt.get(next);
      if (reach === undefined || at - next >= reach) continue;
      // a sentence end or an exception (سوى، إلا) between the cue and the word breaks the negation
      let broken = false;
      for (let k = next; k < at; k++) if (isSentenceEnd(this.tokens[k]) || EXCEPT.has(this.tokens[k].text)) { broken = true; break; }
      if (!broken) return true;
    }
    return false;
  }

  /** The event word governing a number that starts at `start` (after any qualifier). */
  /**
   * The casualty word governing a number that starts at `start` (after any qualifier).
   * `people`: whether the counted noun names people or casualties (weak events need it).
   */
  private triggerBefore(start: number, people = true): { cat: Category; at: number; cumulative: boolean; victim?: VictimType } | null {
    const tk = this.tokens;
    // a toll may name its places and period between the toll noun and its number:
    // ارتفع عدد القتلى في درعا والسويداء منذ الصباح إلى 327
    let free = word(tk[start - 1], 'الي') ? 20 : 10;
    let usedFree = 0;
    let rise = false;
    for (let k = start - 1, steps = 0; k >= 0 && steps < 30; k--, steps++) {
      const t = tk[k];
      if (isClauseEnd(t)) {
        // a time between commas does not break the clause: "قتلت، يوم السبت، رجلين"
        const skip = this.timeAside(k);
        if (skip === null) return null;
        k = skip;
        continue;
      }
      const c = term(t);
      // "عدد الذين قضوا … إلى 12": a toll whose noun is a relative clause
      if (c && c.post && word(tk[k - 1], 'الذين', 'ممن') && word(tk[k - 2], ...TOLL_NOUNS)) {
        const before = [k - 3, k - 4].some((j) => j >= 0 && tk[j].kind === 'word' && isRise(tk[j].text));
        return { cat: c.category, at: k - 2, cumulative: rise || before };
      }
      // verb–subject–object: قتلت الغارات 5 مدنيين، اختطف مسلحون 5 مدنيين
      const verb = c && c.role === 'event' && (c.post || /^(و|ف)?(قتل|جرح|اسر|خطف|اعدم|ذبح|نحر)$/.test(t.text));
      // "أودت المعارك خلال 48 ساعة بحياة 63 مقاتلا": the idiom reaches past its subject and a duration
      const idiom = word(tk[start - 1], 'بحياه', 'ارواح');
      if (c && c.role === 'event' && (usedFree === 0 || (verb && usedFree <= (idiom ? 6 : 2) && people))) {
        if (c.weak && !people) return null;
        // مقتل وجرح 4: two events joined by و make one combined figure
        const prev = term(tk[k - 1]);
        if (prev && prev.role === 'event' && !prev.post && prev.category !== c.category && t.text.startsWith('و')) return { cat: 'killed_or_injured', at: k - 1, cumulative: rise };
        // قتلت أو أصابت، مقتل أو إصابة: one figure for either
        if (word(tk[k - 1], 'او')) {
          for (let j = k - 2; j >= Math.max(0, k - 4); j--) {
            const alt = term(tk[j]);
            if (alt && alt.role === 'event' && alt.category !== c.category) return { cat: 'killed_or_injured', at: j, cumulative: rise };
            if (isClauseEnd(tk[j])) break;
          }
        }
        return { cat: c.category, at: k, cumulative: rise };
      }
      if (c && c.role === 'noun' && !c.value && (word(tk[k - 1], ...TOLL_NOUNS) || word(tk[k - 2], ...TOLL_NOUNS))) {
        // a toll: (ارتفع) عدد القتلى …، حصيلة ضحايا …
        const tollAt = word(tk[k - 1], ...TOLL_NOUNS) ? k - 1 : k - 2;
        const before = [tollAt - 1, tollAt - 2].some((j) => j >= 0 && tk[j].kind === 'word' && isRise(tk[j].text));
        const pair = term(tk[k + 1]);
        const cat: Category = pair && pair.category !== c.category && tk[k + 1].text.startsWith('و') ? 'killed_or_injured' : c.category;
        // the toll's own victims: عدد الضحايا المدنيين
        const tv = victimNoun(tk[k + 1]);
        return { cat, at: tollAt, cumulative: rise || before, victim: tv && tv.victim !== 'unknown' ? tv.victim : undefined };
      }
      // "ضحايا المجزرة البالغ عددهم 17 شخصا": the number of the casualties named just before
      if (k === start - 1 && word(t, 'عددهم', 'عددها', 'تعدادهم', 'عددهن')) {
        for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
          if (isClauseEnd(tk[j])) break;
          const n = term(tk[j]);
          if (n && n.role === 'noun' && !n.value) return { cat: n.category, at: j, cumulative: false };
        }
      }
      // "ارتفعت الحصيلة إلى 45": a toll with no noun is a death toll
      if (word(t, 'الحصيله', 'حصيله') && (rise || isRise(tk[k - 1]?.text ?? '')) && !term(tk[k + 1])) {
        return { cat: 'killed', at: k, cumulative: true };
      }
      // جثث 12 شخصا: a casualty noun right before its number
      if (c && c.role === 'noun' && !c.value && k === start - 1 && !isDefinite(t.text) && people) return { cat: c.category, at: k, cumulative: false };
      if (t.kind === 'punct' && (t.text === '"' || t.text === "'" || t.text === '/')) continue;
      // a year or a duration inside the reach: منذ آذار/مارس 2011 إلى …، خلال 48 ساعة بحياة …
      if (t.kind === 'number' && (((t.value ?? 0) >= 1900 && (t.value ?? 0) <= 2100) || isUnit(tk[k + 1])) && free > 0) { free--; usedFree++; continue; }
      if (t.kind !== 'word') return null;
      if (isRise(t.text)) { rise = true; continue; }
      if (BRIDGE.has(t.text) || t.text === 'و') continue;
      if (free > 0) { free--; usedFree++; continue; }
      return null;
    }
    return null;
  }

  private victimAfter(from: number): { victim: VictimType; groups: string[]; next: number } {
    const tk = this.tokens;
    let victim: VictimType = 'unknown';
    const groups: string[] = [];
    let next = from;
    for (let k = from; k < Math.min(tk.length, from + 3); k++) {
      const v = victimNoun(tk[k]);
      if (!v) break;
      if (victim === 'unknown' || v.victim === 'civilian') victim = v.victim === 'unknown' ? victim : v.victim;
      if (v.group && !groups.includes(v.group)) groups.push(v.group);
      next = k + 1;
    }
    // "من قوات النظام" / "من هيئة تحرير الشام" / "في صفوف المدنيين"
    let k = next;
    if (word(tk[k], 'من', 'في') || word(tk[k], 'بين')) k++;
    if (word(tk[k], 'صفوف')) k++;
    if (word(tk[k], 'عناصر', 'مقاتلي', 'جنود', 'مسلحي')) { if (victim === 'unknown') victim = 'combatant'; k++; }
    const g = this.groupsAt.get(k);
    if (g && k - next <= 3) {
      if (!groups.includes(g.g.key)) groups.push(g.g.key);
      if (g.g.civilian) victim = 'civilian';
      else if (victim === 'unknown') victim = 'combatant';
      next = g.next;
    } else {
      const v = victimNoun(tk[k]);
      if (v && k - next <= 3 && k !== next && v.victim !== 'unknown' && victim === 'unknown') { victim = v.victim; next = k + 1; }
    }
    return { victim, groups, next };
  }

  private lastFigureInSentence(at: number): number | null {
    for (let f = this.figures.length - 1; f >= 0; f--) {
      const fig = this.figures[f];
      let crossed = false;
      for (let k = fig.next; k < at; k++) if (isSentenceEnd(this.tokens[k])) { crossed = true; break; }
      return crossed ? null : f;
    }
    return null;
  }

  private numeric(i: number, next: number, value: number, conj: boolean): Figure | null {
    const tk = this.tokens;
    const counted = tk[next];
    const before = tk[i - 1];
    // dates, years, hours, ages, unit numbers, percentages
    // "عام 2016" is a year, but "منذ مطلع العام 143 قتيلا" is a figure after a year word
    const yearWord = before && before.kind === 'word' && /^(عام|العام|سنه|لعام)$/.test(before.text);
    if (before && before.kind === 'word' && BEFORE_NON.has(before.text) && (!yearWord || (value >= 1900 && value <= 2100))) return null;
    if ([i - 1, i - 2].some((j) => j >= 0 && tk[j].kind === 'word' && ARREST_BEFORE.has(tk[j].text))) return null;
    if (counted && counted.kind === 'punct' && counted.text === '%') return null;
    if (word(counted, 'في', 'بال') && word(tk[next + 1], 'المئه', 'المائه')) return null;
    if (MONTH_INDEX.matchAt(tk, next, true)) return null;
    if (isUnit(counted)) return null;
    if (counted && counted.kind === 'word' && lookup(NOT_EVENTS, counted.text, counted.facts)) return null;
    if (word(counted, 'بين') && term(tk[next + 1])?.role === 'noun') {
      // 20 بين قتيل وجريح
      const a = term(tk[next + 1])!;
      const b = term(tk[next + 2]);
      const cat: Category = b && b.role === 'noun' && a.category !== b.category ? 'killed_or_injured' : a.category;
      const trig = this.triggerBefore(this.qualStart(i));
      if (this.negated(trig?.at ?? i)) return null;
      return this.make(cat, value, i, next + (b ? 3 : 2), trig?.at ?? i, false, null, 'number, then "between dead and wounded"');
    }

    let qStart = this.qualStart(i);
    // "43 حالة اختناق"، "5 حالات وفاة": cases of injury or death
    if (word(counted, 'حاله', 'حالات')) {
      const kind = tk[next + 1]?.text ?? '';
      const cat: Category | null = /^(اختناق|اصابه|جروح|تسمم)$/.test(kind) ? 'injured' : /^(وفاه|قتل)$/.test(kind) ? 'killed' : /^(اختفاء|فقدان)$/.test(kind) ? 'missing' : /^(خطف|اختطاف)$/.test(kind) ? 'captured' : null;
      if (!cat || this.negated(qStart)) return null;
      return this.make(cat, value, i, next + 2, qStart, false, null, `"${counted.text} ${kind}": cases`);
    }
    // SOHR's order: "ارتفع إلى 23 عدد القتلى"، "ارتفع إلى 12 عدد الذين قضوا"
    if (word(counted, 'عدد', 'تعداد', 'حصيله')) {
      const n1 = term(tk[next + 1]);
      // "عدد الذين قضوا"، "تعداد المدنيين الذين قضوا"
      const rel = [next + 1, next + 2].find((j) => word(tk[j], 'الذين', 'اللذين', 'ممن'));
      const n2 = rel !== undefined ? term(tk[rel + 1]) : undefined;
      const c = n1 && n1.role === 'noun' && !n1.value ? n1 : n2 && n2.post ? n2 : undefined;
      if (c) {
        if (this.negated(qStart)) return null;
        const end = n1 === c ? next + 2 : rel! + 2;
        const f = this.make(c.category, value, i, end, qStart, this.riseBefore(qStart) || word(tk[qStart - 1], 'الي'), null, `toll "${counted.text} ${tk[next + 1].text}" after its number`);
        const tv = victimNoun(tk[n1 === c ? next + 2 : next + 1]);
        if (f.victim === 'unknown' && tv) f.victim = tv.victim;
        return f;
      }
    }
    // "2357 إصابة"، "12 وفاة": the verbal noun itself counted
    const masdar = word(counted, 'اصابه', 'اصابات', 'وفاه', 'وفيات', 'حالات', 'جريحا') ? term(counted) : undefined;
    const noun = masdar ? { ...masdar, role: 'noun' as const, value: undefined } : term(counted);
    if (noun && noun.role === 'noun' && !noun.value) {
      // captives freed or exchanged, the missing found: not casualties
      const undo = [qStart - 1, qStart - 2].some((j) => j >= 0 && tk[j].kind === 'word' && lookup(RELEASE, tk[j].text, tk[j].facts));
      if (undo && (noun.category === 'captured' || noun.category === 'missing')) return null;
      const trig = this.triggerBefore(qStart);
      if (this.negated(trig?.at ?? qStart)) return null;
      // 5 قتلى وجرحى → combined
      const pair = term(tk[next + 1]);
      const cat: Category = pair && pair.role === 'noun' && pair.category !== noun.category && tk[next + 1].text.startsWith('و') ? 'killed_or_injured' : noun.category;
      // a toll: ارتفع إلى 27 قتيلا، بلغت 17 قتيلا، 11 قتيلا حصيلة تفجير
      const rising = this.riseBefore(qStart);
      const tollAfter = word(tk[next + (cat !== noun.category ? 2 : 1)], 'حصيله');
      // "إلى 5 قتلى و11 جريحا": the second figure of a running toll is a running toll too
      const head = this.lastFigureInSentence(i);
      const withPrev = (conj || word(tk[qStart - 1], 'و')) && head !== null && qStart - this.figures[head].next <= 1 && this.figures[head].cumulative;
      const f = this.make(cat, value, i, next + (cat !== noun.category ? 2 : 1), Math.min(trig?.at ?? qStart, qStart), (trig?.cumulative ?? false) || rising || tollAfter || withPrev, null, `number counted by the casualty noun "${counted.text}"`);
      if (f.victim === 'unknown' && trig?.victim) f.victim = trig.victim;
      if (f.victim === 'unknown' && withPrev) f.victim = this.figures[head!].victim;
      return f;
    }
    if (value >= 1900 && value <= 2100 && !victimNoun(counted)) return null;

    // breakdown of the figure just read: بينهم 11 طالبة
    const head = this.lastFigureInSentence(i);
    const root = this.breakdownHead(qStart);
    if (root !== null) {
      return this.make(this.figures[root].category, value, i, next, qStart - 1, false, root, `breakdown of the figure before ("${tk[qStart - 1].text}")`);
    }
    // a number word after its noun: قتلت مهاجمين اثنين
    let countedEnd = next;
    const nounBefore = victimNoun(before);
    if (nounBefore && i === qStart && tk[i].kind === 'word' && value <= 10) { qStart = i - 1; countedEnd = next; }
    const people = !!(victimNoun(counted) || nounBefore || word(counted, 'من', 'منهم', ...OTHERS) || !counted || counted.kind !== 'word');
    const trig = this.triggerBefore(qStart, people);
    if (trig) {
      if (this.negated(trig.at)) return null;
      const f = this.make(trig.cat, value, i, countedEnd, trig.at, trig.cumulative, null, `number governed by the casualty word "${tk[trig.at].text}"`);
      if (f.victim === 'unknown' && trig.victim) f.victim = trig.victim;
      return f;
    }
    // coordination with the figure just read: 61 مقاتلا من تنظيم الدولة و38 عنصرا من قسد
    const coordinated = conj || word(tk[qStart - 1], 'و');
    // a list by place: "41 شهيدا في دمشق، و27 في حمص، و18 في حلب"
    const byPlace = word(counted, 'في', 'ب') && head !== null && i - this.figures[head].next <= 6;
    const inList = head !== null && (this.figures[head].partOf !== null || byPlace) && i - this.figures[head].next <= 8;
    if (coordinated && head !== null && i - this.figures[head].next <= 7 && (victimNoun(counted) || word(counted, 'من', 'منهم', ...OTHERS) || inList)) {
      const h = this.figures[head];
      return this.make(h.category, value, i, next, qStart, false, h.partOf, `coordinated with the figure before`);
    }
    // "3 من الشهداء قضوا تحت التعذيب": a part of the figure already told
    const ofThe = word(counted, 'من') ? term(tk[next + 1]) : undefined;
    if (ofThe && ofThe.role === 'noun' && !ofThe.value && isDefinite(tk[next + 1].text)) {
      let root: number | null = null;
      // the largest figure of that category told so far: "the martyrs" are all of them
      for (let f = 0; f < this.figures.length; f++) {
        const g = this.figures[f];
        if (g.category === ofThe.category && g.value !== null && g.partOf === null && (root === null || g.value > (this.figures[root].value ?? 0))) root = f;
      }
      if (root !== null && !this.negated(qStart)) return this.make(ofThe.category, value, i, next + 2, qStart, false, root, `part of the ${tk[next + 1].text} already counted`);
    }
    // people followed by a casualty verb or state: 22 مقاتلا قتلوا، 20 شخصا ما زالوا مفقودين
    const v = victimNoun(counted);
    if (v || word(counted, 'منهم', 'من')) {
      const lim = Math.min(tk.length, next + 10);
      for (let k = next + 1; k < lim; k++) {
        const t = tk[k];
        if (isSentenceEnd(t) || t.kind === 'number') break;
        if (readNumber(tk, k)) break;
        // a new clause about something else: "… في المخيم، حيث توفي 3 أطفال"، "التفجير الذي أودى بحياة 12"
        if (word(t, ...CLAUSE_OPENERS)) break;
        const c = word(t, 'الاسر') && word(tk[k - 1], 'في') ? { category: 'captured' as Category, post: true, role: 'noun' as const } : term(t);
        if (c && c.post) {
          if (this.negated(k)) return null;
          // the verb of the next figure, not of this one: "… توفي 3 أطفال"
          if (readNumber(tk, k + 1) || (victimNoun(tk[k + 1]) && !word(tk[k + 1], ...OTHERS))) break;
          const f = this.make(c.category, value, i, next, qStart, false, null, `people followed by the casualty word "${t.text}"`);
          f.next = Math.max(f.next, k + 1);
          return f;
        }
        if (c && c.role === 'event' && !c.post && k === next + 1) break;
      }
    }
    return null;
  }

  /**
   * If the comma at `k` closes a short time phrase opened by another comma (، يوم السبت،),
   * the index of the opening comma; else null.
   */
  private timeAside(k: number): number | null {
    const tk = this.tokens;
    if (tk[k].text !== ',') return null;
    for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
      if (tk[j].text === ',') {
        const inner = tk.slice(j + 1, k);
        return inner.length > 0 && inner.every((t) => t.kind === 'word' || t.kind === 'number') && inner.some((t) => TIME_WORDS.has(t.text)) ? j : null;
      }
      if (isClauseEnd(tk[j])) return null;
    }
    return null;
  }

  /** A rise verb (ارتفع، بلغت …) earlier in the clause makes a figure a running toll. */
  private riseBefore(start: number): boolean {
    const tk = this.tokens;
    for (let k = start - 1, n = 0; k >= 0 && n < 24; k--, n++) {
      const t = tk[k];
      if (isClauseEnd(t) && t.text !== '/') return false;
      if (t.kind === 'word' && isRise(t.text)) return true;
      if (this.figureAt.has(k)) return false;
    }
    return false;
  }

  private qualStart(i: number): number {
    const q = this.qualEndsAt.get(i);
    return q ? q.first : i;
  }

  private make(cat: Category, value: number | null, at: number, countedEnd: number, first: number, cumulative: boolean, partOf: number | null, how: string, floor = 0): Figure {
    const tk = this.tokens;
    const q = this.qualEndsAt.get(at);
    let qualifier: Qualifier = value === null ? 'vague' : q ? q.q.qualifier : 'exact';
    let { victim, groups, next } = this.victimAfter(countedEnd);
    // the counted noun itself may name the victims (11 طالبة، 30 عنصرا)
    const own = victimNoun(tk[countedEnd - 1]);
    if (own && victim === 'unknown') victim = own.victim;
    if (victim === 'unknown' && word(tk[countedEnd], ...PRONOUN_REF)) {
      const head = this.lastFigureInSentence(at) ?? (this.figures.length ? this.figures.length - 1 : null);
      if (head !== null) { victim = this.figures[head].victim; groups = [...this.figures[head].groups]; }
      next = Math.max(next, countedEnd + 1);
    }
    if (partOf !== null && victim === 'unknown') victim = this.figures[partOf].victim;
    // a number word after its noun: عسكريين اثنين
    const nounBefore = victimNoun(tk[at - 1]);
    if (victim === 'unknown' && nounBefore && tk[at].kind === 'word') victim = nounBefore.victim;
    // "وأصيب 17 آخرون": the others are of the same kind as the figure before
    if (victim === 'unknown' && (word(tk[countedEnd], ...OTHERS) || word(tk[countedEnd - 1], ...OTHERS)) && this.figures.length) {
      victim = this.figures[this.figures.length - 1].victim;
    }
    const after = QUAL_AFTER.matchAt(tk, next, true) ?? QUAL_AFTER.matchAt(tk, countedEnd, true);
    if (after && value !== null && qualifier === 'exact') { qualifier = after.entry.qualifier; next = Math.max(next, after.next); }
    const others = word(tk[countedEnd], ...OTHERS) || word(tk[countedEnd - 1], ...OTHERS);
    if (word(tk[countedEnd], ...OTHERS)) next = Math.max(next, countedEnd + 1);
    const bounds = value === null ? { low: floor, high: null } : boundsOf(value, qualifier);
    return { category: cat, value, qualifier, ...bounds, first: Math.min(first, q?.first ?? at), next: Math.max(next, countedEnd), at, victim, groups, cumulative, partOf, others, how };
  }

  /** Vague quantities: عشرات الضحايا، قتلت عشرات المسلحين، مقتل عدد من مقاتليها، وجرح آخرين. */
  private vague(i: number): Figure | null {
    const tk = this.tokens;
    const vq: VagueQuantity | undefined = lookup(VAGUE, tk[i].text, tk[i].facts);
    if (!vq) return null;
    const nx = tk[i + 1];
    // "عدد القتلى" is a toll noun, not a quantity
    if (vq.ar === 'عدد' && term(nx)?.role === 'noun') return null;
    let countedAt = i + 1;
    if (vq.needsMin) {
      if (word(nx, 'من')) countedAt = i + 2;
      else if (word(nx, 'اخر', 'اخرين', 'كبير')) countedAt = i + 2;
      else return null;
    }
    const counted = tk[countedAt];
    if (isUnit(counted)) return null;
    const noun = term(counted);
    if (noun && noun.role === 'noun' && vq.ar !== 'آخرين') {
      if (this.negated(i)) return null;
      // عشرات القتلى والجرحى: one vague figure for both
      const pair = term(tk[countedAt + 1]);
      const both = pair && pair.role === 'noun' && pair.category !== noun.category && tk[countedAt + 1].text.startsWith('و');
      return this.make(both ? 'killed_or_injured' : noun.category, null, i, countedAt + (both ? 2 : 1), i, false, null, `vague quantity "${tk[i].text}" of casualties`, vq.floor);
    }
    const trig = tk[i - 1] && isClauseEnd(tk[i - 1]) ? null : this.triggerBefore(i);
    if (!trig || i - trig.at > 2) return null;
    if (this.negated(trig.at)) return null;
    const isOthers = vq.ar === 'آخرين' || vq.ar === 'آخرون' || vq.ar === 'أخريات';
    if (!isOthers && !victimNoun(counted) && !word(counted, 'من', 'منهم') && counted && counted.kind === 'word') return null;
    return this.make(trig.cat, null, i, isOthers ? i + 1 : countedAt + (victimNoun(counted) ? 1 : 0), trig.at, false, null, `vague quantity "${tk[i].text}" after "${tk[trig.at].text}"`, vq.floor);
  }

  /** A breakdown marker (بينهم، منهم، هم) right before token `at`, with the figure it breaks down. */
  private breakdownHead(at: number): number | null {
    const head = this.lastFigureInSentence(at);
    const bd = this.tokens[at - 1];
    if (head === null || !bd || !BREAKDOWN.has(bd.text)) return null;
    return this.figures[head].partOf ?? head;
  }

  /** Dual nouns: قتيلان، جريحين; an event with a dual victim noun: مقتل شخصين; a dual in a list: بينهم ثلاث نساء وطفلان، وعنصران. */
  private dual(i: number): Figure | null {
    const f = this.dualFigure(i);
    // "عنصرين اثنين": the number word repeats the dual, it is not a second figure
    if (f && word(this.tokens[f.next], 'اثنين', 'اثنان', 'اثنتين', 'اثنتان')) f.next++;
    return f;
  }

  private dualFigure(i: number): Figure | null {
    const tk = this.tokens;
    const c = term(tk[i]);
    const v = victimNoun(tk[i]);
    const isDualNoun = c && c.role === 'noun' && c.value === 2;
    const isDualVictim = v && v.value === 2;
    if (!isDualNoun && !isDualVictim) return null;
    const root = this.breakdownHead(i);
    if (root !== null) return this.make(this.figures[root].category, 2, i, i + 1, i - 1, false, root, `dual "${tk[i].text}" in a breakdown`);
    const trig = this.triggerBefore(i);
    if (trig && (isDualNoun || i - trig.at <= 8)) {
      if (this.negated(trig.at)) return null;
      return this.make(isDualNoun ? c!.category : trig.cat, 2, i, i + 1, trig.at, false, null, `dual "${tk[i].text}"`);
    }
    // coordinated with the figure just read: … بينهم ثلاث نساء وطفلان، وعنصران من الأمن
    const head = this.lastFigureInSentence(i);
    if (tk[i].text.startsWith('و') && head !== null && i - this.figures[head].next <= 3) {
      let comma = false;
      for (let k = this.figures[head].next; k < i; k++) if (isClauseEnd(tk[k])) comma = true;
      const h = this.figures[head];
      return this.make(isDualNoun ? c!.category : h.category, 2, i, i + 1, i, false, comma ? null : h.partOf, `dual "${tk[i].text}" coordinated with the figure before`);
    }
    if (isDualNoun) {
      if (this.negated(i)) return null;
      return this.make(c!.category, 2, i, i + 1, i, false, null, `dual casualty noun "${tk[i].text}"`);
    }
    return null;
  }

  /**
   * A definite number after its definite noun: «المصابين الـ14»، «قُتل المهاجمون الثلاثة».
   * The noun must be a casualty noun, or a people noun governed by a casualty word.
   */
  private definiteAfterNoun(i: number): Figure | null {
    const tk = this.tokens;
    const t = tk[i];
    let value: number | null = null;
    let next = i + 1;
    if (t.text === 'ال' && tk[i + 1]?.kind === 'number' && tk[i + 1].start === t.end) { value = tk[i + 1].value ?? null; next = i + 2; }
    else if (t.text.startsWith('ال') && t.text.length > 4) {
      const n = readNumber([{ ...t, text: t.text.slice(2), facts: undefined }], 0);
      if (n && n.value >= 2 && n.value <= 10) value = n.value;
    }
    if (value === null) return null;
    const noun = tk[i - 1];
    if (!noun || noun.kind !== 'word' || !isDefinite(noun.text)) return null;
    const c = term(noun);
    const v = victimNoun(noun);
    let cat: Category | null = c && c.role === 'noun' && !c.value ? c.category : null;
    let first = i - 1;
    if (!cat && v) {
      const trig = this.triggerBefore(i - 1);
      if (!trig || i - 1 - trig.at > 2) return null;
      cat = trig.cat;
      first = trig.at;
    }
    if (!cat || this.negated(first)) return null;
    return this.make(cat, value, i, next, first, false, null, `definite number after its noun "${noun.text}"`);
  }

  /** A lone singular after an event word counts one: ارتقاء شهيد، سقوط قتيل، مقتل طفل. */
  private lone(i: number): Figure | null {
    const tk = this.tokens;
    const prev = tk[i - 1];
    // "جثتي شابين": the bodies of two
    if (/^(و|ب)?(جثتي|جثتين|جثتان|جثماني)$/.test(tk[i].text)) {
      const who = victimNoun(tk[i + 1]);
      if (who && who.value === 2 && !this.negated(i)) return this.make('killed', 2, i + 1, i + 2, i, false, null, `"${tk[i].text} ${tk[i + 1].text}": the bodies of two`);
    }
    // "جثة شاب"، "جثمان طفل": the body of one person
    if (/^(و|ب)?(جثه|جثمان)$/.test(tk[i].text)) {
      const who = victimNoun(tk[i + 1]);
      if (who && !who.value && !isDefinite(tk[i + 1].text) && !readNumber(tk, i + 1) && !this.negated(i)) {
        return this.make('killed', 1, i + 1, i + 2, i, false, null, `"${tk[i].text} ${tk[i + 1].text}": the body of one person`);
      }
    }
    // a headline opening with a singular casualty noun: قتيل وثلاثة جرحى بقصف على …
    const starts = !prev || isSentenceEnd(prev) || (prev.kind === 'punct' && /[:\-|]/.test(prev.text));
    const opener = term(tk[i]);
    if (starts && opener && opener.role === 'noun' && /^(قتيل|شهيد|جريح|مصاب)$/.test(tk[i].text)) {
      return this.make(opener.category, 1, i, i + 1, i, false, null, `singular "${tk[i].text}" opening a sentence`);
    }
    const ev = term(prev);
    const t = tk[i];
    // an obituary or a funeral names one dead: "نعت صفحات موالية ضابطاً"، "شيّع الأهالي شاباً"
    if ((!ev || ev.role !== 'event') && /^(ضابطا|شابا|طفلا|عنصرا|مقاتلا|جنديا|قياديا|مدنيا|رجلا)$/.test(t.text)) {
      for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
        if (isClauseEnd(tk[j])) break;
        if (OBITUARY.test(tk[j].text)) {
          if (this.negated(j)) return null;
          return this.make('killed', 1, i, i + 1, j, false, null, `"${tk[j].text} … ${t.text}": an obituary or funeral names one dead`);
        }
      }
    }
    if (!ev || ev.role !== 'event') return null;
    const listed = VICTIMS.rows.has(t.text); // "والدته" is the noun itself, not و + the article
    if (isDefinite(t.text) && !listed && !listedDefinite.test(t.text)) return null;
    const c = term(t);
    const singularNoun = c && c.role === 'noun' && !c.value && /^(قتيل|شهيد|جريح|مصاب|اسير|مختطف|مفقود)$/.test(t.text.replace(/^(و|ب)/, ''));
    const v = victimNoun(t);
    // «وأصيب ثالث»، «وأسرت ثالثاً»: an ordinal after an event is one more person
    const ordinal = /^(ثالث|ثالثا|رابع|رابعا|خامس|خامسا|سادس|سادسا|اخر|اخري)$/.test(t.text) && this.lastFigureInSentence(i) !== null;
    const singularVictim = ordinal || v && !v.value && /^(شخص|طفل|طفله|مدني|عنصر|جندي|امراه|رجل|شاب|مقاتل|ضابط|عسكري|مسعف|صحفي|سيده|مواطن|مواطنه|طالب|قيادي|مرافقه|شقيقه|ابنه|ابنها|زوجته|زوجها|والده|والدته|سائق|راع|مزارع|قائد|ناشط|مسؤول|امام|طبيب|ممرض)$/.test(t.text);
    // a named or known person: "مقتل القيادي أبو …"، "استشهاد الطفل …"، "اغتيال الناشط …"
    const namedPerson = listedDefinite.test(t.text);
    if (!singularNoun && !singularVictim && !namedPerson) return null;
    // weak events (سقوط) only with a casualty noun
    if (!singularNoun && /^(و|ب)?(سقوط|وفاه)$/.test(prev.text)) return null;
    if (this.negated(i - 1)) return null;
    // "مقتل شخص وإصابة آخرين" fine; "مقتل عنصرين" is dual, handled above
    const n = readNumber(tk, i + 1);
    if (n && n.value !== 1) return null;
    const cat: Category = c && c.role === 'noun' ? c.category : ev.category;
    // "قُتل رجل وزوجته"، "مسعف ومدني آخر": two singulars joined by و are two people
    const pair = tk[i + 1];
    const pv = victimNoun(pair);
    const two = !n && pair && pair.text.startsWith('و') && pv && !pv.value && !isDefinite(pair.text);
    const f = this.make(cat, two ? 2 : 1, i, two ? i + 2 : i + 1, i - 1, false, null, two ? `two singulars "${t.text} ${pair.text}" after "${prev.text}"` : `singular "${t.text}" after "${prev.text}"`);
    if (n) f.next = Math.max(f.next, n.next);
    if (two && word(tk[i + 2], 'اخر')) f.next = Math.max(f.next, i + 3);
    return f;
  }
}

export function findFigures(tokens: Token[]): Figure[] {
  return new FigureFinder(tokens).run();
}
