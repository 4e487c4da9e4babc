// The engine: one article's text in, its casualty figures out, each with its evidence,
// place, date, claimed source and the reason for every reconciliation decision.
import type { ArticleExtraction, ArticleInput, ClaimSource, Mention } from './types.js';
import { findFigures, type Figure } from './classify.js';
import { dateFor, findDates, parsePublished, type DateMention } from './date.js';
import { DEFAULT_GAZETTEER, type Gazetteer } from './gazetteer.js';
import { normalise, toOriginal } from './normalise.js';
import { findPlaces, governoratesIn, mainGovernorates, type PlaceMention } from './place.js';
import type { BestPolicy } from './policy.js';
import { reconcileArticle } from './reconcile.js';
import { findSources, sourceFor } from './source.js';
import { isClauseEnd, sentences, tokenize, type Sentence, type Token } from './tokens.js';

/** Bump when extraction output changes: stored articles of an older version are reprocessed. */
export const EXTRACTOR_VERSION = '1.0.0';

export interface ExtractOptions { gazetteer?: Gazetteer; policy?: BestPolicy }

/** The text offsets refer to: the title, a blank line, then the body (or the body alone). */
export function articleText(input: ArticleInput): string {
  return input.title ? `${input.title}\n\n${input.body}` : input.body;
}

function sentenceIndex(sents: Sentence[], at: number): number {
  let lo = 0, hi = sents.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sents[mid].last < at) lo = mid + 1;
    else if (sents[mid].first > at) hi = mid - 1;
    else return mid;
  }
  return Math.max(0, Math.min(sents.length - 1, lo));
}

/**
 * A dateline: "حلب – المرصد" as a line of its own, or "دمشق - سانا:" opening a line, in
 * the first lines of the text (after a headline, an envelope's title or a line like «عاجل»).
 */
function dateline(tokens: Token[], places: PlaceMention[], slice: (a: number, b: number) => string): { govs: string[]; outlet: string | null; headEnd: number } {
  let lineStart = 0;
  for (let line = 0; line < 3 && lineStart < tokens.length; line++) {
    let end = lineStart;
    while (end < tokens.length && tokens[end].kind !== 'newline') end++;
    const dash = tokens.findIndex((t, i) => i >= lineStart && i < Math.min(end, lineStart + 5) && t.kind === 'punct' && (t.text === '-' || t.text === ':' || t.text === '|'));
    if (dash > lineStart) {
      const { govs } = governoratesIn(places, lineStart, dash - 1);
      let outEnd = dash + 1;
      while (outEnd < end && outEnd < dash + 5 && tokens[outEnd].kind === 'word') outEnd++;
      const outlet = tokens[dash].text === '-' && outEnd > dash + 1 ? slice(dash + 1, outEnd) : null;
      if (govs.length) return { govs, outlet, headEnd: line === 0 && end - lineStart <= 8 ? end : 0 };
    }
    lineStart = end + 1;
    while (lineStart < tokens.length && tokens[lineStart].kind === 'newline') lineStart++;
  }
  return { govs: [], outlet: null, headEnd: 0 };
}

