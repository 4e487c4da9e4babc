// Which reader an upload goes to: the key's extension first (what the uploader chose),
// then the Content-Type, then a look at the first characters. Encoding is never taken
// from the extension; see encoding.ts.

export type UploadFormat = 'txt' | 'html' | 'json';

const BY_EXTENSION: Record<string, UploadFormat> = { txt: 'txt', text: 'txt', html: 'html', htm: 'html', xhtml: 'html', json: 'json' };

export interface FormatChoice {
  format: UploadFormat;
  basis: 'extension' | 'content_type' | 'content';
}

export function chooseFormat(key: string, contentType: string | null | undefined, bytes: Uint8Array): FormatChoice {
  const name = key.split('/').pop() ?? '';
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (ext in BY_EXTENSION) return { format: BY_EXTENSION[ext], basis: 'extension' };

  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml') return { format: 'html', basis: 'content_type' };
  if (type === 'application/json' || type.endsWith('+json')) return { format: 'json', basis: 'content_type' };
  if (type === 'text/plain') return { format: 'txt', basis: 'content_type' };

  // Markup and JSON start with ASCII, so a Latin-1 view of the first bytes is enough.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 512))
    .toString('latin1')
    .replace(/^\u00ef\u00bb\u00bf/, '')
    .trimStart();
  if (head.startsWith('{')) return { format: 'json', basis: 'content' };
  if (/^<(!doctype\s+html|html|head|body|meta|title|!--)/i.test(head)) return { format: 'html', basis: 'content' };
  return { format: 'txt', basis: 'content' };
}
