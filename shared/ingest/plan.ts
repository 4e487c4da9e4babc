// Pure planning of one article's write: its stored mentions, and the new state of every
// scope-day it touches computed from ALL mentions filed there (aggregates are a pure
// function of stored mentions; docs/data-model.md).
import { calendarDay, dayOf } from '../incidents/scope.js';
import type { ArticleExtraction } from '../extraction/types.js';
import type { DayAggregate, Incident, ScopeDayContents, ScopeDayWrite, StoredMention } from '../store/ports.js';
import { filingOf } from '../store/dynamodb/keys.js';

/** Incidents and the day aggregate of one scope-day from every mention filed there. */
export type Recompute = (scope: string, day: string, mentions: StoredMention[]) => { incidents: Incident[]; aggregate: DayAggregate | null };

export function storedMentions(
  articleId: string, extraction: ArticleExtraction, ctx: { outlet: string | null; publishedAt: string | null; uploadedAt: string },
): StoredMention[] {
  return extraction.mentions.map((m) => ({
    ...m,
    articleId,
    outlet: ctx.outlet,
    publishedAt: ctx.publishedAt,
    // Event day, else publication day, else (never expected: readUpload always dates) the upload day.
    day: dayOf({ eventDate: m.eventDate, publishedAt: ctx.publishedAt }) ?? calendarDay(ctx.uploadedAt) ?? ctx.uploadedAt.slice(0, 10),
  }));
}

/** Every scope-day the given mentions are filed under, as sorted [scope, day] pairs. */
export function scopeDaysOf(mentions: StoredMention[]): { scope: string; day: string }[] {
  const seen = new Map<string, { scope: string; day: string }>();
  for (const m of mentions) {
    const f = filingOf(m);
    if (f) seen.set(`${f.scope}#${f.day}`, f);
  }
  return [...seen.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);
}

/** The scope-day after this article's write: other articles' mentions as read, plus this one's. */
export function planScopeDay(read: ScopeDayContents, articleId: string, mentions: StoredMention[], recompute: Recompute): ScopeDayWrite {
  const mine = mentions.filter((m) => {
    const f = filingOf(m);
    return f !== null && f.scope === read.scope && f.day === read.day;
  });
  const all = [...read.mentions.filter((m) => m.articleId !== articleId), ...mine];
  const { incidents, aggregate } = all.length > 0 ? recompute(read.scope, read.day, all) : { incidents: [], aggregate: null };
  return {
    scope: read.scope, day: read.day, expectedVersion: read.version, hasMentions: all.length > 0,
    incidents, previousIncidents: read.incidents, aggregate,
  };
}
