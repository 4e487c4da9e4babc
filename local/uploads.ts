// Files and folders → objects in the local ingest bucket, with the user metadata S3 carries
// (x-amz-meta-published-at …), the way a person or a crawler would upload them.
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, sep } from 'node:path';

export interface UploadFile {
  path: string;
  key: string;
  metadata: Record<string, string>;
}

const ARTICLE_EXTENSIONS = new Set(['.txt', '.json', '.html', '.htm']);

/** Files under the given paths; folders are walked, skipping `expected/` (sample expectations) and non-article files. */
export function collectFiles(paths: string[]): string[] {
  const out: string[] = [];
  const walk = (p: string, explicit: boolean) => {
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        if (name === 'expected' || name.startsWith('.')) continue;
        walk(join(p, name), false);
      }
    } else if (explicit || ARTICLE_EXTENSIONS.has(extname(p).toLowerCase())) {
      out.push(p);
    }
  };
  for (const p of paths) {
    if (!existsSync(p)) throw new Error(`no such file or folder: ${p}`);
    walk(p, true);
  }
  return out;
}

/**
 * A plain-text sample has no date of its own; its expectation file (`expected/<name>.json`
 * beside it, the samples' convention) gives the publication date, passed as S3 metadata.
 */
export function metadataFor(path: string, defaults: Record<string, string> = {}): Record<string, string> {
  const expected = join(dirname(path), 'expected', `${basename(path, extname(path))}.json`);
  const meta = { ...defaults };
  if (existsSync(expected)) {
    try {
      const v = JSON.parse(readFileSync(expected, 'utf8')) as { publishedAt?: unknown };
      if (typeof v.publishedAt === 'string' && !meta['published-at']) meta['published-at'] = v.publishedAt;
    } catch {
      // an unreadable expectation file only means no date from it
    }
  }
  return meta;
}

export function keyFor(path: string): string {
  const rel = relative(process.cwd(), path);
  return (rel.startsWith('..') ? basename(path) : rel).split(sep).join('/');
}

export async function uploadFile(s3: S3Client, bucket: string, f: UploadFile): Promise<void> {
  await s3.send(new PutObjectCommand({ Bucket: bucket, Key: f.key, Body: readFileSync(f.path), Metadata: f.metadata }));
}