export function extract(input: ArticleInput, options: ExtractOptions = {}): ArticleExtraction {
  const text = articleText(input);
  const nm = normalise(text);
  const tokens = tokenize(nm.text);
  const sents = sentences(tokens);
  const span = (first: number, next: number) => toOriginal(nm, tokens[first].start, tokens[next - 1].end);
  const slice = (first: number, next: number) => { const s = span(first, next); return text.slice(s.start, s.end); };
  const published = parsePublished(input.publishedAt);
  const gaz = options.gazetteer ?? DEFAULT_GAZETTEER;

  const figures = findFigures(tokens);
  const places = findPlaces(tokens, slice, gaz);
  const dates = findDates(tokens, published);
  const sources = findSources(tokens, slice);
  const dl = dateline(tokens, places, slice);
  // an article whose headline or opening sentence is about all of Syria (6777 قتيلا في سوريا) has no main governorate
  const opening = governoratesIn(places, 0, sents[Math.min(1, sents.length - 1)]?.last ?? -1);
  const nationalArticle = !dl.govs.length && opening.national && opening.govs.length === 0;
  // the headline: the envelope title, or a short first line of a plain text followed by more text
  let headlineEnd = -1;
  if (input.title) headlineEnd = nm.text.indexOf('\n') >= 0 ? nm.text.indexOf('\n') : nm.text.length;
  else {
    const nl = nm.text.indexOf('\n');
    if (nl > 0 && nl < 200 && !/[.:]\s*$/.test(nm.text.slice(0, nl)) && dl.headEnd === 0) headlineEnd = nl;
  }
  // the article's main place: the dateline's, else the headline's governorates, else the most named
  const headlineLast = headlineEnd >= 0 ? tokens.findIndex((t) => t.start >= headlineEnd) - 1 : -1;
  const headlineGovs = headlineLast >= 0 ? governoratesIn(places, 0, headlineLast).govs : [];
  const main = dl.govs.length ? dl.govs : nationalArticle ? [] : headlineGovs.length ? headlineGovs : mainGovernorates(places);

  // the lead date: the first date in the opening sentences, for figures whose sentence has none
  const bodyFirst = headlineEnd >= 0 ? tokens.findIndex((t) => t.start > headlineEnd) : 0;
  const leadSents = sents.filter((s) => s.first >= Math.max(0, bodyFirst)).slice(0, 3);
  const lead: DateMention | null = dates.find((d) => d.period === null && leadSents.some((s) => d.first >= s.first && d.first <= s.last)) ?? null;

  const outletSource: ClaimSource | null = input.outlet
    ? { name: input.outlet, kind: 'outlet', nameAr: null }
    : dl.outlet ? { name: dl.outlet, kind: 'outlet', nameAr: dl.outlet } : null;

  const mentions: Mention[] = [];
  const sentenceOf = new Map<string, number>();
  const headline = new Set<string>();
  figures.forEach((f: Figure, idx: number) => {
    const si = sentenceIndex(sents, f.at);
    const s = sents[si];
    const prev = figures[idx - 1];
    const next = figures[idx + 1];
    // the figure's own stretch: its clause, without the figures before and after it
    // ("41 شهيدا في دمشق، و27 في حمص": حمص is the 27's, not the 41's)
    // (a dash joins place names, «طريق حماة – حمص», so it does not end the clause here)
    const ends = (t: Token) => isClauseEnd(t) && t.text !== '-';
    let clauseFirst = f.first;
    while (clauseFirst > s.first && !ends(tokens[clauseFirst - 1])) clauseFirst--;
    let clauseLast = f.next - 1;
    while (clauseLast < s.last && !ends(tokens[clauseLast + 1])) clauseLast++;
    const segFirst = Math.max(clauseFirst, prev && sentenceIndex(sents, prev.at) === si ? prev.next : s.first);
    const segLast = Math.min(clauseLast, next && sentenceIndex(sents, next.at) === si ? next.first - 1 : s.last);
    let placed = governoratesIn(places, segFirst, segLast);
    let basis = 'clause';
    if (!placed.govs.length && !placed.foreign && !placed.national) { placed = governoratesIn(places, s.first, s.last); basis = 'sentence'; }
    let govs = placed.govs;
    if (f.partOf !== null && mentions[f.partOf]) { govs = mentions[f.partOf].governorates; basis = 'its total'; }
    else if (!govs.length && placed.foreign) basis = 'outside Syria';
    else if (!govs.length && placed.national) basis = 'all of Syria';
    else if (!govs.length && dl.govs.length) { govs = dl.govs; basis = 'dateline'; }
    else if (!govs.length && main.length) { govs = main; basis = 'article'; }
    else if (!govs.length && nationalArticle) basis = 'all of Syria';
    else if (!govs.length) basis = 'none';
    const sp = span(f.first, f.next);
    const id = `m${idx + 1}`;
    const m: Mention = {
      id,
      category: f.category,
      count: { value: f.value, qualifier: f.qualifier, low: f.low, high: f.high },
      victim: f.victim,
      groups: f.groups,
      governorates: [...govs].sort(),
      places: placed.refs,
      placeBasis: basis,
      source: sourceFor(sources, f.at, sents, si, tokens, outletSource),
      eventDate: dateFor(dates, f.at, s.first, s.last, lead, published),
      start: sp.start,
      end: sp.end,
      quote: text.slice(sp.start, sp.end),
      cumulative: f.cumulative,
      duplicateOf: null,
      partOf: f.partOf !== null ? `m${f.partOf + 1}` : null,
      reason: null,
    };
    mentions.push(m);
    sentenceOf.set(id, si);
    if (headlineEnd >= 0 && tokens[f.at].start < headlineEnd) headline.add(id);
  });

  const totals = reconcileArticle({ mentions, headline, sentenceOf }, options.policy);
  return {
    extractorVersion: EXTRACTOR_VERSION,
    textLength: text.length,
    mentions,
    totals,
    context: { publishedAt: input.publishedAt ?? null, outlet: input.outlet ?? dl.outlet, datelineGovernorates: dl.govs, mainGovernorates: main },
  };
}
