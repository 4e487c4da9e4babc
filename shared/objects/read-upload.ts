// One uploaded S3 object (bytes + metadata) → an article for the extraction engine, or a
// rejection that says why in plain English. No AWS here: the ingest handler fetches the
// bytes and records whichever result comes back. Order of checks: size (before touching
// the bytes), empty, binary, encoding, format, Arabic.
import { loadOnce } from '../load-once.js';
import { arabicShare, looksLikeMojibake, MIN_ARABIC_SHARE, percent } from './arabic-share.js';
import { decodeText, type TextEncodingName } from './encoding.js';
import { parseEnvelope } from './envelope.js';
import { chooseFormat, type UploadFormat } from './format.js';
import { contentTypeCharset, declaredCharset } from './html-charset.js';
import { detectBinary } from './magic-numbers.js';
import { choosePublishedAt, type PublishedAtSource } from './published-at.js';
import { reject, sizeRejection, type Rejection } from './rejection.js';
import { metadataValue } from './user-metadata.js';

export { MAX_UPLOAD_BYTES, missingObject, sizeRejection, type Rejection, type RejectionCode } from './rejection.js';

export interface UploadMeta {
  bucket: string;
  key: string;
  /** S3 user metadata (x-amz-meta-*), lower-case keys: 'published-at', 'outlet', 'url', optional 'title'. */
  userMetadata: Record<string, string>;
  contentType?: string | null;
  /** ISO time of the upload (S3 event time / LastModified). */
  uploadedAt: string;
}

export interface UploadArticle {
  title: string | null;
  body: string;
  publishedAt: string;
  outlet: string | null;
  url: string | null;
  publishedAtSource: PublishedAtSource;
  format: UploadFormat;
  encoding: TextEncodingName;
}

export interface Accepted {
  ok: true;
  article: UploadArticle;
  /** Things that did not stop the upload but a person may want to know (ignored dates, fallbacks). */
  warnings: string[];
  /** Share of Arabic letters among the body's letters (0–1). */
  arabicShare: number;
}

export type ReadResult = Accepted | Rejection;

interface Content {
  title: string | null;
  body: string;
  outlet: string | null;
  url: string | null;
  date: string | null;
  dateLabel: string;
}

/**
 * The HTML reader (Readability on linkedom) is imported on the first HTML upload, not at
 * start: it is the largest part of the ingest code and most uploads are text or JSON. In
 * the Lambda asset it is its own file beside the bundle (infra/bundling.ts HTML_READER).
 */
const loadHtmlReader = loadOnce(() => import('./html-article.js'));

export async function readUpload(bytes: Uint8Array, meta: UploadMeta): Promise<ReadResult> {
  const tooLarge = sizeRejection(bytes.byteLength);
  if (tooLarge) return tooLarge;
  if (bytes.byteLength === 0) return reject('empty', 'object is empty (0 bytes)');

  const binary = detectBinary(bytes);
  if (binary.binary) return reject('binary', `object is a ${binary.what}, not text: ${binary.hint}`);

  const { format, basis } = chooseFormat(meta.key, meta.contentType, bytes);
  const warnings: string[] = [];
  if (basis !== 'extension') warnings.push(`key has no .txt/.html/.json extension; read as ${format} (by ${basis.replace('_', ' ')})`);

  const charset = format === 'html' ? declaredCharset(bytes, meta.contentType) : contentTypeCharset(meta.contentType);
  const decoded = decodeText(bytes, charset);
  if (!decoded.ok) return decoded;
  warnings.push(...decoded.warnings);
  if (decoded.text.trim() === '') {
    return reject('empty', `object contains only whitespace (${bytes.byteLength} bytes)`);
  }

  let content: Content;
  if (format === 'json') {
    const parsed = parseEnvelope(decoded.text);
    if (!parsed.ok) return parsed;
    warnings.push(...parsed.warnings);
    const e = parsed.envelope;
    content = { title: e.title ?? null, body: e.body, outlet: e.outlet ?? null, url: e.url ?? null, date: e.publishedAt ?? null, dateLabel: 'envelope publishedAt' };
  } else if (format === 'html') {
    const page = (await loadHtmlReader()).extractHtmlArticle(decoded.text);
    if (page.via === 'page_text') warnings.push('Readability found no article in the page; used the whole page text without navigation');
    if (page.body.trim() === '') return reject('empty', 'HTML page has no readable text');
    content = { title: page.title, body: page.body, outlet: page.siteName, url: null, date: page.publishedTime, dateLabel: 'HTML article:published_time' };
  } else {
    content = { title: null, body: decoded.text, outlet: null, url: null, date: null, dateLabel: '' };
  }

  const share = arabicShare(content.body);
  if (share.share < MIN_ARABIC_SHARE) return notArabic(share.letters, share.share, content.body);

  // The document's own fields win over the uploader's metadata, except for the outlet and
  // URL of an HTML page, where the uploader's choice beats the page's display name.
  const md = (name: string) => metadataValue(meta.userMetadata, name);
  const outlet = format === 'html' ? md('outlet') ?? content.outlet : content.outlet ?? md('outlet');
  const url = content.url ?? md('url');
  const date = choosePublishedAt({ document: content.date, documentLabel: content.dateLabel, metadata: md('published-at'), uploadedAt: meta.uploadedAt });
  warnings.push(...date.warnings);

  return {
    ok: true,
    article: {
      title: content.title?.trim() || md('title'),
      body: content.body,
      publishedAt: date.publishedAt,
      publishedAtSource: date.publishedAtSource,
      outlet: outlet?.trim() || null,
      url: url?.trim() || null,
      format,
      encoding: decoded.encoding,
    },
    warnings,
    arabicShare: share.share,
  };
}

function notArabic(letters: number, share: number, body: string): Rejection {
  if (letters === 0) return reject('not_arabic', 'text contains no letters at all (only digits, punctuation or symbols)');
  const hint = looksLikeMojibake(body)
    ? '; it looks like UTF-8 Arabic that was decoded as Latin-1 and saved again ("Ø§Ù„…"): re-export the original file'
    : '';
  return reject(
    'not_arabic',
    `only ${percent(share)} of the ${letters} letters are Arabic (at least ${percent(MIN_ARABIC_SHARE)} needed); this service reads Arabic reporting${hint}`,
  );
}
