import { describe, expect, it } from 'vitest';
import { normalise } from './normalise.js';
import { readNumber } from './numbers.js';
import { tokenize } from './tokens.js';

const read = (ar: string) => {
  const tokens = tokenize(normalise(ar).text);
  return readNumber(tokens, 0)?.value ?? null;
};

describe('numbers', () => {
  it.each([
    ['16', 16], ['٣٢٧', 327], ['۱۲', 12], ['1,200', 1200], ['١٬٢٠٠', 1200], ['5 آلاف', 5000],
    ['خمسين', 50], ['خمسون', 50], ['عشرين', 20], ['عشرون', 20],
    ['ثلاث', 3], ['ثلاثة', 3], ['ثلاثةُ', 3], ['ثمانية', 8], ['عشرة', 10],
    ['أحد عشر', 11], ['إحدى عشرة', 11], ['اثنا عشر', 12], ['ثلاثة عشر', 13], ['خمس عشرة', 15],
    ['خمسة وعشرين', 25], ['ثلاثمائة وأربعة', 304], ['ثلاثمائة وثلاثة وأربعون', 343], ['ثلاثمئة', 300],
    ['مائتين', 200], ['مئة وخمسين', 150], ['ثلاثة آلاف', 3000], ['ألف ومئتين', 1200], ['ألفين', 2000],
    ['بأربعة', 4], ['وخمسين', 50], ['لخمسة', 5],
  ])('%s = %i', (ar, v) => expect(read(ar)).toBe(v));

  it.each([['أحد المشافي'], ['الخمسين'], ['الرابع'], ['عشرات'], ['قتلى']])('%s is not a cardinal', (ar) => {
    expect(read(ar)).toBeNull();
  });

  it('stops at the end of the number', () => {
    const tokens = tokenize(normalise('أربعين مقاتلا').text);
    expect(readNumber(tokens, 0)).toMatchObject({ value: 40, next: 1, words: true });
  });
});
