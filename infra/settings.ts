// Deployment options, read from CDK context (cdk.json or `-c key=value`) in one place.
// Every option has a default, so a bare `npx cdk deploy` works.
// a namespace import lets esbuild drop the parts of zod that are not used (bench:bundle)
import * as z from 'zod';
import type { Node } from 'constructs';

const csv = z.string().transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean));
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

export const SettingsSchema = z.object({
  /** EventBridge schedule expressions for the two report periods. */
  dailySchedule: z.string().default('cron(30 1 * * ? *)'),
  weeklySchedule: z.string().default('cron(0 2 ? * MON *)'),
  /** When both are set, the API authorises callers with this JWT issuer instead of IAM. */
  jwtIssuer: z.string().url().optional(),
  jwtAudience: csv.optional(),
  /** Reserved concurrency of the ingest function: caps the write rate on the table. */
  ingestConcurrency: int(2, 1000).default(5),
  /** API throttling on the default stage (requests per second, burst). */
  apiRateLimit: int(1, 10_000).default(50),
  apiBurstLimit: int(1, 5_000).default(100),
  bestPolicy: z.enum(['monitor_then_lowest', 'lowest', 'highest', 'median']).default('monitor_then_lowest'),
  /** Local path of a places CSV to ship with the ingest function (GAZETTEER_CSV). */
  gazetteerCsv: z.string().optional(),
  logRetentionDays: int(1, 3653).default(30),
  /** Keep buckets and tables when the stack is deleted (default: keep the evidence). */
  retainData: z.union([z.boolean(), z.enum(['true', 'false']).transform((s) => s === 'true')]).default(true),
  /** Alarm when the oldest ingest message is older than this many seconds. */
  maxMessageAgeSeconds: int(60, 1_209_600).default(900),
});

export type Settings = z.infer<typeof SettingsSchema>;

export const SETTING_KEYS = Object.keys(SettingsSchema.shape) as (keyof Settings)[];

/** Reads the settings from a construct's context; a bad value fails the synth with its name. */
export function readSettings(node: Node, overrides: Partial<Record<keyof Settings, unknown>> = {}): Settings {
  const raw: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) {
    const value = overrides[key] ?? node.tryGetContext(key);
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const parsed = SettingsSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid CDK context: ${issues}`);
  }
  if ((parsed.data.jwtIssuer === undefined) !== (parsed.data.jwtAudience === undefined)) {
    throw new Error('Invalid CDK context: jwtIssuer and jwtAudience must be set together');
  }
  return parsed.data;
}
