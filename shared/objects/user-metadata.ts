// S3 user metadata (x-amz-meta-*) as the uploader set it. S3 only carries ASCII in
// headers, so the SDK and the console send non-ASCII values (an Arabic title or outlet)
// as RFC 2047 encoded words, "=?UTF-8?B?2YXZgtiq2YQ=?="; they are decoded here.

/** The value of one metadata field, trimmed and decoded; null when absent or blank. */
export function metadataValue(meta: Record<string, string>, name: string): string | null {
  const wanted = name.toLowerCase();
  for (const [key, raw] of Object.entries(meta)) {
    const k = key.toLowerCase().replace(/^x-amz-meta-/, '');
    if (k !== wanted || typeof raw !== 'string') continue;
    const value = decodeEncodedWords(raw).trim();
    return value === '' ? null : value;
  }
  return null;
}

const ENCODED_WORD = /=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/g;

/** RFC 2047 encoded words → text; whitespace between two adjacent encoded words is dropped. */
export function decodeEncodedWords(value: string): string {
  if (!value.includes('=?')) return value;
  const joined = value.replace(/(\?=)\s+(?==\?)/g, '$1');
  return joined.replace(ENCODED_WORD, (whole, charset: string, enc: string, data: string) => {
    try {
      const bytes = enc.toUpperCase() === 'B' ? Buffer.from(data, 'base64') : qDecode(data);
      return new TextDecoder(charset, { fatal: true }).decode(bytes);
    } catch {
      return whole; // unknown charset or broken bytes: keep it as written rather than guess
    }
  });
}

function qDecode(data: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < data.length; i++) {
    const ch = data[i];
    if (ch === '_') out.push(0x20);
    else if (ch === '=' && /^[0-9A-Fa-f]{2}$/.test(data.slice(i + 1, i + 3))) {
      out.push(parseInt(data.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(ch.charCodeAt(0) & 0xff);
  }
  return Uint8Array.from(out);
}
