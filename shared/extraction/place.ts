// Placing a figure: the places named in its clause or sentence, else the dateline, else
// the article's main place; several governorates when the text names several; none when
// the place is unknown or outside Syria.
import type { PlaceRef } from './types.js';
import { DEFAULT_GAZETTEER, type Gazetteer, type PlaceEntry } from './gazetteer.js';
import type { Token } from './tokens.js';
import { norm } from './normalise.js';
import { within } from './spans.js';

export interface PlaceMention { first: number; next: number; name: string; place: PlaceRef | null; foreign: boolean; national?: boolean }

// Words that announce a place, so that a name that is also a common word counts.
const CUES = new Set(['في', 'مدينه', 'بلده', 'قريه', 'حي', 'منطقه', 'ريف', 'بريف', 'بلدات', 'قري', 'مدينتي', 'بلدتي', 'مخيم', 'محيط', 'اطراف', 'مناطق', 'ناحيه', 'بمدينه', 'ببلده', 'بقريه', 'بحي', 'قرب', 'بالقرب', 'جنوب', 'شمال', 'شرق', 'غرب', 'غربي', 'شرقي', 'شمالي', 'جنوبي', 'وسط', 'طريق', 'محافظه', 'بمحافظه', 'من']);

const FOREIGN_CUES = new Set(['في', 'وفي', 'داخل', 'قرب', 'بالقرب', 'مدينه', 'العاصمه', 'قطاع', 'جنوب', 'شمال', 'شرق', 'غرب', 'وسط', 'جنوبي', 'شمالي', 'شرقي', 'غربي', 'محافظه', 'اقليم', 'بلده', 'مخيم', 'حدود']);
const NATIONAL_CUES = new Set(['في', 'وفي', 'داخل', 'انحاء', 'عموم', 'ارجاء', 'كامل', 'مختلف', 'جميع', 'كافه']);
const DIRECTIONS = new Set(['شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'شمالي', 'جنوبي', 'شرقي', 'غربي', 'الشمال', 'الجنوب', 'الشرق', 'الغرب', 'غربي', 'شمالي', 'بشمال', 'بجنوب', 'بشرق', 'بغرب']);

/** Finds every place name in the tokens. */
export function findPlaces(tokens: Token[], slice: (first: number, next: number) => string, gaz: Gazetteer = DEFAULT_GAZETTEER): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const hit = gaz.index.matchAt(tokens, i);
    if (!hit) continue;
    const e: PlaceEntry = hit.entry;
    const name = slice(i, hit.next);
    if ('foreign' in e) {
      // a foreign country is a place only where the text puts something there (وفي لبنان، في قطاع غزة، قرب أنقرة),
      // not where it names an actor (بقصف قوات النظام وروسيا)
      const prev = tokens[i - 1];
      const attached = /^(وب|ب|وفي|في)/.test(tokens[i].text) && tokens[i].text !== norm(e.ar);
      if (attached || (prev && prev.kind === 'word' && FOREIGN_CUES.has(prev.text))) out.push({ first: i, next: hit.next, name, place: null, foreign: true });
    } else if ('national' in e) {
      // the whole country only where the text puts the figure there (في سوريا، في عموم البلاد),
      // not "شمال غربي سوريا" (a region) or "جنسيات غير سورية" (an adjective)
      const prev = tokens[i - 1];
      const attached = /^(وب|ب|وفي|في)/.test(tokens[i].text) && tokens[i].text !== norm(e.ar);
      const cued = prev && prev.kind === 'word' && NATIONAL_CUES.has(prev.text);
      if ((attached || cued) && !(prev && prev.kind === 'word' && DIRECTIONS.has(prev.text))) out.push({ first: i, next: hit.next, name, place: null, foreign: false, national: true });
    } else {
      if (e.needsCue) {
        const prev = tokens[i - 1];
        const attached = tokens[i].text !== hit.entry.ar && /^(ب|في)/.test(tokens[i].text);
        if (!attached && !(prev && prev.kind === 'word' && CUES.has(prev.text))) continue;
      }
      out.push({ first: i, next: hit.next, name, place: { name, pcode: e.pcode, governorate: e.governorate }, foreign: false });
    }
    i = hit.next - 1;
  }
  return out;
}

/** Governorates named in a token range, in order of first mention. */
export function governoratesIn(places: PlaceMention[], first: number, last: number): { govs: string[]; refs: PlaceRef[]; foreign: boolean; national: boolean } {
  const govs: string[] = [];
  const refs: PlaceRef[] = [];
  let foreign = false;
  let national = false;
  for (const p of within(places, first, last)) {
    if (p.foreign) { foreign = true; continue; }
    if (p.national) { national = true; continue; }
    refs.push(p.place!);
    if (!govs.includes(p.place!.governorate)) govs.push(p.place!.governorate);
  }
  return { govs, refs, foreign, national };
}

/** The article's main governorates: the dateline's, else the most often named. */
export function mainGovernorates(places: PlaceMention[]): string[] {
  const counts = new Map<string, number>();
  for (const p of places) if (p.place) counts.set(p.place.governorate, (counts.get(p.place.governorate) ?? 0) + 1);
  let max = 0;
  for (const c of counts.values()) max = Math.max(max, c);
  if (max === 0) return [];
  // the most named; ties keep the one named first
  for (const p of places) if (p.place && counts.get(p.place.governorate) === max) return [p.place.governorate];
  return [];
}
