// The ObjectWriter over a local folder, for `npm run report`: the same keys become paths.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { ObjectWriter } from './publish.js';

export function folderObjectWriter(root: string): ObjectWriter {
  const base = resolve(root);
  const path = (key: string) => {
    const p = resolve(join(base, key));
    if (!p.startsWith(base)) throw new Error(`key escapes the output folder: ${key}`);
    return p;
  };
  return {
    async put(key, body, _contentType) {
      const p = path(key);
      await mkdir(dirname(p), { recursive: true });
      await writeFile(p, body);
    },
    async link(key) {
      return path(key);
    },
  };
}
