// ReportData: everything a report shows, computed once from the store ports so that the
// renderers stay pure (data in, bytes out) and data.json is exactly what the charts drew.
import { CATEGORIES, VICTIM_TYPES, type Category, type VictimType } from '../shared/extraction/types.js';
import type {
  AggregateStore, ArticleStore, DayAggregate, Figure, Incident, IncidentStore, StoredMention,
} from '../shared/store/ports.js';
import { sumFigures } from '../shared/aggregates/index.js';
import { GOVERNORATE_PCODES, isGovernorate, scopeNames } from './governorates.js';
import { addDays, daysBetween, periodContaining, previousPeriod, type Period, type PeriodKind } from './period.js';

/** Days a daily report's trend chart shows (ending on the reported day). */
export const DAY_TREND = 7;

export interface ReportStores {
  aggregates: AggregateStore;
  incidents: IncidentStore;
  articles: ArticleStore;
}

export interface ReportOptions {
  period: PeriodKind;
  /** A day inside the period (YYYY-MM-DD); the report covers the whole calendar period. */
  to: string;
  /** Admin1 p-codes to report on; omitted or empty = all 14. */
  governorates?: string[];
  /** The reconciliation policy the figures were built with (config BEST_POLICY). */
  bestPolicy?: string;
  /** How many incidents the PDF details. */
  topIncidents?: number;
  now?: Date;
}

export type CategoryFigures = Record<Category, Figure>;

export interface ScopeRow {
  /** "SY02", or "SY02+SY07" for a figure reported for several governorates together. */
  scope: string;
  governorates: string[];
  en: string;
  ar: string;
  multi: boolean;
  /** A multi-governorate scope that reaches outside the chosen governorates: shown, not totalled. */
  partial: boolean;
  totals: CategoryFigures;
  byVictim: Record<Category, Record<VictimType, Figure>>;
  sources: string[];
}

export interface DayRow {
  day: string;
  totals: CategoryFigures;
}

export interface HeadlineFigure {
  current: Figure;
  previous: Figure;
  /** current.best − previous.best */
  change: number;
  /** change / previous.best; null when the previous period had none. */
  changeRatio: number | null;
}

export interface SourceRow {
  /** Who gave the figure: the named claimant, else the outlet, else "unattributed". */
  label: string;
  claimedBy: string | null;
  outlet: string | null;
  articleId: string;
  value: number | null;
  low: number;
  high: number | null;
  quote: string;
}

export interface IncidentRow {
  id: string;
  day: string;
  scope: string;
  en: string;
  ar: string;
  /** Place names as written in the articles (villages, towns), when the mentions name any. */
  places: string[];
  category: Category;
  victim: VictimType;
  low: number;
  best: number;
  high: number | null;
  reason: string;
  sources: SourceRow[];
  /** The sources report different figures. */
  conflicting: boolean;
}

export interface ArticleRow {
  id: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  publishedAt: string | null;
  incidents: number;
  /** Set when the incident cites an article the store no longer holds. */
  missing: boolean;
}

export interface ReportData {
  version: 1;
  generatedAt: string;
  period: Period;
  previous: Period;
  /** The chosen governorates, or null for all of Syria. */
  selection: string[] | null;
  bestPolicy: string;
  headline: Record<Category, HeadlineFigure>;
  scopes: ScopeRow[];
  /** Per day: the period's days; for a daily report the DAY_TREND days ending on it, for context. */
  days: DayRow[];
  incidents: { total: number; top: IncidentRow[]; conflicts: IncidentRow[] };
  articles: ArticleRow[];
  /** True when the period holds no figure at all: the report says so plainly. */
  empty: boolean;
}

function zeroFigure(): Figure {
  return { low: 0, best: 0, high: 0, incidents: 0 };
}

function zeroCategories(): CategoryFigures {
  return Object.fromEntries(CATEGORIES.map((c) => [c, zeroFigure()])) as CategoryFigures;
}

function zeroByVictim(): Record<Category, Record<VictimType, Figure>> {
  return Object.fromEntries(
    CATEGORIES.map((c) => [c, Object.fromEntries(VICTIM_TYPES.map((v) => [v, zeroFigure()]))]),
  ) as Record<Category, Record<VictimType, Figure>>;
}

