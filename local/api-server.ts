// The API on a loopback node:http server for the local runtime, the tests and the bench: each
// request becomes the API Gateway (HTTP API, payload 2.0) event the Lambda would receive and goes
// through the same createApi() as in AWS.
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { S3Client } from '@aws-sdk/client-s3';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApi, type ApiDeps, type Telemetry } from '../shared/api/app.js';
import { createS3ReportLinks, type ReportLinks } from '../shared/api/reports.js';
import { powertoolsTelemetry } from '../shared/api/telemetry.js';

export interface ApiServerOptions {
  /** 0 or omitted: a free port. */
  port?: number;
  host?: string;
  stores: ApiDeps['stores'];
  /** Report links: give them, or an S3 client and the reports bucket to list. */
  reports?: ReportLinks;
  s3?: { client: S3Client; bucket: string };
  /** Defaults to a per-process random key (cursors do not survive a restart locally). */
  cursorSecret?: string;
  telemetry?: Telemetry;
}

export interface ApiServer {
  url: string;
  close(): Promise<void>;
}

const NO_REPORTS: ReportLinks = { list: async () => [], latest: async () => null };

/** What API Gateway makes of a request: lower-case headers, repeated query keys joined by commas. */
export function toEvent(req: IncomingMessage): APIGatewayProxyEventV2 {
  const url = new URL(req.url ?? '/', 'http://local');
  const query: Record<string, string> = {};
  for (const [k, v] of url.searchParams) query[k] = k in query ? `${query[k]},${v}` : v;
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(',') : v;
  const now = new Date();
  const method = req.method ?? 'GET';
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    headers,
    ...(url.search ? { queryStringParameters: query } : {}),
    requestContext: {
      accountId: 'local', apiId: 'local', domainName: headers.host ?? 'localhost', domainPrefix: 'localhost',
      http: { method, path: url.pathname, protocol: `HTTP/${req.httpVersion}`, sourceIp: req.socket.remoteAddress ?? '', userAgent: headers['user-agent'] ?? '' },
      requestId: randomUUID(), routeKey: '$default', stage: '$default', time: now.toISOString(), timeEpoch: now.getTime(),
    },
    isBase64Encoded: false,
  };
}

export async function startApiServer(opts: ApiServerOptions): Promise<ApiServer> {
  const api = createApi({
    stores: opts.stores,
    reports: opts.reports ?? (opts.s3 ? createS3ReportLinks(opts.s3) : NO_REPORTS),
    cursorSecret: opts.cursorSecret ?? randomUUID(),
    telemetry: opts.telemetry ?? powertoolsTelemetry,
  });

  // Requests still being answered; close() waits for them so none outlives its stores.
  const inFlight = new Set<Promise<void>>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    // The API takes no request bodies; drain any so the connection can be reused.
    req.resume();
    const done: Promise<void> = api(toEvent(req)).then(
      (out) => {
        res.writeHead(out.statusCode, out.headers);
        res.end(req.method === 'HEAD' ? undefined : out.body);
      },
      (e: unknown) => {
        // createApi answers every failure itself; reaching here is a bug in the adapter above.
        console.error('local API server: unhandled', e);
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end('internal error');
      },
    );
    inFlight.add(done);
    void done.finally(() => inFlight.delete(done));
  });
  server.keepAliveTimeout = 30_000;
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    async close() {
      const closed = new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
      await Promise.allSettled([...inFlight]);
      server.closeAllConnections();
      await closed;
    },
  };
}
