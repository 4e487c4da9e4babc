import type { ArticleExtraction, ArticleInput } from './types.js';

export const EXTRACTOR_VERSION = '0.0.0';

/** Reads one article. Placeholder until the engine lands (issue 2). */
export function extract(input: ArticleInput): ArticleExtraction {
  const text = input.title ? `${input.title}\n\n${input.body}` : input.body;
  return {
    extractorVersion: EXTRACTOR_VERSION, textLength: text.length, mentions: [], totals: {},
    context: { publishedAt: input.publishedAt ?? null, outlet: input.outlet ?? null, datelineGovernorates: [], mainGovernorates: [] },
  };
}
