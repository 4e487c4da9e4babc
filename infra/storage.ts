// Where the service keeps things: the upload and report buckets (plus the bucket their
// access logs go to), the single data table and the Powertools idempotency table.
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership, StorageClass } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { NagSuppressions } from 'cdk-nag';

import { IDEMPOTENCY_KEY_SCHEMA, TABLE_KEY_SCHEMA } from '../shared/store/dynamodb/index.js';

export interface StorageProps {
  retainData: boolean;
}

export class Storage extends Construct {
  readonly accessLogsBucket: Bucket;
  readonly ingestBucket: Bucket;
  readonly reportsBucket: Bucket;
  readonly table: Table;
  readonly idempotencyTable: Table;

  constructor(scope: Construct, id: string, props: StorageProps) {
    super(scope, id);
    const removalPolicy = props.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
    const secure = {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      removalPolicy,
    } as const;

    this.accessLogsBucket = new Bucket(this, 'AccessLogs', {
      ...secure,
      lifecycleRules: [{ id: 'expire-access-logs', expiration: Duration.days(365) }],
    });
    NagSuppressions.addResourceSuppressions(this.accessLogsBucket, [
      { id: 'AwsSolutions-S1', reason: 'This is the access-log bucket itself; logging it into itself would loop.' },
    ]);

    // Uploads are the evidence every figure points back to: versioned, so an overwrite
    // or deletion can be undone; old versions age out.
    this.ingestBucket = new Bucket(this, 'Ingest', {
      ...secure,
      versioned: true,
      serverAccessLogsBucket: this.accessLogsBucket,
      serverAccessLogsPrefix: 'ingest/',
      lifecycleRules: [
        { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(7) },
        { id: 'expire-old-versions', noncurrentVersionExpiration: Duration.days(90) },
      ],
    });

    this.reportsBucket = new Bucket(this, 'Reports', {
      ...secure,
      serverAccessLogsBucket: this.accessLogsBucket,
      serverAccessLogsPrefix: 'reports/',
      lifecycleRules: [
        { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(7) },
        // Old reports are rarely read again but stay available.
        { id: 'old-reports-to-ia', transitions: [{ storageClass: StorageClass.INFREQUENT_ACCESS, transitionAfter: Duration.days(90) }] },
      ],
    });

    // The key schema the store adapter uses locally, so the two cannot drift apart.
    const keySchema = TABLE_KEY_SCHEMA;
    this.table = new Table(this, 'Table', {
      partitionKey: { name: keySchema.partitionKey, type: AttributeType.STRING },
      sortKey: { name: keySchema.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: TableEncryption.AWS_MANAGED,
      deletionProtection: props.retainData,
      removalPolicy,
    });
    for (const index of keySchema.gsis) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.name,
        partitionKey: { name: index.pk, type: AttributeType.STRING },
        sortKey: { name: index.sk, type: AttributeType.STRING },
      });
    }

    this.idempotencyTable = new Table(this, 'Idempotency', {
      partitionKey: { name: IDEMPOTENCY_KEY_SCHEMA.partitionKey, type: AttributeType.STRING },
      timeToLiveAttribute: IDEMPOTENCY_KEY_SCHEMA.ttlAttribute,
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: TableEncryption.AWS_MANAGED,
      // Records expire within hours; nothing here is worth keeping after the stack.
      removalPolicy: RemovalPolicy.DESTROY,
    });
  }
}
