// Scheduled reports: EventBridge rules invoke the report function with {period}; it
// writes PNG charts and a PDF to the reports bucket and announces them on an SNS topic
// that the ReportEmail address is subscribed to.
import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, RuleTargetInput, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Alias } from 'aws-cdk-lib/aws-kms';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { FUNCTION_BUNDLES, LAMBDA_TASK_ROOT, REPORT_FONT_ASSET_DIR, REPORT_FONT_PACKAGE } from './bundling.js';
import { REPO_ROOT, ServiceFunction } from './function.js';
import { INDEXES_REASON, OBJECTS_REASON, acceptWildcards, indexesOf, objectsOf } from './nag.js';

/**
 * `npm run bench:report` on this machine: weekly PDF 110 ms, each PNG 53 ms (medians),
 * peak RSS 211 MB (measured with /usr/bin/time). 1024 MB for canvas surfaces and a month's
 * data; two minutes covers a monthly report with DynamoDB paging many times over.
 */
export const REPORT_TIMEOUT = Duration.minutes(2);
export const REPORT_MEMORY_MB = 1024;
export const REPORT_PERIODS = ['daily', 'weekly'] as const;
export type ReportPeriod = (typeof REPORT_PERIODS)[number];

/** Every .ttf of the report font package, flat, into the asset's fonts/ folder. */
export function copyFontsCommands(outputDir: string): string[] {
  const pkg = dirname(createRequire(join(REPO_ROOT, 'package.json')).resolve(`${REPORT_FONT_PACKAGE}/package.json`));
  const target = join(outputDir, REPORT_FONT_ASSET_DIR);
  return [`mkdir -p '${target}'`, `cp '${pkg}'/*/*.ttf '${target}/'`];
}

export interface ReportsProps {
  table: Table;
  reportsBucket: Bucket;
  /** Environment shared by all functions; REPORT_TOPIC_ARN is added here. */
  environment: Record<string, string>;
  schedules: Record<ReportPeriod, string>;
  /** Address subscribed to the report topic (a CfnParameter's value). */
  email: string;
  logRetention: RetentionDays;
  removalPolicy: RemovalPolicy;
  entry?: string;
}

export class Reports extends Construct {
  readonly topic: Topic;
  readonly report: ServiceFunction;
  readonly rules: Record<ReportPeriod, Rule>;

  constructor(scope: Construct, id: string, props: ReportsProps) {
    super(scope, id);
    // SSE with the AWS-managed SNS key: publishers in this account need no extra KMS grant.
    this.topic = new Topic(this, 'Topic', {
      displayName: 'Syria casualty reports',
      enforceSSL: true,
      masterKey: Alias.fromAliasName(this, 'SnsKey', 'alias/aws/sns'),
    });
    this.topic.addSubscription(new EmailSubscription(props.email));

    this.report = new ServiceFunction(this, 'Report', {
      bundle: FUNCTION_BUNDLES.report,
      entry: props.entry,
      description: 'Renders the daily/weekly charts and PDF report and announces them',
      memorySize: REPORT_MEMORY_MB,
      timeout: REPORT_TIMEOUT,
      environment: {
        ...props.environment,
        REPORT_TOPIC_ARN: this.topic.topicArn,
        REPORT_FONT_DIR: `${LAMBDA_TASK_ROOT}/${REPORT_FONT_ASSET_DIR}`,
      },
      afterBundling: (outputDir) => copyFontsCommands(outputDir),
      logRetention: props.logRetention,
      removalPolicy: props.removalPolicy,
    });
    props.table.grantReadData(this.report.role);
    // Put the report files; GetObject because the announcement carries presigned links,
    // which S3 honours only if the signing role may read the object.
    this.report.role.addToPolicy(
      new PolicyStatement({ actions: ['s3:PutObject', 's3:GetObject'], resources: [props.reportsBucket.arnForObjects('*')] }),
    );
    this.topic.grantPublish(this.report.role);
    acceptWildcards(this.report.role, [
      { finding: objectsOf(props.reportsBucket), reason: OBJECTS_REASON },
      { finding: indexesOf(props.table), reason: INDEXES_REASON },
    ]);

    const rule = (period: ReportPeriod, name: string) =>
      new Rule(this, name, {
        description: `Builds the ${period} casualty report`,
        schedule: Schedule.expression(props.schedules[period]),
        targets: [
          new LambdaFunction(this.report.fn, {
            event: RuleTargetInput.fromObject({ period }),
            retryAttempts: 2,
            maxEventAge: Duration.hours(2),
          }),
        ],
      });
    this.rules = { daily: rule('daily', 'Daily'), weekly: rule('weekly', 'Weekly') };
  }
}
