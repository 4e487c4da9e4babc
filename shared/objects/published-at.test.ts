import { describe, expect, it } from 'vitest';
import { choosePublishedAt } from './published-at.js';

const uploadedAt = '2024-03-06T12:00:00.000Z';

describe('choosePublishedAt', () => {
  it('prefers the document’s own date over the metadata', () => {
    expect(choosePublishedAt({ document: '2024-03-05', metadata: '2024-03-04', uploadedAt })).toEqual({
      publishedAt: '2024-03-05', publishedAtSource: 'envelope', warnings: [],
    });
  });

  it('uses the metadata date when the document has none', () => {
    expect(choosePublishedAt({ metadata: ' 2024-03-04T08:00:00+03:00 ', uploadedAt })).toMatchObject({
      publishedAt: '2024-03-04T08:00:00+03:00', publishedAtSource: 'metadata', warnings: [],
    });
  });

  it('falls back to the upload time, flagged, and says so', () => {
    const r = choosePublishedAt({ uploadedAt });
    expect(r).toMatchObject({ publishedAt: uploadedAt, publishedAtSource: 'upload_time' });
    expect(r.warnings).toEqual(['no publication date in the document or the upload metadata; using the upload time']);
  });

  it('ignores a malformed metadata date with a warning', () => {
    const r = choosePublishedAt({ metadata: 'Tuesday 5 March', uploadedAt });
    expect(r.publishedAtSource).toBe('upload_time');
    expect(r.warnings[0]).toBe('user metadata published-at "Tuesday 5 March" is not an ISO date or date-time; ignored');
  });

  it('ignores a malformed document date and falls back to a good metadata date', () => {
    const r = choosePublishedAt({ document: 'yesterday', documentLabel: 'HTML article:published_time', metadata: '2024-03-04', uploadedAt });
    expect(r).toMatchObject({ publishedAt: '2024-03-04', publishedAtSource: 'metadata' });
    expect(r.warnings).toEqual(['HTML article:published_time "yesterday" is not an ISO date or date-time; ignored']);
  });

  it('treats a bad upload time as a bug in the caller', () => {
    expect(() => choosePublishedAt({ uploadedAt: 'now' })).toThrow(TypeError);
  });
});
