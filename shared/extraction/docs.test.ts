// docs/extraction.md lists every construction the engine reads with the figure it yields.
// This test holds the document to the engine: each table row must read exactly as written.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from './extract.js';

const doc = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'extraction.md'), 'utf8');
const section = doc.slice(doc.indexOf('## Every construction'), doc.indexOf('### Vague quantities'));
const rows = section.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| construction') && !l.startsWith('|---'))
  .map((l) => l.split('|').slice(1, -1).map((c) => c.trim()));

describe('docs/extraction.md', () => {
  it('has a row for every construction', () => expect(rows.length).toBeGreaterThanOrEqual(40));
  it.each(rows.map((r) => [r[0], r[1], r[3]]))('%s: %s → %s', (_name, arabic, figure) => {
    const got = extract({ body: arabic, publishedAt: '2024-11-30' }).mentions
      .map((m) => `${m.category} ${m.count.value} ${m.count.qualifier} ${m.victim}`).join('; ');
    expect(got || 'none').toBe(figure);
  });
});
