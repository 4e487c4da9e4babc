// The ingest path as the template wires it: S3 ObjectCreated → encrypted, SSL-only queue
// with a DLQ → ingest function with partial batch failures, reserved concurrency and a
// visibility timeout of at least six function timeouts.
import { describe, expect, it } from 'vitest';
import { readConfig } from '../shared/config.js';
import { INGEST_BATCHING_WINDOW, MAX_RECEIVE_COUNT } from './pipeline.js';
import { buildStack, logicalId, resourcesOf, type Built } from './testing.js';

describe('pipeline', { timeout: 120_000 }, () => {
  let built: Built;
  const get = () => (built ??= buildStack());
  const ids = (b: Built) => ({
    queue: logicalId(b, b.stack.pipeline.queue),
    dlq: logicalId(b, b.stack.pipeline.deadLetterQueue),
    fn: logicalId(b, b.stack.pipeline.ingest.fn),
    bucket: logicalId(b, b.stack.storage.ingestBucket),
  });

  it('sends every ObjectCreated event of the upload bucket to the ingest queue', () => {
    const b = get();
    const { queue, bucket } = ids(b);
    const [notification] = Object.values(resourcesOf(b.template, 'Custom::S3BucketNotifications'));
    expect(notification.Properties!.BucketName).toEqual({ Ref: bucket });
    expect(notification.Properties!.NotificationConfiguration.QueueConfigurations).toEqual([
      { Events: ['s3:ObjectCreated:*'], QueueArn: { 'Fn::GetAtt': [queue, 'Arn'] } },
    ]);
    // S3 may send only for this bucket.
    const policies = Object.values(resourcesOf(b.template, 'AWS::SQS::QueuePolicy'));
    const allow = policies
      .filter((p) => (p.Properties!.Queues as any[]).some((q) => q.Ref === queue))
      .flatMap((p) => p.Properties!.PolicyDocument.Statement as any[])
      .find((s) => s.Effect === 'Allow' && s.Principal?.Service === 's3.amazonaws.com');
    expect(allow.Condition.ArnLike['aws:SourceArn']).toEqual({ 'Fn::GetAtt': [bucket, 'Arn'] });
  });

  it('encrypts both queues and denies non-TLS access to them', () => {
    const b = get();
    const queues = resourcesOf(b.template, 'AWS::SQS::Queue');
    const policies = Object.values(resourcesOf(b.template, 'AWS::SQS::QueuePolicy'));
    for (const id of [ids(b).queue, ids(b).dlq]) {
      expect(queues[id].Properties!.SqsManagedSseEnabled ?? queues[id].Properties!.KmsMasterKeyId, id).toBeTruthy();
      const deny = policies
        .filter((p) => (p.Properties!.Queues as any[]).some((q) => q.Ref === id))
        .flatMap((p) => p.Properties!.PolicyDocument.Statement as any[])
        .find((s) => s.Effect === 'Deny' && s.Condition?.Bool?.['aws:SecureTransport'] === 'false');
      expect(deny?.Action, `SSL-only policy on ${id}`).toBe('sqs:*');
    }
  });

  it('dead-letters a message after MAX_RECEIVE_COUNT receives and keeps it for 14 days', () => {
    const b = get();
    const { queue, dlq } = ids(b);
    const q = resourcesOf(b.template, 'AWS::SQS::Queue');
    expect(q[queue].Properties!.RedrivePolicy).toEqual({
      deadLetterTargetArn: { 'Fn::GetAtt': [dlq, 'Arn'] },
      maxReceiveCount: MAX_RECEIVE_COUNT,
    });
    expect(MAX_RECEIVE_COUNT).toBeGreaterThanOrEqual(2);
    expect(q[dlq].Properties!.MessageRetentionPeriod).toBe(14 * 24 * 3600);
  });

  it('keeps a message invisible for at least 6 × the function timeout plus the batching window', () => {
    const b = get();
    const { queue, fn } = ids(b);
    const visibility = resourcesOf(b.template)[queue].Properties!.VisibilityTimeout as number;
    const timeout = resourcesOf(b.template)[fn].Properties!.Timeout as number;
    expect(timeout).toBeGreaterThan(0);
    expect(visibility).toBeGreaterThanOrEqual(6 * timeout + INGEST_BATCHING_WINDOW.toSeconds());
  });

  it('consumes the queue with partial batch failures, capped at the reserved concurrency', () => {
    const b = buildStack({ settings: { ingestConcurrency: 7 } });
    const { queue, fn } = ids(b);
    const [mapping] = Object.values(resourcesOf(b.template, 'AWS::Lambda::EventSourceMapping'));
    expect(mapping.Properties!.EventSourceArn).toEqual({ 'Fn::GetAtt': [queue, 'Arn'] });
    expect(mapping.Properties!.FunctionName).toEqual({ Ref: fn });
    expect(mapping.Properties!.FunctionResponseTypes).toEqual(['ReportBatchItemFailures']);
    expect(mapping.Properties!.ScalingConfig).toEqual({ MaximumConcurrency: 7 });
    expect(resourcesOf(b.template)[fn].Properties!.ReservedConcurrentExecutions).toBe(7);
  });

  it('runs Node 22 on ARM64 and sets only configuration names that shared/config.ts reads', () => {
    const b = get();
    const props = resourcesOf(b.template)[ids(b).fn].Properties!;
    expect(props.Runtime).toBe('nodejs22.x');
    expect(props.Architectures).toEqual(['arm64']);
    const env = props.Environment.Variables as Record<string, unknown>;
    expect(Object.keys(env).sort()).toEqual(
      ['BEST_POLICY', 'IDEMPOTENCY_TABLE', 'INGEST_BUCKET', 'REPORTS_BUCKET', 'REPORT_TOPIC_ARN', 'TABLE_NAME'].sort(),
    );
    // zod drops keys it does not know: every name set here must survive the parse.
    const parsed = readConfig(Object.fromEntries(Object.keys(env).map((k) => [k, k === 'BEST_POLICY' ? 'lowest' : 'x'])));
    for (const k of Object.keys(env)) expect(parsed, k).toHaveProperty(k);
    expect(env.TABLE_NAME).toEqual({ Ref: logicalId(b, b.stack.storage.table) });
    expect(env.IDEMPOTENCY_TABLE).toEqual({ Ref: logicalId(b, b.stack.storage.idempotencyTable) });
    expect(env.BEST_POLICY).toBe('monitor_then_lowest');
  });

  it('points GAZETTEER_CSV into the asset when a places file is given, and rejects a missing one', () => {
    const b = buildStack({ settings: { gazetteerCsv: 'package.json', bestPolicy: 'median' } });
    const env = resourcesOf(b.template)[ids(b).fn].Properties!.Environment.Variables;
    expect(env.GAZETTEER_CSV).toBe('/var/task/gazetteer.csv');
    expect(env.BEST_POLICY).toBe('median');
    expect(() => buildStack({ settings: { gazetteerCsv: 'no/such/places.csv' } })).toThrow(/gazetteerCsv not found/);
  });
});
