import { describe, expect, it } from 'vitest';
import { etagOf, json, matchesIfNoneMatch, withCaching } from './http.js';

describe('ETag and If-None-Match', () => {
  it('hashes the body: same body same tag, different body different tag', () => {
    expect(etagOf('{"a":1}')).toBe(etagOf('{"a":1}'));
    expect(etagOf('{"a":1}')).not.toBe(etagOf('{"a":2}'));
    expect(etagOf('x')).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
  });

  it('matches lists, weak tags and *', () => {
    const tag = etagOf('body');
    expect(matchesIfNoneMatch(`"nope", ${tag}`, tag)).toBe(true);
    expect(matchesIfNoneMatch(`W/${tag}`, tag)).toBe(true);
    expect(matchesIfNoneMatch('*', tag)).toBe(true);
    expect(matchesIfNoneMatch('"nope"', tag)).toBe(false);
    expect(matchesIfNoneMatch(undefined, tag)).toBe(false);
  });

  it('answers 304 without a body when the client has the current version', () => {
    const res = withCaching(json({ rows: [] }), undefined);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toMatch(/max-age=/);
    const again = withCaching(json({ rows: [] }), res.headers.etag);
    expect(again).toMatchObject({ statusCode: 304, body: '' });
    expect(again.headers.etag).toBe(res.headers.etag);
    expect(again.headers['content-type']).toBeUndefined();
  });
});
