import { describe, expect, it } from 'vitest';
import { arabicShare, looksLikeMojibake } from './arabic-share.js';
import { ENGLISH, REPORT_AR } from './test-fixtures.js';

describe('arabicShare', () => {
  it('counts letters only: digits, punctuation and spaces do not dilute an Arabic toll', () => {
    expect(arabicShare('قتل 25 شخصاً، و40 جريحاً!')).toEqual({ letters: 13, arabic: 13, share: 1 });
  });

  it('counts Latin letters against the share', () => {
    expect(arabicShare('قتل SOHR')).toEqual({ letters: 7, arabic: 3, share: 3 / 7 });
  });

  it('knows Arabic letters outside the core block (Persian/Urdu letters, presentation forms) and non-Latin letters', () => {
    expect(arabicShare('پچ\ufefb')).toMatchObject({ letters: 3, arabic: 3 });
    expect(arabicShare('Привет')).toMatchObject({ letters: 6, arabic: 0 });
    expect(arabicShare('𝒜b')).toMatchObject({ letters: 2, arabic: 0 }); // astral letter counted once
  });

  it('is near 1 for an Arabic report and 0 for English', () => {
    expect(arabicShare(REPORT_AR).share).toBeGreaterThan(0.99);
    expect(arabicShare(ENGLISH).share).toBe(0);
  });
});

describe('looksLikeMojibake', () => {
  it('spots UTF-8 Arabic read as windows-1252', () => {
    expect(looksLikeMojibake(new TextDecoder('windows-1252').decode(new TextEncoder().encode(REPORT_AR)))).toBe(true);
    expect(looksLikeMojibake(ENGLISH)).toBe(false);
    expect(looksLikeMojibake(REPORT_AR)).toBe(false);
  });
});
