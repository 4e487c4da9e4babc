import { describe, expect, it } from 'vitest';
import { seededRandom } from './test-fixtures.js';
import { firstInvalidUtf8Offset } from './utf8.js';

const bytes = (...b: number[]) => Uint8Array.from(b);

describe('firstInvalidUtf8Offset', () => {
  it('accepts ASCII, Arabic (2-byte), 3-byte and 4-byte sequences', () => {
    expect(firstInvalidUtf8Offset(new TextEncoder().encode('abc قتلى € 😀'))).toBe(-1);
    expect(firstInvalidUtf8Offset(bytes())).toBe(-1);
  });

  it('names the lead byte of the first bad sequence', () => {
    // "ab" then a lone windows-1256 alef (0xC7) followed by a space
    expect(firstInvalidUtf8Offset(bytes(0x61, 0x62, 0xc7, 0x20))).toBe(2);
    expect(firstInvalidUtf8Offset(bytes(0x80))).toBe(0); // continuation without a lead
    expect(firstInvalidUtf8Offset(bytes(0xc0, 0x80))).toBe(0); // overlong NUL
    expect(firstInvalidUtf8Offset(bytes(0x41, 0xe0, 0x80, 0x80))).toBe(1); // overlong 3-byte
    expect(firstInvalidUtf8Offset(bytes(0xed, 0xa0, 0x80))).toBe(0); // UTF-16 surrogate
    expect(firstInvalidUtf8Offset(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0); // above U+10FFFF
    expect(firstInvalidUtf8Offset(bytes(0x41, 0x42, 0xd9))).toBe(2); // truncated at the end
  });

  it('agrees with the fatal TextDecoder on random byte strings', () => {
    const rand = seededRandom(1256);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let invalid = 0;
    for (let n = 0; n < 3000; n++) {
      const len = Math.floor(rand() * 12);
      // Bias towards bytes that start or continue multi-byte sequences.
      const b = Uint8Array.from({ length: len }, () => (rand() < 0.3 ? Math.floor(rand() * 128) : 0x80 + Math.floor(rand() * 128)));
      let decodes = true;
      try { decoder.decode(b); } catch { decodes = false; }
      const at = firstInvalidUtf8Offset(b);
      expect(at === -1, `bytes ${Array.from(b)}`).toBe(decodes);
      if (at >= 0) {
        invalid++;
        // Everything before the reported offset is well-formed on its own.
        expect(() => decoder.decode(b.subarray(0, at))).not.toThrow();
      }
    }
    expect(invalid).toBeGreaterThan(100);
  });
});
