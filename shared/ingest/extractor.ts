// The extraction engine as configured for this deployment: the best-figure policy and, when
// GAZETTEER_CSV names an OCHA places file, village-level placement. The file is read once per
// process; the engine itself stays free of I/O.
import { readFileSync } from 'node:fs';
import type { Config } from '../config.js';
import { extract, gazetteerFromCsv, type ArticleExtraction, type ArticleInput } from '../extraction/index.js';

export type Extractor = (input: ArticleInput) => ArticleExtraction;

export function configuredExtractor(cfg: Pick<Config, 'BEST_POLICY' | 'GAZETTEER_CSV'>): Extractor {
  const gazetteer = cfg.GAZETTEER_CSV ? gazetteerFromCsv(readFileSync(cfg.GAZETTEER_CSV, 'utf8')) : undefined;
  return (input) => extract(input, { gazetteer, policy: cfg.BEST_POLICY });
}
