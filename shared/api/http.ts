// Building responses: JSON, CSV, problems, and the ETag / If-None-Match handshake.
import { createHash } from 'node:crypto';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { Problem } from './problem.js';

export type Response = APIGatewayProxyStructuredResultV2 & { statusCode: number; headers: Record<string, string>; body: string };

export const JSON_TYPE = 'application/json; charset=utf-8';
export const CSV_TYPE = 'text/csv; charset=utf-8';
export const PROBLEM_TYPE = 'application/problem+json; charset=utf-8';

/** Aggregates change only when an article is ingested; a short private cache spares repeat reads. */
export const AGGREGATES_CACHE_CONTROL = 'private, max-age=300';

export function respond(statusCode: number, body: string, contentType: string, headers: Record<string, string> = {}): Response {
  return { statusCode, headers: { 'content-type': contentType, ...headers }, body, isBase64Encoded: false };
}

export function json(value: unknown, headers: Record<string, string> = {}): Response {
  return respond(200, JSON.stringify(value), JSON_TYPE, headers);
}

export function problemResponse(p: Problem, headers: Record<string, string> = {}): Response {
  return respond(p.status, JSON.stringify(p), PROBLEM_TYPE, headers);
}

/** Strong ETag: a hash of the exact body bytes (so JSON and CSV of the same data differ, as they must). */
export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** RFC 9110 If-None-Match: a list of tags (weak comparison) or "*". */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = (t: string) => t.trim().replace(/^W\//, '');
  return header.split(',').some((t) => bare(t) === bare(etag));
}

/** Adds ETag + Cache-Control, or turns the response into a 304 when the client already has it. */
export function withCaching(res: Response, ifNoneMatch: string | undefined): Response {
  const etag = etagOf(res.body);
  const headers: Record<string, string> = { ...res.headers, etag, 'cache-control': AGGREGATES_CACHE_CONTROL };
  if (matchesIfNoneMatch(ifNoneMatch, etag)) {
    const { 'content-type': _ct, ...rest } = headers;
    return { ...res, statusCode: 304, headers: rest, body: '' };
  }
  return { ...res, headers };
}
