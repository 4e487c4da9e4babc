import { describe, expect, it } from 'vitest';
import { norm, normalise, toOriginal } from './normalise.js';

describe('normalise', () => {
  it('drops tashkeel and tatweel and unifies alef, alef maqsura and ta marbuta', () => {
    expect(normalise('قُتِلَ').text).toBe('قتل');
    expect(normalise('قتـــلى').text).toBe('قتلي');
    expect(normalise('إصابة أطفال آخرين').text).toBe('اصابه اطفال اخرين');
  });
  it('turns Arabic-Indic and Eastern digits and separators into ASCII', () => {
    expect(normalise('٣٢٧ و۱۲ و١٬٢٠٠').text).toBe('327 و12 و1,200');
  });
  it('maps spaces, Arabic punctuation and quotes', () => {
    expect(normalise('حلب\u00A0،«قتلى»؟').text).toBe('حلب ,"قتلي"?');
  });
  it('keeps a map back to the original text', () => {
    const original = 'سقوطُ ٣٤٣ قتيلاً';
    const nm = normalise(original);
    const i = nm.text.indexOf('343');
    const span = toOriginal(nm, i, i + 3);
    expect(original.slice(span.start, span.end)).toBe('٣٤٣');
    const w = nm.text.indexOf('قتيلا');
    const s2 = toOriginal(nm, w, w + 'قتيلا'.length);
    expect(original.slice(s2.start, s2.end)).toBe('قتيلاً'); // the deleted tanween after the last letter stays in the evidence
  });
  it('keeps astral characters whole', () => {
    const nm = normalise('😀 قتيل');
    expect(nm.text).toBe('😀 قتيل');
    expect(nm.map[nm.text.length]).toBe('😀 قتيل'.length);
  });
  it('norm() normalises lexicon entries the same way', () => {
    expect(norm(' ما لا  يقلّ عن ')).toBe('ما لا يقل عن');
  });
});
