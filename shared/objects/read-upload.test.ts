// readUpload as a specification: one uploaded object in, an article or a reason out.
import { describe, expect, it } from 'vitest';
import { MAX_UPLOAD_BYTES, missingObject, readUpload, type ReadResult, type UploadMeta } from './read-upload.js';
import { encodeWindows1256, ENGLISH, newsPage, REPORT_AR, seededRandom, SHORT_AR, utf8 } from './test-fixtures.js';

const uploadedAt = '2024-03-06T12:00:00.000Z';
const meta = (key: string, more: Partial<UploadMeta> = {}): UploadMeta => ({
  bucket: 'uploads', key, userMetadata: {}, contentType: null, uploadedAt, ...more,
});

function accepted(r: ReadResult) {
  if (!r.ok) throw new Error(`expected an article, got ${r.code}: ${r.reason}`);
  return r;
}
function rejected(r: ReadResult, code: string) {
  if (r.ok) throw new Error(`expected ${code}, got an article`);
  expect(r.code).toBe(code);
  return r.reason;
}

describe('plain text', () => {
  it('reads UTF-8 text with the metadata the uploader set', async () => {
    const r = accepted(await readUpload(utf8(REPORT_AR), meta('2024/03/idlib.txt', {
      userMetadata: { 'published-at': '2024-03-05', outlet: 'شبكة الأخبار', url: 'https://example.org/1', title: 'قصف على إدلب' },
    })));
    expect(r.article).toEqual({
      title: 'قصف على إدلب', body: REPORT_AR, publishedAt: '2024-03-05', publishedAtSource: 'metadata',
      outlet: 'شبكة الأخبار', url: 'https://example.org/1', format: 'txt', encoding: 'utf-8',
    });
    expect(r.warnings).toEqual([]);
    expect(r.arabicShare).toBeGreaterThan(0.95);
  });

  it('strips a BOM', async () => {
    const r = accepted(await readUpload(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(SHORT_AR)]), meta('a.txt')));
    expect(r.article).toMatchObject({ body: SHORT_AR, encoding: 'utf-8-bom' });
  });

  it('detects windows-1256 from the bytes, whatever the extension says', async () => {
    const r = accepted(await readUpload(encodeWindows1256(REPORT_AR), meta('legacy.txt')));
    expect(r.article).toMatchObject({ body: REPORT_AR, encoding: 'windows-1256' });
  });

  it('falls back to the upload time, flagged, when no date is given', async () => {
    const r = accepted(await readUpload(utf8(SHORT_AR), meta('a.txt')));
    expect(r.article).toMatchObject({ publishedAt: uploadedAt, publishedAtSource: 'upload_time', title: null, outlet: null, url: null });
    expect(r.warnings).toContain('no publication date in the document or the upload metadata; using the upload time');
  });

  it('ignores a malformed metadata date with a warning instead of refusing the article', async () => {
    const r = accepted(await readUpload(utf8(SHORT_AR), meta('a.txt', { userMetadata: { 'published-at': '5/3/2024' } })));
    expect(r.article.publishedAtSource).toBe('upload_time');
    expect(r.warnings[0]).toMatch(/published-at "5\/3\/2024" is not an ISO date/);
  });
});

