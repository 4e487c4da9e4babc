// End to end with the real extraction engine on a project sample: S3 → handler → table,
// and the day figures are the ones the sample's expectation file says an analyst reads.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../shared/extraction/index.js';
import { testBucket } from './fixtures.js';
import { events, pipeline, upload } from './harness.js';

const SAMPLE = 'samples/01-ariha-airstrikes.txt';
const expected = JSON.parse(readFileSync('samples/expected/01-ariha-airstrikes.json', 'utf8')) as {
  publishedAt: string;
  mentions: { category: string; value: number | null; governorates: string[]; eventDate: string | null; duplicate_of: string | null; part_of: string | null }[];
};

describe('real extractor', () => {
  it('ingests a sample dispatch into the figures its expectation file gives', async () => {
    const { s3, bucket } = await testBucket();
    const ref = await upload(s3, bucket, 'samples/01-ariha-airstrikes.txt', readFileSync(SAMPLE), { 'published-at': expected.publishedAt });
    const p = await pipeline({ s3, extract });
    expect((await p.handle(events([ref]))).batchItemFailures).toEqual([]);

    const [article] = (await p.stores.listArticles({ status: 'ingested', limit: 5 })).items;
    expect(article.publishedAtSource).toBe('metadata');
    const stored = await p.stores.getArticle(article.id);
    expect(stored!.mentions.length).toBeGreaterThan(0);
    expect(stored!.mentions.length).toBe(article.mentionCount);

    // The headline figures: not repeats, not breakdowns.
    const headline = expected.mentions.filter((m) => !m.duplicate_of && !m.part_of && m.value !== null);
    for (const m of headline) {
      const days = await p.stores.queryDays({ scopes: m.governorates, from: m.eventDate!, to: m.eventDate! });
      const figure = days[0]?.figures[m.category as 'killed']?.civilian;
      expect(figure?.best, `${m.category} ${m.value} in ${m.governorates.join('+')} on ${m.eventDate}`).toBe(m.value);
    }
    const incidents = await p.stores.queryIncidents({ governorates: ['SY07'], from: '2024-11-01', to: '2024-11-30', limit: 20 });
    expect(incidents.items.some((i) => i.sources.some((s) => s.articleId === article.id && s.quote.length > 0))).toBe(true);
  });
});
