// The ingest path: S3 ObjectCreated → SQS (with a dead-letter queue) → ingest function,
// which reads the upload, extracts the figures and writes them to the table.
import { Duration, Stack, type RemovalPolicy } from 'aws-cdk-lib';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { EventType, type Bucket } from 'aws-cdk-lib/aws-s3';
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FUNCTION_BUNDLES, LAMBDA_TASK_ROOT } from './bundling.js';
import { REPO_ROOT, ServiceFunction } from './function.js';
import { INDEXES_REASON, OBJECTS_REASON, acceptWildcards, indexesOf, objectsOf } from './nag.js';

/** The construct id CDK gives its (stack-wide, singleton) bucket-notifications handler. */
const BUCKET_NOTIFICATIONS_HANDLER_ID = 'BucketNotificationsHandler050a0587b7544547bf325f094a3db834';

const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * Sizing of the ingest function, from `npx tsx bench/cost.ts` (real handler, local
 * servers, batches of 10): 12 ms CPU and 40 ms wall per article, batch p90 1.1 s, peak RSS
 * 184 MB including the in-process S3 server. 1024 MB leaves room for large HTML pages
 * (linkedom + Readability build a DOM) and gives 0.58 vCPU for the cold start; at these
 * durations memory costs cents per million articles (docs/cost.md). 30 s is over 25× the
 * slowest measured batch and keeps the queue's visibility timeout (6×) near three minutes.
 */
export const INGEST_TIMEOUT = Duration.seconds(30);
export const INGEST_MEMORY_MB = 1024;
export const INGEST_BATCH_SIZE = 10;
export const INGEST_BATCHING_WINDOW = Duration.seconds(5);
/** A message that failed this many times is parked in the DLQ instead of retried forever. */
export const MAX_RECEIVE_COUNT = 5;
/** Where the gazetteer CSV sits inside the ingest asset when one is shipped. */
export const GAZETTEER_ASSET_NAME = 'gazetteer.csv';

/**
 * AWS's guidance for SQS-triggered functions: visibility timeout at least six times the
 * function timeout plus the batching window, so a message is not redelivered while a
 * throttled or retried invocation still holds it.
 */
export function queueVisibility(timeout: Duration, window: Duration): Duration {
  return Duration.seconds(6 * timeout.toSeconds() + window.toSeconds());
}

export interface PipelineProps {
  ingestBucket: Bucket;
  table: Table;
  idempotencyTable: Table;
  environment: Record<string, string>;
  reservedConcurrency: number;
  /** Local CSV to copy into the asset and point GAZETTEER_CSV at. */
  gazetteerCsv?: string;
  logRetention: RetentionDays;
  removalPolicy: RemovalPolicy;
  entry?: string;
}

export class Pipeline extends Construct {
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;
  readonly ingest: ServiceFunction;

  constructor(scope: Construct, id: string, props: PipelineProps) {
    super(scope, id);
    this.deadLetterQueue = new Queue(this, 'DeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    this.queue = new Queue(this, 'Uploads', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: queueVisibility(INGEST_TIMEOUT, INGEST_BATCHING_WINDOW),
      retentionPeriod: Duration.days(4),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: MAX_RECEIVE_COUNT },
    });

    const gazetteer = props.gazetteerCsv ? resolve(REPO_ROOT, props.gazetteerCsv) : undefined;
    if (gazetteer && !existsSync(gazetteer)) throw new Error(`gazetteerCsv not found: ${gazetteer}`);
    const environment = { ...props.environment };
    if (gazetteer) environment.GAZETTEER_CSV = `${LAMBDA_TASK_ROOT}/${GAZETTEER_ASSET_NAME}`;
    this.ingest = new ServiceFunction(this, 'Ingest', {
      bundle: FUNCTION_BUNDLES.ingest,
      entry: props.entry,
      description: 'Reads an uploaded article, extracts casualty figures, updates incidents and aggregates',
      memorySize: INGEST_MEMORY_MB,
      timeout: INGEST_TIMEOUT,
      environment,
      reservedConcurrency: props.reservedConcurrency,
      logRetention: props.logRetention,
      removalPolicy: props.removalPolicy,
      afterBundling: gazetteer
        ? (outputDir) => [`cp ${shellQuote(gazetteer)} ${shellQuote(join(outputDir, GAZETTEER_ASSET_NAME))}`]
        : undefined,
    });

    props.ingestBucket.addEventNotification(EventType.OBJECT_CREATED, new SqsDestination(this.queue));
    this.ingest.fn.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: INGEST_BATCH_SIZE,
        maxBatchingWindow: INGEST_BATCHING_WINDOW,
        reportBatchItemFailures: true,
        // Poll no faster than the reserved concurrency allows, so messages are not
        // throttled back onto the queue (and towards the DLQ) when the function is busy.
        maxConcurrency: props.reservedConcurrency,
      }),
    );

    // Least privilege: read upload objects (any version: the bucket is versioned and the
    // event names the version), read/write both tables; nothing else. ListBucket only so
    // that S3 answers NoSuchKey for an upload deleted before it was read (without it S3
    // says AccessDenied, which the handler would retry into the DLQ).
    this.ingest.role.addToPolicy(
      new PolicyStatement({
        actions: ['s3:GetObject', 's3:GetObjectVersion'],
        resources: [props.ingestBucket.arnForObjects('*')],
      }),
    );
    this.ingest.role.addToPolicy(
      new PolicyStatement({ actions: ['s3:ListBucket'], resources: [props.ingestBucket.bucketArn] }),
    );
    props.table.grantReadWriteData(this.ingest.role);
    props.idempotencyTable.grantReadWriteData(this.ingest.role);
    acceptWildcards(this.ingest.role, [
      { finding: objectsOf(props.ingestBucket), reason: OBJECTS_REASON },
      { finding: indexesOf(props.table), reason: INDEXES_REASON },
    ]);

    // S3 notifications are set by CDK's own custom-resource function (its
    // s3:PutBucketNotification grant is scoped to this bucket); its role carries the AWS
    // basic-execution managed policy, which CDK does not let us replace.
    const notifications = Stack.of(this).node.tryFindChild(BUCKET_NOTIFICATIONS_HANDLER_ID);
    if (notifications) {
      NagSuppressions.addResourceSuppressions(
        notifications,
        [
          {
            id: 'AwsSolutions-IAM4',
            reason: 'CDK bucket-notifications custom resource: AWSLambdaBasicExecutionRole only lets it write its own logs; it runs at deploy time only.',
            appliesTo: ['Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'],
          },
        ],
        true,
      );
    }
  }
}
