// The Lambda entry point as API Gateway calls it: dependencies built by the module-level factory
// from the environment (TABLE_NAME, DYNAMODB_ENDPOINT, …), real Powertools telemetry on failure.
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { beforeAll, describe, expect, it } from 'vitest';
import { freshTable, seedArticle } from './seed.js';

let handler: (e: APIGatewayProxyEventV2) => Promise<{ statusCode: number; headers: Record<string, string>; body: string }>;
const id = 'c1'.padEnd(32, '0');

function event(method: string, rawPath: string, query?: Record<string, string>): APIGatewayProxyEventV2 {
  return {
    version: '2.0', routeKey: '$default', rawPath, rawQueryString: new URLSearchParams(query).toString(),
    headers: { host: 'api.example' }, ...(query ? { queryStringParameters: query } : {}),
    requestContext: {
      accountId: '123456789012', apiId: 'api', domainName: 'api.example', domainPrefix: 'api',
      http: { method, path: rawPath, protocol: 'HTTP/1.1', sourceIp: '192.0.2.1', userAgent: 'test' },
      requestId: 'req-1', routeKey: '$default', stage: '$default', time: '22/Nov/2026:03:00:00 +0000', timeEpoch: 0,
    },
    isBase64Encoded: false,
  };
}

beforeAll(async () => {
  const table = await freshTable(process.env.TEST_DYNAMODB_ENDPOINT!, 'lambda');
  await seedArticle(table.stores, { id, mentions: [{ governorates: ['SY04'], day: '2024-10-10', value: 6 }] });
  process.env.TABLE_NAME = table.tableName;
  process.env.DYNAMODB_ENDPOINT = process.env.TEST_DYNAMODB_ENDPOINT;
  process.env.S3_ENDPOINT = process.env.TEST_S3_ENDPOINT;
  process.env.REPORTS_BUCKET = `api-lambda-no-such-bucket-${Date.now().toString(36)}`;
  process.env.POWERTOOLS_METRICS_DISABLED = 'true';
  process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
  ({ handler } = await import('../../functions/api.js'));
}, 60_000);

describe('api Lambda handler', () => {
  it('reads the configured table through its own clients', async () => {
    const res = await handler(event('GET', '/v1/aggregates', { governorate: 'SY04', from: '2024-10-01', to: '2024-10-31', interval: 'month' }));
    expect(res.statusCode).toBe(200);
    const body = JSON.parse(res.body);
    expect(body.rows).toEqual([expect.objectContaining({ scope: 'SY04', period: '2024-10', best: 6, incidents: 1 })]);
    const article = await handler(event('GET', `/v1/articles/${id}`));
    expect(JSON.parse(article.body).mentions).toHaveLength(1);
  });

  it('answers API Gateway style 400/404/405 and a generic 500', async () => {
    expect((await handler(event('GET', '/v1/incidents', { from: '2024-10-01' }))).statusCode).toBe(400);
    expect((await handler(event('GET', '/nowhere'))).statusCode).toBe(404);
    expect((await handler(event('DELETE', `/v1/articles/${id}`))).headers.allow).toBe('GET');
    // The configured reports bucket does not exist on the test S3 server: a real failure.
    const res = await handler(event('GET', '/v1/reports'));
    expect(res.statusCode).toBe(500);
    expect(JSON.parse(res.body)).toEqual({
      type: 'about:blank', title: 'Internal Server Error', status: 500, detail: 'The request could not be completed. It has been logged.',
    });
  });
});
