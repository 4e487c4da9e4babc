// What the storage construct promises in the template: private, encrypted, SSL-only
// buckets (uploads versioned), on-demand tables with point-in-time recovery, the key
// schema the store adapter uses locally, and an idempotency table with a TTL.
import { describe, expect, it } from 'vitest';
import { TABLE_KEY_SCHEMA, IDEMPOTENCY_KEY_SCHEMA } from '../shared/store/dynamodb/index.js';
import { buildStack, logicalId, resourcesOf, type Built } from './testing.js';

describe('storage', { timeout: 120_000 }, () => {
  let built: Built;
  const get = () => (built ??= buildStack());

  it('blocks public access and encrypts every bucket', () => {
    const buckets = resourcesOf(get().template, 'AWS::S3::Bucket');
    expect(Object.keys(buckets).length).toBeGreaterThanOrEqual(3);
    for (const [id, b] of Object.entries(buckets)) {
      expect(b.Properties?.PublicAccessBlockConfiguration, id).toEqual({
        BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true,
      });
      const sse = b.Properties?.BucketEncryption?.ServerSideEncryptionConfiguration?.[0]?.ServerSideEncryptionByDefault;
      expect(sse?.SSEAlgorithm, id).toMatch(/^(AES256|aws:kms)$/);
      expect(b.Properties?.OwnershipControls?.Rules?.[0]?.ObjectOwnership, id).toBe('BucketOwnerEnforced');
    }
  });

  it('denies every non-TLS request to every bucket and its objects', () => {
    const { template } = get();
    const policies = Object.values(resourcesOf(template, 'AWS::S3::BucketPolicy'));
    for (const id of Object.keys(resourcesOf(template, 'AWS::S3::Bucket'))) {
      const policy = policies.find((p) => p.Properties?.Bucket?.Ref === id);
      expect(policy, `bucket policy of ${id}`).toBeDefined();
      const deny = (policy!.Properties!.PolicyDocument.Statement as any[]).find(
        (s) => s.Effect === 'Deny' && s.Condition?.Bool?.['aws:SecureTransport'] === 'false',
      );
      expect(deny, `SSL-only statement on ${id}`).toBeDefined();
      expect(deny.Action).toBe('s3:*');
      expect(deny.Principal).toEqual({ AWS: '*' });
      expect(deny.Resource).toEqual([
        { 'Fn::GetAtt': [id, 'Arn'] },
        { 'Fn::Join': ['', [{ 'Fn::GetAtt': [id, 'Arn'] }, '/*']] },
      ]);
    }
  });

  it('versions the upload bucket, ages out old versions and logs access to both data buckets', () => {
    const b = get();
    const buckets = resourcesOf(b.template, 'AWS::S3::Bucket');
    const ingest = buckets[logicalId(b, b.stack.storage.ingestBucket)].Properties!;
    const reports = buckets[logicalId(b, b.stack.storage.reportsBucket)].Properties!;
    const logs = logicalId(b, b.stack.storage.accessLogsBucket);
    expect(ingest.VersioningConfiguration).toEqual({ Status: 'Enabled' });
    const rules = ingest.LifecycleConfiguration.Rules as any[];
    expect(rules.some((r) => r.NoncurrentVersionExpiration?.NoncurrentDays > 0 && r.Status === 'Enabled')).toBe(true);
    for (const props of [ingest, reports]) {
      expect((props.LifecycleConfiguration.Rules as any[]).some((r) => r.AbortIncompleteMultipartUpload?.DaysAfterInitiation > 0)).toBe(true);
      expect(props.LoggingConfiguration.DestinationBucketName).toEqual({ Ref: logs });
    }
  });

  it('creates the data table on demand with PITR and exactly the adapter key schema', () => {
    const b = get();
    const table = resourcesOf(b.template, 'AWS::DynamoDB::Table')[logicalId(b, b.stack.storage.table)].Properties!;
    expect(table.BillingMode).toBe('PAY_PER_REQUEST');
    expect(table.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
    expect(table.SSESpecification?.SSEEnabled).toBe(true);
    expect(table.KeySchema).toEqual([
      { AttributeName: TABLE_KEY_SCHEMA.partitionKey, KeyType: 'HASH' },
      { AttributeName: TABLE_KEY_SCHEMA.sortKey, KeyType: 'RANGE' },
    ]);
    const gsis = (table.GlobalSecondaryIndexes as any[]).map((g) => ({
      name: g.IndexName, pk: g.KeySchema[0].AttributeName, sk: g.KeySchema[1].AttributeName, projection: g.Projection.ProjectionType,
    }));
    expect(gsis).toEqual(TABLE_KEY_SCHEMA.gsis.map((g) => ({ name: g.name, pk: g.pk, sk: g.sk, projection: 'ALL' })));
  });

  it('gives the idempotency table the Powertools layout and a TTL on "expiration"', () => {
    const b = get();
    const t = resourcesOf(b.template, 'AWS::DynamoDB::Table')[logicalId(b, b.stack.storage.idempotencyTable)].Properties!;
    expect(t.KeySchema).toEqual([{ AttributeName: 'id', KeyType: 'HASH' }]);
    expect(IDEMPOTENCY_KEY_SCHEMA).toEqual({ partitionKey: 'id', ttlAttribute: 'expiration' });
    expect(t.TimeToLiveSpecification).toEqual({ AttributeName: 'expiration', Enabled: true });
    expect(t.BillingMode).toBe('PAY_PER_REQUEST');
    expect(t.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
  });

  it('keeps buckets and the data table on stack deletion by default, and not when retainData=false', () => {
    const keep = get();
    const drop = buildStack({ settings: { retainData: 'false' } });
    for (const [b, policy] of [[keep, 'Retain'], [drop, 'Delete']] as const) {
      const all = resourcesOf(b.template);
      for (const c of [b.stack.storage.ingestBucket, b.stack.storage.reportsBucket, b.stack.storage.table]) {
        expect(all[logicalId(b, c)].DeletionPolicy).toBe(policy);
      }
    }
    const table = resourcesOf(keep.template)[logicalId(keep, keep.stack.storage.table)];
    expect(table.Properties?.DeletionProtectionEnabled).toBe(true);
  });
});