function addAggregate(into: { totals: CategoryFigures; byVictim?: Record<Category, Record<VictimType, Figure>> }, agg: DayAggregate): void {
  for (const c of CATEGORIES) {
    const perVictim = agg.figures[c];
    if (!perVictim) continue;
    for (const v of VICTIM_TYPES) {
      const f = perVictim[v];
      if (!f) continue;
      into.totals[c] = sumFigures(into.totals[c], f);
      if (into.byVictim) into.byVictim[c][v] = sumFigures(into.byVictim[c][v], f);
    }
  }
}

function scopeGovernorates(scope: string): string[] {
  return scope.split('+').filter(Boolean).sort();
}

type Fit = 'inside' | 'partial' | 'outside';
function fit(govs: string[], selection: Set<string> | null): Fit {
  if (!selection) return 'inside';
  const inside = govs.filter((g) => selection.has(g)).length;
  if (inside === govs.length) return 'inside';
  return inside > 0 ? 'partial' : 'outside';
}

export function validateSelection(governorates: string[] | undefined): string[] | null {
  if (!governorates || governorates.length === 0) return null;
  const unknown = governorates.filter((g) => !isGovernorate(g));
  if (unknown.length) throw new Error(`unknown governorate p-code(s): ${unknown.join(', ')} (expected SY01–SY14)`);
  return [...new Set(governorates)].sort();
}

/** Every incident of the period, all governorates: multi-governorate ones are filtered here like the aggregates. */
async function allIncidents(store: IncidentStore, period: Period): Promise<Incident[]> {
  const seen = new Map<string, Incident>();
  let cursor: string | null = null;
  do {
    const page = await store.queryIncidents({ governorates: [], from: period.from, to: period.to, limit: 500, cursor });
    // A multi-governorate incident can come back once per governorate it touches.
    for (const i of page.items) seen.set(i.id, i);
    cursor = page.cursor;
  } while (cursor);
  return [...seen.values()];
}

