// Invented incidents for the rendering tests and the bench: in-memory implementations of the
// store ports, filled deterministically (a seeded generator) with Arabic evidence written for
// this project. Nothing here is real reporting.
import type { Category, VictimType, ClaimSource, Mention } from '../shared/extraction/types.js';
import { reconcile, type Candidate } from '../shared/extraction/policy.js';
import type {
  AggregateStore, ArticleRecord, ArticleStore, DayAggregate, Incident, IncidentSource, IncidentStore, Page, StoredMention,
} from '../shared/store/ports.js';
import { aggregateDay } from '../shared/aggregates/index.js';
import type { ReportStores } from './data.js';
import { GOVERNORATE_PCODES } from './governorates.js';
import { daysBetween } from './period.js';
import { seededRandom } from '../shared/seeded-random.js';

/** A town per governorate for the invented quotes. */
const TOWNS: Record<string, string> = {
  SY01: 'حي جوبر', SY02: 'الأتارب', SY03: 'دوما', SY04: 'تلبيسة', SY05: 'كفرزيتا', SY06: 'جبلة', SY07: 'سراقب',
  SY08: 'القامشلي', SY09: 'الميادين', SY10: 'بانياس', SY11: 'الطبقة', SY12: 'طفس', SY13: 'شهبا', SY14: 'خان أرنبة',
};

interface Claimant { source: ClaimSource; outlet: string }
const CLAIMANTS: Claimant[] = [
  { source: { name: 'SOHR', kind: 'monitor', nameAr: 'المرصد السوري لحقوق الإنسان' }, outlet: 'Enab Baladi' },
  { source: { name: 'SANA', kind: 'state_media', nameAr: 'وكالة سانا' }, outlet: 'SANA' },
  { source: { name: 'medical source', kind: 'medical', nameAr: 'مصدر طبي' }, outlet: 'Syria TV' },
  { source: { name: 'Civil Defence', kind: 'civil_defence', nameAr: 'الدفاع المدني' }, outlet: 'Al-Quds Al-Arabi' },
];

/** Evidence sentences, written for the fixtures: {n} is the figure, {town} the place, {who} the claimant. */
const QUOTES: Record<Category, string[]> = {
  killed: [
    'قُتل {n} مدنيين بينهم أطفال في قصف جوي استهدف بلدة {town}، بحسب {who}.',
    'أفاد {who} بمقتل {n} أشخاص جراء انفجار سيارة مفخخة وسط {town}.',
    'ذكر {who} أن {n} عناصر قتلوا في هجوم على نقطة عسكرية قرب {town}.',
  ],
  injured: ['أصيب {n} مدنياً بجروح متفاوتة جراء قصف مدفعي على أحياء {town}، وفق {who}.'],
  captured: ['اعتقلت قوات الأمن {n} شباناً خلال حملة مداهمات في {town}، بحسب {who}.'],
  missing: ['فُقد أثر {n} أشخاص بعد القصف على {town}، بحسب {who}.'],
  killed_or_injured: ['سقط {n} بين قتيل وجريح في {town}، وفق {who}.'],
};


export interface FixtureOptions {
  from: string;
  to: string;
  governorates?: string[];
  seed?: number;
  /** Scales the number of incidents per governorate per day (about 0.7 × density on average). */
  density?: number;
  /** At least this many incidents in every governorate on every day (the bench fills the grid). */
  atLeast?: number;
}

export interface FixtureContents {
  aggregates: DayAggregate[];
  incidents: Incident[];
  articles: (ArticleRecord & { mentions: StoredMention[] })[];
}

