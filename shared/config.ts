// Configuration comes only from environment variables, read here and nowhere else.
// In AWS the CDK stack sets them; locally `npm start` and the tests set them.
// a namespace import lets esbuild drop the parts of zod that are not used (bench:bundle)
import * as z from 'zod';

const Env = z.object({
  TABLE_NAME: z.string().default('casualties'),
  INGEST_BUCKET: z.string().default('casualty-uploads'),
  REPORTS_BUCKET: z.string().default('casualty-reports'),
  IDEMPOTENCY_TABLE: z.string().default('casualties-idempotency'),
  REPORT_TOPIC_ARN: z.string().optional(),
  /** Local only: endpoints of DynamoDB Local and the S3 server. Unset in AWS. */
  DYNAMODB_ENDPOINT: z.string().url().optional(),
  S3_ENDPOINT: z.string().url().optional(),
  /** Optional path of a places CSV (../shared/data/syria-places.csv format) for village-level placement. */
  GAZETTEER_CSV: z.string().optional(),
  /** Reconciliation policy for `best` (docs/reconciliation.md). */
  BEST_POLICY: z.enum(['monitor_then_lowest', 'lowest', 'highest', 'median']).default('monitor_then_lowest'),
  AWS_REGION: z.string().default('us-east-1'),
  /** Key of the HMAC that seals the API's paging cursors (unset: a checksum derived from TABLE_NAME). */
  API_CURSOR_SECRET: z.string().min(16).optional(),
  /** Folder holding the report fonts' .ttf files when bundled (Lambda); unset = the npm package. */
  REPORT_FONT_DIR: z.string().optional(),
});

export type Config = z.infer<typeof Env>;

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return Env.parse(env);
}
