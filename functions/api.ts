// The HTTP API Lambda (API Gateway HTTP API, payload 2.0): builds its dependencies once per
// process and hands every event to the shared router (shared/api/app.ts).
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { createApi, type ApiDeps, type ApiHandler } from '../shared/api/app.js';
import { lazyReportLinks } from '../shared/api/lazy-report-links.js';
import { dynamo } from '../shared/clients/dynamodb.js';
import { readConfig } from '../shared/config.js';
import { powertoolsTelemetry } from '../shared/api/telemetry.js';
import { createDynamoStores } from '../shared/store/dynamodb/index.js';

export function defaultDeps(): ApiDeps {
  const cfg = readConfig();
  return {
    stores: createDynamoStores({ client: dynamo(), tableName: cfg.TABLE_NAME }),
    // Loaded by the first /reports request: the S3 client and presigner stay out of the cold start.
    reports: lazyReportLinks(async () => {
      const [{ createS3ReportLinks }, { s3 }] = await Promise.all([import('../shared/api/reports.js'), import('../shared/clients/s3.js')]);
      return createS3ReportLinks({ client: s3(), bucket: cfg.REPORTS_BUCKET });
    }),
    cursorSecret: cursorSecretOf(cfg),
    telemetry: powertoolsTelemetry,
  };
}

/** Without a configured secret the cursor MAC still detects accidental or naive tampering, but it is
 *  derived from the table name (a checksum, not a secret); the stack should set API_CURSOR_SECRET. */
export function cursorSecretOf(cfg: ReturnType<typeof readConfig>): string {
  return cfg.API_CURSOR_SECRET ?? `cursor:${cfg.TABLE_NAME}`;
}

let api: ApiHandler | null = null;

/** Tests and the local server may install their own dependencies (stores on DynamoDB Local, …). */
export function useDeps(deps: ApiDeps): void {
  api = createApi(deps);
}

export const handler = async (event: APIGatewayProxyEventV2) => {
  api ??= createApi(defaultDeps());
  return api(event);
};
