// Configuration comes only from environment variables, read here and nowhere else.
// In AWS the CDK stack sets them; locally `npm start` and the tests set them.
// zod/mini: zod's validation in a quarter of its bundle size (npm run bench:bundle)
import * as z from 'zod/mini';
import './zod-messages.js';

const Env = z.object({
  TABLE_NAME: z._default(z.string(), 'casualties'),
  INGEST_BUCKET: z._default(z.string(), 'casualty-uploads'),
  REPORTS_BUCKET: z._default(z.string(), 'casualty-reports'),
  IDEMPOTENCY_TABLE: z._default(z.string(), 'casualties-idempotency'),
  REPORT_TOPIC_ARN: z.optional(z.string()),
  /** Local only: endpoints of DynamoDB Local and the S3 server. Unset in AWS. */
  DYNAMODB_ENDPOINT: z.optional(z.url()),
  S3_ENDPOINT: z.optional(z.url()),
  /** Optional path of a places CSV (../shared/data/syria-places.csv format) for village-level placement. */
  GAZETTEER_CSV: z.optional(z.string()),
  /** Reconciliation policy for `best` (docs/reconciliation.md). */
  BEST_POLICY: z._default(z.enum(['monitor_then_lowest', 'lowest', 'highest', 'median']), 'monitor_then_lowest'),
  AWS_REGION: z._default(z.string(), 'us-east-1'),
  /** Key of the HMAC that seals the API's paging cursors (unset: a checksum derived from TABLE_NAME). */
  API_CURSOR_SECRET: z.optional(z.string().check(z.minLength(16))),
  /** Folder holding the report fonts' .ttf files when bundled (Lambda); unset = the npm package. */
  REPORT_FONT_DIR: z.optional(z.string()),
});

export type Config = z.infer<typeof Env>;

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return Env.parse(env);
}
