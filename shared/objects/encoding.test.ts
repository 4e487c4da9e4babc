import { describe, expect, it } from 'vitest';
import { canonicalCharset, decodeText } from './encoding.js';
import { encodeWindows1256, REPORT_AR, seededRandom, SHORT_AR, utf8 } from './test-fixtures.js';

const ok = (r: ReturnType<typeof decodeText>) => {
  if (!r.ok) throw new Error(`expected text, got ${r.code}: ${r.reason}`);
  return r;
};

describe('the windows-1256 test encoder', () => {
  it('matches the code page for a few bytes checked by hand', () => {
    // ا 0xC7, ل 0xE1, س 0xD3, م 0xE3, ، 0xA1, ؟ 0xBF, space 0x20
    expect(Array.from(encodeWindows1256('السلام، ؟'))).toEqual([0xc7, 0xe1, 0xd3, 0xe1, 0xc7, 0xe3, 0xa1, 0x20, 0xbf]);
  });
});

describe('decodeText', () => {
  it('reads UTF-8 Arabic', () => {
    const r = ok(decodeText(utf8(REPORT_AR)));
    expect(r).toMatchObject({ text: REPORT_AR, encoding: 'utf-8', warnings: [] });
  });

  it('strips a UTF-8 byte-order mark and says it was there', () => {
    const r = ok(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(SHORT_AR)])));
    expect(r.text).toBe(SHORT_AR);
    expect(r.text.charCodeAt(0)).not.toBe(0xfeff);
    expect(r.encoding).toBe('utf-8-bom');
  });

  it('detects legacy windows-1256 Arabic from the bytes alone', () => {
    const r = ok(decodeText(encodeWindows1256(REPORT_AR)));
    expect(r).toMatchObject({ text: REPORT_AR, encoding: 'windows-1256' });
  });

  it('detects a short windows-1256 sentence too', () => {
    expect(ok(decodeText(encodeWindows1256(SHORT_AR)))).toMatchObject({ text: SHORT_AR, encoding: 'windows-1256' });
  });

  it('keeps well-formed UTF-8 even when windows-1256 was declared, with a warning', () => {
    const r = ok(decodeText(utf8(SHORT_AR), 'windows-1256'));
    expect(r.encoding).toBe('utf-8');
    expect(r.warnings[0]).toMatch(/declared charset windows-1256/);
  });

  it('trusts a declared windows-1256 (any alias) for bytes that are not UTF-8', () => {
    expect(ok(decodeText(encodeWindows1256(SHORT_AR), 'cp1256')).encoding).toBe('windows-1256');
  });

  it('warns when UTF-8 was declared but the bytes are windows-1256', () => {
    const r = ok(decodeText(encodeWindows1256(REPORT_AR), 'UTF-8'));
    expect(r.encoding).toBe('windows-1256');
    expect(r.warnings[0]).toMatch(/declared charset UTF-8 but the bytes are not/);
  });

  it('rejects Latin-1 French, naming the offset of the first invalid byte', () => {
    // "Le café" in windows-1252: é is 0xE9 at offset 6
    const bytes = Uint8Array.from([...utf8('Le caf'), 0xe9, ...utf8(' est ouvert à tous les habitants du quartier depuis hier soir.')]);
    const r = decodeText(bytes);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe('invalid_encoding');
    expect(r.reason).toMatch(/byte offset 6 \(0xE9 0x20 0x65 0x73\)/);
    expect(r.reason).toMatch(/does not read as windows-1256 Arabic/);
  });

  it('rejects random high bytes, which windows-1256 would happily decode', () => {
    const rand = seededRandom(7);
    const bytes = Uint8Array.from({ length: 400 }, () => 0x80 + Math.floor(rand() * 128));
    const r = decodeText(bytes);
    expect(r).toMatchObject({ ok: false, code: 'invalid_encoding' });
    if (!r.ok) expect(r.reason).toMatch(/almost no spaces between words/);
  });

  it('rejects random high bytes even with spaces sprinkled in, by their control characters', () => {
    const rand = seededRandom(11);
    const bytes = Uint8Array.from({ length: 400 }, () => (rand() < 0.2 ? 0x20 : 1 + Math.floor(rand() * 255)));
    const r = decodeText(bytes);
    expect(r).toMatchObject({ ok: false, code: 'invalid_encoding' });
  });

  it('rejects a BOM followed by bytes that are not UTF-8 (the BOM settles the encoding)', () => {
    const r = decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...encodeWindows1256(SHORT_AR)]));
    expect(r).toMatchObject({ ok: false, code: 'invalid_encoding' });
    if (!r.ok) expect(r.reason).toMatch(/byte-order mark .* byte offset 3/);
  });

  it('rejects UTF-16 with a clear instruction', () => {
    const r = decodeText(Uint8Array.from([0xff, 0xfe, 0x27, 0x06]));
    expect(r).toMatchObject({ ok: false, code: 'invalid_encoding' });
    if (!r.ok) expect(r.reason).toMatch(/UTF-16.*save it as UTF-8/);
  });
});

describe('canonicalCharset', () => {
  it('resolves browser labels to the two encodings we read', () => {
    expect(canonicalCharset('UTF8')).toBe('utf-8');
    expect(canonicalCharset('x-cp1256')).toBe('windows-1256');
    expect(canonicalCharset('iso-8859-6')).toBeNull();
    expect(canonicalCharset('no-such-charset')).toBeNull();
  });
});