describe('HTML pages', () => {
  it('extracts the article from a UTF-8 page and drops the furniture', async () => {
    const r = accepted(await readUpload(utf8(newsPage()), meta('page.html', { userMetadata: { 'published-at': '2024-03-05' } })));
    expect(r.article).toMatchObject({ title: 'مقتل خمسة مدنيين في قصف على ريف إدلب', body: REPORT_AR, format: 'html', encoding: 'utf-8' });
    expect(r.article.body).not.toContain('الرئيسية');
  });

  it('reads a windows-1256 page by its <meta charset>', async () => {
    const bytes = encodeWindows1256(newsPage({ charsetMeta: '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">' }));
    const r = accepted(await readUpload(bytes, meta('old.htm')));
    expect(r.article).toMatchObject({ body: REPORT_AR, encoding: 'windows-1256', format: 'html' });
  });

  it('takes the page’s published time as the document’s own date, before the metadata', async () => {
    const html = newsPage({ extraHead: '<meta property="article:published_time" content="2024-03-04T22:10:00+02:00">' });
    const r = accepted(await readUpload(utf8(html), meta('p.html', { userMetadata: { 'published-at': '2024-03-05' } })));
    expect(r.article).toMatchObject({ publishedAt: '2024-03-04T22:10:00+02:00', publishedAtSource: 'envelope' });
  });

  it('detects a windows-1256 page that declares no charset', async () => {
    const html = newsPage({ charsetMeta: '' });
    expect(accepted(await readUpload(encodeWindows1256(html), meta('old.html'))).article).toMatchObject({ body: REPORT_AR, encoding: 'windows-1256' });
  });

  it('is recognised by content type when the key has no extension', async () => {
    const r = accepted(await readUpload(utf8(newsPage()), meta('inbox/12345', { contentType: 'text/html; charset=utf-8' })));
    expect(r.article.format).toBe('html');
    expect(r.warnings[0]).toBe('key has no .txt/.html/.json extension; read as html (by content type)');
  });

  it('refuses a page with no readable text as empty', async () => {
    expect(rejected(await readUpload(utf8('<html><body><script>x()</script></body></html>'), meta('p.html')), 'empty')).toBe('HTML page has no readable text');
  });
});

describe('JSON envelopes', () => {
  const envelope = { title: 'انفجار في درعا', body: SHORT_AR, publishedAt: '2024-03-05T08:00:00Z', outlet: 'شبكة الأخبار', url: 'https://example.org/2' };

  it('reads every field, the envelope winning over the metadata', async () => {
    const r = accepted(await readUpload(utf8(JSON.stringify(envelope)), meta('a.json', { userMetadata: { 'published-at': '2024-01-01', outlet: 'other' } })));
    expect(r.article).toEqual({ ...envelope, publishedAtSource: 'envelope', format: 'json', encoding: 'utf-8' });
  });

  it('fills missing envelope fields from the metadata', async () => {
    const r = accepted(await readUpload(utf8(JSON.stringify({ body: SHORT_AR })), meta('a.json', { userMetadata: { 'published-at': '2024-01-01', outlet: 'SANA' } })));
    expect(r.article).toMatchObject({ publishedAt: '2024-01-01', publishedAtSource: 'metadata', outlet: 'SANA', title: null });
  });

  it('reads an envelope saved with a BOM', async () => {
    const r = accepted(await readUpload(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(JSON.stringify(envelope))]), meta('a.json')));
    expect(r.article).toMatchObject({ body: SHORT_AR, encoding: 'utf-8-bom' });
  });

  it('is recognised by its first character when nothing else says so', async () => {
    expect(accepted(await readUpload(utf8(`\n  ${JSON.stringify(envelope)}`), meta('drop/abc'))).article.format).toBe('json');
  });

  it('refuses a broken envelope, naming the field', async () => {
    expect(rejected(await readUpload(utf8(JSON.stringify({ body: SHORT_AR, publishedAt: 'March 5' })), meta('a.json')), 'bad_envelope')).toMatch(/publishedAt: expected an ISO date/);
    expect(rejected(await readUpload(utf8('{"body": '), meta('a.json')), 'bad_envelope')).toMatch(/not valid JSON/);
  });
});

