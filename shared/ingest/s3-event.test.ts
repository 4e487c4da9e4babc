import { describe, expect, it } from 'vitest';
import { parseNotification } from './s3-event.js';

const record = (key: string, eventName = 'ObjectCreated:Put') => ({
  eventName, s3: { bucket: { name: 'uploads' }, object: { key, eTag: 'abc', size: 12 } },
});

describe('parseNotification', () => {
  it('reads bucket, decoded key, etag and size of each created object', () => {
    const body = JSON.stringify({ Records: [record('news/%D8%AD%D9%84%D8%A8+today.txt'), record('gone.txt', 'ObjectRemoved:Delete')] });
    expect(parseNotification(body)).toEqual({ kind: 'objects', objects: [{ bucket: 'uploads', key: 'news/حلب today.txt', etag: 'abc', size: 12 }] });
  });

  it("recognises S3's test event", () => {
    expect(parseNotification(JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent', Bucket: 'uploads' }))).toEqual({ kind: 'test_event' });
  });

  it('says why a message is not a notification', () => {
    expect(parseNotification('not json')).toMatchObject({ kind: 'broken', reason: expect.stringMatching(/not JSON/) });
    expect(parseNotification('{"hello":1}')).toMatchObject({ kind: 'broken', reason: expect.stringMatching(/no Records/) });
    expect(parseNotification(JSON.stringify({ Records: [{ eventName: 'ObjectCreated:Put' }] }))).toMatchObject({ kind: 'broken', reason: expect.stringMatching(/record 0/) });
    expect(parseNotification(JSON.stringify({ Records: [record('%E0%A4%A')] }))).toMatchObject({ kind: 'broken', reason: expect.stringMatching(/URL encoding/) });
  });
});
