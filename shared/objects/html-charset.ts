// Which character encoding an HTML page declares, read from the bytes before decoding them.
// Kept apart from the HTML reader (html-article.ts) because every upload needs it and only
// HTML uploads need the reader.

/** How far into the page to look for <meta charset>; a little more than the 1024 bytes browsers scan. */
const CHARSET_PRESCAN_BYTES = 4096;

/**
 * The charset a page declares: Content-Type `charset=` parameter first (the transport wins,
 * as in browsers), then <meta charset> / <meta http-equiv="Content-Type"> near the top.
 */
export function declaredCharset(bytes: Uint8Array, contentType?: string | null): string | null {
  const fromHeader = contentTypeCharset(contentType);
  if (fromHeader) return fromHeader;
  // Latin-1 keeps every byte as one char, so ASCII markup is readable whatever the encoding.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, CHARSET_PRESCAN_BYTES)).toString('latin1');
  const m = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)/i.exec(head);
  return m ? m[1] : null;
}

export function contentTypeCharset(contentType?: string | null): string | null {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return m ? m[1] : null;
}
