// The JSON envelope: an article with its own metadata in one object. Validated with zod;
// any failure names the field (the zod issue path) so the uploader can fix it.
// zod/mini: zod's validation in a quarter of its bundle size (npm run bench:bundle)
import * as z from 'zod/mini';
import '../zod-messages.js';
import { IsoDateOrDateTime } from './published-at.js';
import { reject, type Rejection } from './rejection.js';

export const Envelope = z.object({
  title: z.nullish(z.string()),
  body: z.string().check(z.refine((s) => s.trim().length > 0, { error: 'must be a non-empty string' })),
  publishedAt: z.nullish(IsoDateOrDateTime),
  outlet: z.nullish(z.string()),
  url: z.nullish(z.string()),
});

export type Envelope = z.infer<typeof Envelope>;

const KNOWN_KEYS = new Set(Object.keys(Envelope.shape));

export type ParsedEnvelope = { ok: true; envelope: Envelope; warnings: string[] } | Rejection;

export function parseEnvelope(text: string): ParsedEnvelope {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return reject('bad_envelope', `JSON envelope is not valid JSON: ${(err as Error).message}`);
  }
  const parsed = Envelope.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join('; ');
    return reject('bad_envelope', `JSON envelope failed validation: ${issues}`);
  }
  const unknown = Object.keys(data as object).filter((k) => !KNOWN_KEYS.has(k));
  const warnings = unknown.length > 0 ? [`JSON envelope fields ignored: ${unknown.join(', ')}`] : [];
  return { ok: true, envelope: parsed.data, warnings };
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
}