/** Builds the invented records: incidents, the day aggregates they roll up to, and the articles that carry them. */
export function fixtureContents(opts: FixtureOptions): FixtureContents {
  const rand = seededRandom(opts.seed ?? 7);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
  const govs = opts.governorates ?? [...GOVERNORATE_PCODES];
  const density = opts.density ?? 1.2;
  const incidents: Incident[] = [];
  const articles = new Map<string, ArticleRecord & { mentions: StoredMention[] }>();
  let n = 0;

  const article = (day: string, claimant: Claimant, k: number): ArticleRecord & { mentions: StoredMention[] } => {
    const id = `fx${day.replaceAll('-', '')}${claimant.source.name.replace(/\W/g, '').slice(0, 4).toLowerCase()}${k % 3}`;
    let a = articles.get(id);
    if (!a) {
      a = {
        id, status: 'ingested', reason: null, keys: [`samples/${id}.txt`],
        title: `حصيلة جديدة للضحايا في سوريا (${claimant.source.nameAr})`, outlet: claimant.outlet,
        url: `https://example.org/${id}`, publishedAt: `${day}T18:00:00Z`, publishedAtSource: 'metadata',
        extractorVersion: 'fixture', ingestedAt: `${day}T19:00:00Z`, textLength: 0, mentionCount: 0, mentions: [],
      };
      articles.set(id, a);
    }
    return a;
  };

  const addIncident = (day: string, governorates: string[], category: Category, victim: VictimType, base: number, open: boolean) => {
    const id = `inc-${++n}`;
    const nSources = rand() < 0.35 ? 2 + Math.floor(rand() * 2) : 1;
    const claimants = [...CLAIMANTS].sort(() => rand() - 0.5).slice(0, nSources);
    const sources: IncidentSource[] = [];
    const candidates: Candidate[] = [];
    claimants.forEach((c, k) => {
      // Sources disagree the way they do in practice: a monitor counts more than state media.
      const value = k === 0 ? base : Math.max(1, base + Math.round((rand() - 0.4) * base * 0.6) + (rand() < 0.5 ? 1 : 0));
      const gov = governorates[0];
      // Killed quotes match the victims: civilians, people (unknown), soldiers (combatant).
      const template = category === 'killed' ? QUOTES.killed[{ civilian: 0, unknown: 1, combatant: 2 }[victim]] : pick(QUOTES[category]);
      const quote = template.replace('{n}', String(value)).replace('{town}', TOWNS[gov]).replace('{who}', c.source.nameAr ?? c.source.name);
      const a = article(day, c, n);
      const mentionId = `m${a.mentions.length + 1}`;
      const high = open && k === 0 ? null : value;
      const mention: Mention = {
        id: mentionId, category, count: { value, qualifier: high === null ? 'at_least' : 'exact', low: value, high }, victim, groups: [],
        governorates, places: [{ name: TOWNS[gov], pcode: `${gov}00`, governorate: gov }], placeBasis: 'clause', source: c.source,
        eventDate: { date: day, precision: 'day', period: null, basis: 'fixture' }, start: 0, end: quote.length, quote,
        cumulative: false, duplicateOf: null, partOf: null, reason: null,
      };
      a.mentions.push({ ...mention, articleId: a.id, outlet: a.outlet, publishedAt: a.publishedAt, day });
      a.mentionCount = a.mentions.length;
      a.textLength += quote.length + 1;
      sources.push({ articleId: a.id, mentionId, outlet: a.outlet, claimedBy: c.source.name, value, low: value, high, quote });
      candidates.push({ id: mentionId + a.id, value, low: value, high, sourceKind: c.source.kind, sourceName: c.source.name });
    });
    const r = reconcile(candidates);
    incidents.push({ id, governorates: [...governorates].sort(), day, category, victim, low: r.low, best: r.best, high: r.high, sources, reason: r.reason });
  };

  for (const day of daysBetween(opts.from, opts.to)) {
    for (const gov of govs) {
      const count = Math.max(opts.atLeast ?? 0, Math.floor(density * rand() * 2));
      for (let k = 0; k < count; k++) {
        const category: Category = pick(['killed', 'killed', 'killed', 'injured', 'captured']);
        const victim: VictimType = pick(['civilian', 'civilian', 'combatant', 'unknown']);
        addIncident(day, [gov], category, victim, 1 + Math.floor(rand() * 14), rand() < 0.05);
      }
    }
  }
  // One figure reported for two governorates together, counted once as its own scope.
  if (govs.includes('SY02') && govs.includes('SY07')) addIncident(opts.to, ['SY02', 'SY07'], 'killed', 'combatant', 23, false);

  return { incidents, aggregates: rollUpIncidents(incidents), articles: [...articles.values()] };
}

/** Day aggregates from incidents, through the pipeline's own aggregateDay (scope = sorted p-codes joined by "+"). */
export function rollUpIncidents(incidents: Incident[]): DayAggregate[] {
  const groups = new Map<string, Incident[]>();
  for (const i of incidents) {
    const key = `${i.governorates.join('+')}|${i.day}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  }
  return [...groups.entries()].map(([key, list]) => {
    const [scope, day] = key.split('|');
    const { articleIds: _ids, ...agg } = aggregateDay(scope, day, list, []);
    return agg;
  });
}

function paged<T>(items: T[], limit: number, cursor: string | null | undefined): Page<T> {
  const start = cursor ? Number(cursor) : 0;
  const end = start + limit;
  return { items: items.slice(start, end), cursor: end < items.length ? String(end) : null };
}

/** The store ports over in-memory records (the same query semantics the DynamoDB adapter documents). */
export function memoryStores(contents: FixtureContents): ReportStores {
  const aggregates: AggregateStore = {
    async queryDays({ scopes, from, to }) {
      return contents.aggregates.filter((a) => a.day >= from && a.day <= to && (scopes.length === 0 || scopes.includes(a.scope)));
    },
  };
  const incidents: IncidentStore = {
    async queryIncidents({ governorates, from, to, category, limit, cursor }) {
      const hits = contents.incidents.filter(
        (i) => i.day >= from && i.day <= to && (!category || i.category === category) &&
          (governorates.length === 0 || i.governorates.some((g) => governorates.includes(g))),
      );
      return paged(hits, limit, cursor);
    },
  };
  const byId = new Map(contents.articles.map((a) => [a.id, a]));
  const articles: ArticleStore = {
    async getArticle(id) {
      return byId.get(id) ?? null;
    },
    async listArticles({ status, limit, cursor }) {
      const all = contents.articles.filter((a) => !status || a.status === status).map(({ mentions: _m, ...rest }) => rest);
      return paged(all, limit, cursor);
    },
  };
  return { aggregates, incidents, articles };
}
