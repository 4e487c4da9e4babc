import { describe, expect, it } from 'vitest';
import { detectBinary } from './magic-numbers.js';
import { encodeWindows1256, REPORT_AR, utf8 } from './test-fixtures.js';

const head = (...b: number[]) => Uint8Array.from([...b, ...utf8(' rest of the file')]);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

describe('detectBinary', () => {
  it.each([
    ['PDF document', head(...ascii('%PDF-1.7'))],
    ['PNG image', head(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)],
    ['JPEG image', head(0xff, 0xd8, 0xff, 0xe0)],
    ['GIF image', head(...ascii('GIF89a'))],
    ['WebP image', head(...ascii('RIFF'), 1, 2, 3, 4, ...ascii('WEBP'))],
    ['ZIP archive (e.g. a .docx Word document)', head(0x50, 0x4b, 0x03, 0x04, ...ascii('[Content_Types].xml'))],
    ['legacy Office document (.doc/.xls)', head(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)],
    ['gzip archive', head(0x1f, 0x8b, 0x08)],
  ])('recognises a %s by its leading bytes', (what, bytes) => {
    expect(detectBinary(bytes)).toMatchObject({ binary: true, what });
  });

  it('treats a NUL byte anywhere as binary and says where', () => {
    const bytes = Uint8Array.from([...utf8('قتل'), 0, 0x41]);
    expect(detectBinary(bytes)).toMatchObject({ binary: true, what: 'file with a NUL byte at offset 6' });
  });

  it('passes text in either encoding', () => {
    expect(detectBinary(utf8(REPORT_AR))).toEqual({ binary: false });
    expect(detectBinary(encodeWindows1256(REPORT_AR))).toEqual({ binary: false });
  });

  it('does not mistake text that merely starts like a signature', () => {
    expect(detectBinary(utf8('%PD'))).toEqual({ binary: false });
    expect(detectBinary(utf8('GIF87 is not a gif'))).toEqual({ binary: false });
  });
});
