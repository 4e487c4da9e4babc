import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { articleIdFor, identityText } from './article-id.js';
import { REPORT_AR, seededRandom } from './test-fixtures.js';

describe('articleIdFor', () => {
  const id = articleIdFor(REPORT_AR);

  it('is the first 32 hex chars of the sha256 of the identity text', () => {
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(id).toBe(createHash('sha256').update(identityText(REPORT_AR)).digest('hex').slice(0, 32));
  });

  it('gives the same id for the same article re-uploaded with other whitespace, a BOM or CRLF', () => {
    expect(articleIdFor('\ufeff' + REPORT_AR)).toBe(id);
    expect(articleIdFor(`  ${REPORT_AR.replace(/ /g, '  ').replace(/\n/g, '\r\n')}\n\n`)).toBe(id);
  });

  it('ignores tashkeel, tatweel and alef variants', () => {
    expect(articleIdFor('قُتِلَ خمسةُ مدنيين')).toBe(articleIdFor('قتل خمسة مدنيين'));
    expect(articleIdFor('قتـــل خمسة')).toBe(articleIdFor('قتل خمسة'));
    expect(articleIdFor('إصابة أربعة آخرين')).toBe(articleIdFor('اصابة اربعة اخرين'));
  });

  it('maps presentation forms and invisible marks away', () => {
    // ﻻ (U+FEFB, lam-alef ligature) is لا; RLM and ZWNJ are invisible.
    expect(articleIdFor('\ufefb يوجد')).toBe(articleIdFor('لا يوجد'));
    expect(articleIdFor('قتل\u200f خمسة\u200c')).toBe(articleIdFor('قتل خمسة'));
  });

  it('tells different articles apart, even when only a figure differs', () => {
    expect(articleIdFor('قتل خمسة مدنيين')).not.toBe(articleIdFor('قتل ستة مدنيين'));
    expect(articleIdFor('قتل 5 مدنيين')).not.toBe(articleIdFor('قتل 6 مدنيين'));
  });

  it('collapses every kind and run of whitespace exactly like /\\s+/ → one space', () => {
    const rand = seededRandom(3);
    const pieces = ['قتل', 'a', ' ', '  ', '\n', '\r\n', '\t', '\u00a0', '\u2003', '\ufeff'];
    for (let n = 0; n < 500; n++) {
      const s = Array.from({ length: 12 }, () => pieces[Math.floor(rand() * pieces.length)]).join('');
      expect(identityText(s)).toBe(s.replace(/\ufeff/g, '').replace(/\s+/g, ' ').trim());
    }
  });
});