describe('rejections', () => {
  it('empty: zero bytes, or only whitespace', async () => {
    expect(rejected(await readUpload(new Uint8Array(0), meta('a.txt')), 'empty')).toBe('object is empty (0 bytes)');
    expect(rejected(await readUpload(utf8(' \n\t\u00a0 \r\n'), meta('a.txt')), 'empty')).toMatch(/only whitespace/);
    expect(rejected(await readUpload(Uint8Array.from([0xef, 0xbb, 0xbf, 0x0a]), meta('a.txt')), 'empty')).toMatch(/only whitespace/);
  });

  it('binary: a PDF or a Word document uploaded as .txt', async () => {
    expect(rejected(await readUpload(utf8('%PDF-1.4\n%âãÏÓ\n1 0 obj'), meta('report.txt')), 'binary')).toBe('object is a PDF document, not text: upload the article text, not the PDF');
    expect(rejected(await readUpload(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]), meta('report.docx')), 'binary')).toMatch(/ZIP archive .*\.docx/);
  });

  it('too_large: refused before decoding, with the size', async () => {
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 1).fill(0x20);
    expect(rejected(await readUpload(big, meta('big.txt')), 'too_large')).toBe('object is 5.00 MB (5242881 bytes), above the 5.00 MB (5242880 bytes) limit for one article');
    // Exactly at the limit is fine as far as size goes (it is whitespace, so it is empty).
    expect(rejected(await readUpload(new Uint8Array(MAX_UPLOAD_BYTES).fill(0x20), meta('big.txt')), 'empty')).toMatch(/whitespace/);
  });

  it('invalid_encoding: neither UTF-8 nor windows-1256 Arabic, with the byte offset', async () => {
    const latin1 = Uint8Array.from([...utf8('Caf'), 0xe9, ...utf8(' ouvert ce matin dans le centre-ville de la capitale.')]);
    expect(rejected(await readUpload(latin1, meta('fr.txt')), 'invalid_encoding')).toMatch(/first invalid UTF-8 sequence at byte offset 3/);
  });

  it('not_arabic: states the measured share of Arabic letters', async () => {
    const reason = rejected(await readUpload(utf8(ENGLISH), meta('en.txt')), 'not_arabic');
    expect(reason).toMatch(/^only 0\.0% of the \d+ letters are Arabic \(at least 20\.0% needed\)/);
    // One Arabic word in an English paragraph is still not an Arabic article.
    const mixed = rejected(await readUpload(utf8(`${ENGLISH} (قصف)`), meta('en.txt')), 'not_arabic');
    expect(mixed).toMatch(/^only [1-9]\.\d% of the/);
  });

  it('not_arabic: recognises mojibake and says how to fix it', async () => {
    // UTF-8 Arabic bytes read as windows-1252 and saved again as UTF-8.
    const mojibake = new TextDecoder('windows-1252').decode(utf8(SHORT_AR));
    expect(rejected(await readUpload(utf8(mojibake), meta('a.txt')), 'not_arabic')).toMatch(/decoded as Latin-1 .* re-export the original file/);
  });

  it('not_arabic: a text with no letters at all', async () => {
    expect(rejected(await readUpload(utf8('12 / 45 - 2024'), meta('a.txt')), 'not_arabic')).toMatch(/no letters/);
  });

  it('accepts an Arabic article that quotes English', async () => {
    expect((await readUpload(utf8(`${REPORT_AR}\n\nSource: Syrian Civil Defence (White Helmets)`), meta('a.txt'))).ok).toBe(true);
  });

  it('missing_object: the wording for an object the handler could not fetch', async () => {
    expect(missingObject('2024/03/a.txt')).toEqual({
      ok: false, code: 'missing_object', reason: 'object "2024/03/a.txt" was not found in the bucket (deleted or overwritten before it could be read)',
    });
  });
});

describe('damaged uploads', () => {
  it('always come back as an article or a coded rejection, never an exception', async () => {
    const rand = seededRandom(42);
    const originals: [string, Uint8Array][] = [
      ['a.txt', utf8(REPORT_AR)],
      ['a.txt', encodeWindows1256(REPORT_AR)],
      ['a.html', utf8(newsPage())],
      ['a.json', utf8(JSON.stringify({ body: REPORT_AR, publishedAt: '2024-03-05' }))],
    ];
    const codes = new Set(['empty', 'binary', 'invalid_encoding', 'too_large', 'not_arabic', 'bad_envelope']);
    const seen = new Set<string>();
    for (let n = 0; n < 400; n++) {
      const [key, original] = originals[n % originals.length];
      const bytes = original.slice(0, Math.floor(rand() * original.length) + 1);
      for (let k = Math.floor(rand() * 6); k > 0; k--) bytes[Math.floor(rand() * bytes.length)] = Math.floor(rand() * 256);
      const r = await readUpload(bytes, meta(key));
      if (r.ok) {
        seen.add('ok');
        expect(r.article.body.trim()).not.toBe('');
      } else {
        seen.add(r.code);
        expect(codes).toContain(r.code);
        expect(r.reason.length).toBeGreaterThan(10);
      }
    }
    // The damage is varied enough to reach several outcomes.
    expect(seen.size).toBeGreaterThanOrEqual(4);
  });
});
