import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../store/ports.js';
import { newerVersion, supersedes } from './store-article.js';

const stored = (over: Partial<ArticleRecord>): ArticleRecord => ({
  id: 'a', status: 'ingested', reason: null, keys: ['b/k2.txt'], title: null, outlet: null, url: null, publishedAt: null,
  publishedAtSource: null, extractorVersion: '1.0.0', ingestedAt: '2024-01-01T00:00:00Z', textLength: 1, mentionCount: 0, ...over,
});
const delivery = (key: string) => stored({ keys: [key] });

describe('which delivery of the same text is canonical', () => {
  it('compares extractor versions numerically', () => {
    expect(newerVersion('1.10.0', '1.9.0')).toBe(true);
    expect(newerVersion('1.9.0', '1.10.0')).toBe(false);
    expect(newerVersion('1.0.0', '1.0.0')).toBe(false);
  });

  it('a newer extractor replaces, an older one never does', () => {
    expect(supersedes(delivery('b/z.txt'), '1.1.0', stored({}))).toBe(true);
    expect(supersedes(delivery('b/a.txt'), '0.9.0', stored({}))).toBe(false);
  });

  it('with the same extractor, the smallest bucket/key wins whatever the arrival order', () => {
    expect(supersedes(delivery('b/k1.txt'), '1.0.0', stored({}))).toBe(true);
    expect(supersedes(delivery('b/k3.txt'), '1.0.0', stored({}))).toBe(false);
    expect(supersedes(delivery('b/k2.txt'), '1.0.0', stored({}))).toBe(false); // a redelivery changes nothing
  });
});
