// Public entry of the extraction engine: text in, figures out. No AWS, no I/O.
export * from './types.js';
export { extract, articleText, EXTRACTOR_VERSION, type ExtractOptions } from './extract.js';
export { reconcile, BEST_POLICIES, type BestPolicy } from './policy.js';
export { GOVERNORATES, GOVERNORATE_CODES, gazetteerFromCsv, Gazetteer } from './gazetteer.js';
export { normalise } from './normalise.js';
