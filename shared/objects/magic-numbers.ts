// Binary files that people upload by mistake instead of article text, recognised by
// their leading bytes. A small table rather than the `file-type` package: that package
// is async-only (readUpload is synchronous) and knows hundreds of formats we would
// reject the same way anyway. Anything with a NUL byte is treated as binary too.

export interface Signature {
  name: string;
  /** Bytes at `offset`; null matches any byte. */
  bytes: readonly (number | null)[];
  offset?: number;
  /** What the uploader should do instead. */
  hint: string;
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

export const SIGNATURES: readonly Signature[] = [
  { name: 'PDF document', bytes: ascii('%PDF-'), hint: 'upload the article text, not the PDF' },
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], hint: 'images are not read (no OCR)' },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff], hint: 'images are not read (no OCR)' },
  { name: 'GIF image', bytes: ascii('GIF87a'), hint: 'images are not read (no OCR)' },
  { name: 'GIF image', bytes: ascii('GIF89a'), hint: 'images are not read (no OCR)' },
  { name: 'WebP image', bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')], hint: 'images are not read (no OCR)' },
  // .docx, .xlsx, .odt and .epub are all ZIP archives.
  { name: 'ZIP archive (e.g. a .docx Word document)', bytes: [0x50, 0x4b, 0x03, 0x04], hint: 'save the document as plain text (.txt) or HTML' },
  { name: 'ZIP archive (e.g. a .docx Word document)', bytes: [0x50, 0x4b, 0x05, 0x06], hint: 'save the document as plain text (.txt) or HTML' },
  { name: 'legacy Office document (.doc/.xls)', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], hint: 'save the document as plain text (.txt) or HTML' },
  { name: 'gzip archive', bytes: [0x1f, 0x8b], hint: 'upload the uncompressed article' },
];

export type BinaryVerdict = { binary: false } | { binary: true; what: string; hint: string };

export function detectBinary(bytes: Uint8Array): BinaryVerdict {
  for (const sig of SIGNATURES) {
    if (matches(bytes, sig)) return { binary: true, what: sig.name, hint: sig.hint };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return {
      binary: true,
      what: `file with a NUL byte at offset ${nul}`,
      hint: 'text files never contain NUL bytes (UTF-16 is not supported; save as UTF-8)',
    };
  }
  return { binary: false };
}

function matches(bytes: Uint8Array, sig: Signature): boolean {
  const start = sig.offset ?? 0;
  if (bytes.length < start + sig.bytes.length) return false;
  return sig.bytes.every((b, i) => b === null || bytes[start + i] === b);
}
