// Public entry of the extraction engine: text in, figures out. No AWS, no I/O.
export * from './types.js';
export { extract, EXTRACTOR_VERSION } from './extract.js';