async function mapLimit<T, R>(items: T[], limit: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

const CATEGORY_RANK: Record<Category, number> = { killed: 0, killed_or_injured: 1, injured: 2, captured: 3, missing: 4 };

function sourceRows(i: Incident): SourceRow[] {
  return i.sources.map((s) => ({
    label: s.claimedBy ?? s.outlet ?? 'unattributed',
    claimedBy: s.claimedBy,
    outlet: s.outlet,
    articleId: s.articleId,
    value: s.value,
    low: s.low,
    high: s.high,
    quote: s.quote,
  }));
}

/** Sources disagree when they report different figures (a vague count only bounds, so it is left out). */
export function isConflicting(sources: { value: number | null }[]): boolean {
  return new Set(sources.filter((s) => s.value !== null).map((s) => s.value)).size > 1;
}

export async function buildReportData(stores: ReportStores, opts: ReportOptions): Promise<ReportData> {
  const period = periodContaining(opts.period, opts.to);
  const previous = previousPeriod(period);
  const selection = validateSelection(opts.governorates);
  const selected = selection ? new Set(selection) : null;
  const wanted = selection ?? [...GOVERNORATE_PCODES];

  // All scopes are read and filtered here: multi-governorate scopes ("SY02+SY07") are only
  // returned by an unfiltered query, and they must show up as their own bars.
  // A day's trend line needs days around it: a daily report draws the week that ends on it.
  const trendFrom = period.kind === 'day' ? addDays(period.to, -(DAY_TREND - 1)) : period.from;
  const [window, before, incidents] = await Promise.all([
    stores.aggregates.queryDays({ scopes: [], from: trendFrom, to: period.to }),
    stores.aggregates.queryDays({ scopes: [], from: previous.from, to: previous.to }),
    allIncidents(stores.incidents, period),
  ]);

  const rows = new Map<string, ScopeRow>();
  const rowFor = (scope: string): ScopeRow => {
    let row = rows.get(scope);
    if (!row) {
      const governorates = scopeGovernorates(scope);
      const names = scopeNames(scope);
      row = {
        scope, governorates, en: names.en, ar: names.ar, multi: governorates.length > 1,
        partial: fit(governorates, selected) === 'partial', totals: zeroCategories(), byVictim: zeroByVictim(), sources: [],
      };
      rows.set(scope, row);
    }
    return row;
  };
  for (const g of wanted) rowFor(g);

  const days = new Map(daysBetween(trendFrom, period.to).map((d) => [d, { day: d, totals: zeroCategories() } as DayRow]));
  const headlineNow = { totals: zeroCategories() };
  for (const agg of window) {
    const f = fit(scopeGovernorates(agg.scope), selected);
    if (f === 'outside') continue;
    if (agg.day < period.from) {
      if (f === 'inside') addAggregate(days.get(agg.day)!, agg);
      continue;
    }
    const row = rowFor(agg.scope);
    addAggregate(row, agg);
    row.sources = [...new Set([...row.sources, ...agg.sources])].sort();
    // Partial multi-scopes reach outside the selection: drawn as their own bar, never totalled.
    if (f === 'inside') {
      addAggregate(headlineNow, agg);
      const day = days.get(agg.day);
      if (day) addAggregate(day, agg);
    }
  }
  const headlineBefore = { totals: zeroCategories() };
  for (const agg of before) if (fit(scopeGovernorates(agg.scope), selected) === 'inside') addAggregate(headlineBefore, agg);

  const headline = Object.fromEntries(
    CATEGORIES.map((c) => {
      const cur = headlineNow.totals[c];
      const prev = headlineBefore.totals[c];
      const change = cur.best - prev.best;
      return [c, { current: cur, previous: prev, change, changeRatio: prev.best > 0 ? change / prev.best : null }];
    }),
  ) as Record<Category, HeadlineFigure>;

  const inScope = incidents.filter((i) => fit(i.governorates, selected) !== 'outside');
  const articleIds = [...new Set(inScope.flatMap((i) => i.sources.map((s) => s.articleId)))].sort();
  const loaded = await mapLimit(articleIds, 8, (id) => stores.articles.getArticle(id));
  const mentions = new Map<string, StoredMention>();
  const citing = new Map<string, number>();
  for (const i of inScope) for (const id of new Set(i.sources.map((s) => s.articleId))) citing.set(id, (citing.get(id) ?? 0) + 1);
  const articles: ArticleRow[] = articleIds.map((id, k) => {
    const a = loaded[k];
    if (a) for (const m of a.mentions) mentions.set(`${id}/${m.id}`, m);
    return {
      id, title: a?.title ?? null, outlet: a?.outlet ?? null, url: a?.url ?? null,
      publishedAt: a?.publishedAt ?? null, incidents: citing.get(id) ?? 0, missing: !a,
    };
  });
  articles.sort((a, b) => (a.publishedAt ?? '').localeCompare(b.publishedAt ?? '') || a.id.localeCompare(b.id));

  const toRow = (i: Incident): IncidentRow => {
    const scope = i.governorates.join('+');
    const names = scopeNames(scope);
    const places = new Set<string>();
    for (const s of i.sources) for (const p of mentions.get(`${s.articleId}/${s.mentionId}`)?.places ?? []) places.add(p.name);
    const sources = sourceRows(i);
    return {
      id: i.id, day: i.day, scope, en: names.en, ar: names.ar, places: [...places], category: i.category,
      victim: i.victim, low: i.low, best: i.best, high: i.high, reason: i.reason, sources, conflicting: isConflicting(sources),
    };
  };
  const ranked = [...inScope].sort(
    (a, b) => CATEGORY_RANK[a.category] - CATEGORY_RANK[b.category] || b.best - a.best || a.day.localeCompare(b.day) || a.id.localeCompare(b.id),
  );
  const top = ranked.slice(0, opts.topIncidents ?? 12).map(toRow);
  const spread = (r: IncidentRow) => Math.max(...r.sources.map((s) => s.value ?? s.low)) - Math.min(...r.sources.map((s) => s.value ?? s.low));
  const conflicts = ranked.map(toRow).filter((r) => r.conflicting).sort((a, b) => spread(b) - spread(a) || b.best - a.best).slice(0, 10);

  const scopes = [...rows.values()].sort((a, b) => Number(a.multi) - Number(b.multi) || a.scope.localeCompare(b.scope));
  const anyFigure = scopes.some((s) => CATEGORIES.some((c) => s.totals[c].incidents > 0 || s.totals[c].best > 0));
  return {
    version: 1,
    generatedAt: (opts.now ?? new Date()).toISOString(),
    period,
    previous,
    selection,
    bestPolicy: opts.bestPolicy ?? 'monitor_then_lowest',
    headline,
    scopes,
    days: [...days.values()],
    incidents: { total: inScope.length, top, conflicts },
    articles,
    empty: !anyFigure && inScope.length === 0,
  };
}
