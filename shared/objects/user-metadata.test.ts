import { describe, expect, it } from 'vitest';
import { decodeEncodedWords, metadataValue } from './user-metadata.js';

describe('metadataValue', () => {
  it('finds a field whatever the case or x-amz-meta- prefix, trimmed', () => {
    expect(metadataValue({ 'published-at': ' 2024-03-05 ' }, 'published-at')).toBe('2024-03-05');
    expect(metadataValue({ 'X-Amz-Meta-Outlet': 'SANA' }, 'outlet')).toBe('SANA');
  });

  it('returns null for absent or blank fields', () => {
    expect(metadataValue({}, 'outlet')).toBeNull();
    expect(metadataValue({ outlet: '   ' }, 'outlet')).toBeNull();
  });

  it('decodes an Arabic value sent as an RFC 2047 encoded word', () => {
    const b64 = Buffer.from('المرصد السوري', 'utf8').toString('base64');
    expect(metadataValue({ outlet: `=?UTF-8?B?${b64}?=` }, 'outlet')).toBe('المرصد السوري');
  });
});

describe('decodeEncodedWords', () => {
  it('decodes Q encoding and joins adjacent words', () => {
    const q = Buffer.from('حلب', 'utf8').reduce((s, b) => s + '=' + b.toString(16).toUpperCase().padStart(2, '0'), '');
    expect(decodeEncodedWords(`=?utf-8?Q?${q}_?= =?utf-8?Q?news?=`)).toBe('حلب news');
  });

  it('leaves plain values and unknown charsets alone', () => {
    expect(decodeEncodedWords('plain value')).toBe('plain value');
    expect(decodeEncodedWords('=?x-unknown?B?AAAA?=')).toBe('=?x-unknown?B?AAAA?=');
  });
});
