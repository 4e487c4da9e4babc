import { describe, expect, it } from 'vitest';
import { parseEnvelope } from './envelope.js';
import { SHORT_AR } from './test-fixtures.js';

const reason = (text: string) => {
  const r = parseEnvelope(text);
  if (r.ok) throw new Error('expected a rejection');
  expect(r.code).toBe('bad_envelope');
  return r.reason;
};

describe('parseEnvelope', () => {
  it('accepts a full envelope', () => {
    const r = parseEnvelope(JSON.stringify({ title: 'انفجار في درعا', body: SHORT_AR, publishedAt: '2024-03-05', outlet: 'شبكة الأخبار', url: 'https://example.org/a/1' }));
    expect(r).toEqual({
      ok: true,
      envelope: { title: 'انفجار في درعا', body: SHORT_AR, publishedAt: '2024-03-05', outlet: 'شبكة الأخبار', url: 'https://example.org/a/1' },
      warnings: [],
    });
  });

  it('needs only the body; nulls are allowed for the rest', () => {
    const r = parseEnvelope(JSON.stringify({ body: SHORT_AR, title: null, publishedAt: null }));
    expect(r.ok).toBe(true);
  });

  it('accepts date-times with or without an offset', () => {
    for (const publishedAt of ['2024-03-05T09:30:00Z', '2024-03-05T09:30:00+03:00', '2024-03-05T09:30']) {
      expect(parseEnvelope(JSON.stringify({ body: SHORT_AR, publishedAt })).ok).toBe(true);
    }
  });

  it('names broken JSON', () => {
    expect(reason('{"body": "نص",')).toMatch(/^JSON envelope is not valid JSON: /);
  });

  it('names the missing or empty body by its path', () => {
    expect(reason(JSON.stringify({ title: 'x' }))).toMatch(/^JSON envelope failed validation: body: .*expected string/);
    expect(reason(JSON.stringify({ body: '  \n ' }))).toBe('JSON envelope failed validation: body: must be a non-empty string');
  });

  it('names a malformed publishedAt, including an impossible calendar date', () => {
    expect(reason(JSON.stringify({ body: SHORT_AR, publishedAt: '05/03/2024' }))).toMatch(/publishedAt: expected an ISO date/);
    expect(reason(JSON.stringify({ body: SHORT_AR, publishedAt: '2023-02-29' }))).toMatch(/publishedAt: expected an ISO date/);
  });

  it('lists every failing field', () => {
    expect(reason(JSON.stringify({ body: 5, outlet: ['a'] }))).toMatch(/body: .*; outlet: /);
  });

  it('rejects a top-level array', () => {
    expect(reason('[]')).toMatch(/\(root\): .*expected object/);
  });

  it('ignores unknown fields with a warning', () => {
    const r = parseEnvelope(JSON.stringify({ body: SHORT_AR, author: 'مراسل' }));
    expect(r).toMatchObject({ ok: true, warnings: ['JSON envelope fields ignored: author'] });
  });
});
