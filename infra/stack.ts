// The whole service in one stack, composed from one construct per concern.
import { CfnCondition, CfnOutput, CfnParameter, Duration, Fn, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { NagSuppressions } from 'cdk-nag';
import type { Construct } from 'constructs';
import { Api } from './api.js';
import type { FunctionName } from './bundling.js';
import { Monitoring } from './monitoring.js';
import { Pipeline } from './pipeline.js';
import { Reports } from './reports.js';
import { readSettings, type Settings } from './settings.js';
import { Storage } from './storage.js';

export interface CasualtyStackProps extends StackProps {
  /** Context overrides (tests); otherwise read from cdk.json / `-c`. */
  settings?: Partial<Record<keyof Settings, unknown>>;
  /** Entry files relative to the repository root, replacing functions/<name>.ts. */
  entries?: Partial<Record<FunctionName, string>>;
}

export class CasualtyStack extends Stack {
  readonly settings: Settings;
  readonly storage: Storage;
  readonly pipeline: Pipeline;
  readonly api: Api;
  readonly reports: Reports;
  readonly monitoring: Monitoring;

  constructor(scope: Construct, id: string, props: CasualtyStackProps = {}) {
    super(scope, id, props);
    const settings = (this.settings = readSettings(this.node, props.settings));
    const removalPolicy = settings.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
    const logRetention = settings.logRetentionDays as RetentionDays;

    const reportEmail = new CfnParameter(this, 'ReportEmail', {
      type: 'String',
      description: 'Address that receives the report announcements (confirm the subscription mail)',
      allowedPattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$',
      constraintDescription: 'must be an e-mail address',
    });
    const alarmEmail = new CfnParameter(this, 'AlarmEmail', {
      type: 'String',
      default: '',
      description: 'Optional address that receives CloudWatch alarms',
    });
    const hasAlarmEmail = new CfnCondition(this, 'HasAlarmEmail', {
      expression: Fn.conditionNot(Fn.conditionEquals(alarmEmail.valueAsString, '')),
    });

    this.storage = new Storage(this, 'Storage', { retainData: settings.retainData });
    const { table, idempotencyTable, ingestBucket, reportsBucket } = this.storage;
    // Every function gets every name from shared/config.ts, so none falls back to a
    // local default; what each may do with them is decided by its grants.
    const baseEnvironment = {
      TABLE_NAME: table.tableName,
      INGEST_BUCKET: ingestBucket.bucketName,
      REPORTS_BUCKET: reportsBucket.bucketName,
      IDEMPOTENCY_TABLE: idempotencyTable.tableName,
      BEST_POLICY: settings.bestPolicy,
    };

    this.reports = new Reports(this, 'Reports', {
      table,
      reportsBucket,
      environment: baseEnvironment,
      schedules: { daily: settings.dailySchedule, weekly: settings.weeklySchedule },
      email: reportEmail.valueAsString,
      logRetention,
      removalPolicy,
      entry: props.entries?.report,
    });
    const environment = { ...baseEnvironment, REPORT_TOPIC_ARN: this.reports.topic.topicArn };

    this.pipeline = new Pipeline(this, 'Pipeline', {
      ingestBucket,
      table,
      idempotencyTable,
      environment,
      reservedConcurrency: settings.ingestConcurrency,
      gazetteerCsv: settings.gazetteerCsv,
      logRetention,
      removalPolicy,
      entry: props.entries?.ingest,
    });

    this.api = new Api(this, 'Api', {
      table,
      reportsBucket,
      environment,
      jwt: settings.jwtIssuer && settings.jwtAudience ? { issuer: settings.jwtIssuer, audience: settings.jwtAudience } : undefined,
      throttle: { rateLimit: settings.apiRateLimit, burstLimit: settings.apiBurstLimit },
      logRetention,
      removalPolicy,
      entry: props.entries?.api,
    });

    this.monitoring = new Monitoring(this, 'Monitoring', {
      queue: this.pipeline.queue,
      deadLetterQueue: this.pipeline.deadLetterQueue,
      functions: { Ingest: this.pipeline.ingest, Api: this.api.api, Report: this.reports.report },
      httpApi: this.api.httpApi,
      table,
      maxMessageAge: Duration.seconds(settings.maxMessageAgeSeconds),
      alarmEmail: { address: alarmEmail.valueAsString, condition: hasAlarmEmail },
    });

    new CfnOutput(this, 'ApiUrl', { value: this.api.url });
    new CfnOutput(this, 'IngestBucketName', { value: ingestBucket.bucketName });
    new CfnOutput(this, 'ReportsBucketName', { value: reportsBucket.bucketName });
    new CfnOutput(this, 'DeadLetterQueueUrl', { value: this.pipeline.deadLetterQueue.queueUrl });

    suppressStackWide(this);
  }
}

/** Findings that hold for the whole stack, each with the reason it is accepted. */
function suppressStackWide(stack: Stack): void {
  NagSuppressions.addStackSuppressions(stack, [
    {
      id: 'AwsSolutions-L1',
      reason: 'Node.js 22 is the runtime the service is built and tested for (task spec); moving to a newer runtime is a tested change, not a lint fix.',
    },
  ]);
}
