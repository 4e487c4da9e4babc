// S3 ObjectCreated → SQS → this handler. Thin: parse each message, run the idempotent
// domain function per S3 object, report partial batch failures so SQS retries only the
// failed messages (and dead-letters them after the queue's maxReceiveCount).
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { IdempotencyConfig, makeIdempotent } from '@aws-lambda-powertools/idempotency';
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { logger } from '../shared/powertools/logger.js';
import { metrics, MetricUnit } from '../shared/powertools/metrics.js';
import { ingestObject, rejectedRecord, type IngestDeps } from '../shared/ingest/ingest-object.js';
import { parseNotification, type ObjectRef } from '../shared/ingest/s3-event.js';
import { defaultIngestDeps } from '../shared/ingest/defaults.js';

export interface IngestHandlerOptions {
  deps: IngestDeps;
  idempotency: { client: DynamoDBClient; tableName: string };
}

export function createIngestHandler(opts: IngestHandlerOptions) {
  const config = new IdempotencyConfig({ expiresAfterSeconds: 3600 });
  // Keyed on bucket/key/etag/size: a redelivered event returns the stored outcome without re-extracting.
  const ingestOnce = makeIdempotent((ref: ObjectRef) => ingestObject(opts.deps, ref), {
    persistenceStore: new DynamoDBPersistenceLayer({ tableName: opts.idempotency.tableName, awsSdkV3Client: opts.idempotency.client }),
    config, keyPrefix: 'ingestObject',
  });

  const recordHandler = async (record: SQSRecord): Promise<void> => {
    const note = parseNotification(record.body);
    if (note.kind === 'test_event') return void logger.info('skipped s3:TestEvent', { messageId: record.messageId });
    if (note.kind === 'broken') {
      // Nothing to retry: the message itself is wrong. Stored as a rejection so it is seen.
      await opts.deps.store.putRejected(rejectedRecord(`sqs-message/${record.messageId}`, note.reason, new Date()));
      metrics.addMetric('UploadsRejected', MetricUnit.Count, 1);
      return void logger.warn('rejected a broken notification', { messageId: record.messageId, reason: note.reason });
    }
    for (const ref of note.objects) {
      try {
        const out = await ingestOnce(ref);
        metrics.addMetric(out.status === 'rejected' ? 'UploadsRejected' : 'ArticlesStored', MetricUnit.Count, 1);
        metrics.addMetric('MentionsStored', MetricUnit.Count, out.status === 'ingested' || out.status === 'reprocessed' ? out.mentions : 0);
        if (out.status === 'rejected') logger.warn('rejected an upload', { messageId: record.messageId, ...out });
        else logger.info('ingested object', { messageId: record.messageId, ...out });
      } catch (error) {
        metrics.addMetric('IngestFailures', MetricUnit.Count, 1);
        logger.error('ingest failed; the message will be retried', { messageId: record.messageId, bucket: ref.bucket, key: ref.key, error });
        throw error;
      }
    }
  };

  return async (event: SQSEvent, context: Context): Promise<SQSBatchResponse> => {
    logger.addContext(context);
    config.registerLambdaContext(context);
    // A processor per invocation: it holds the batch's results, and the local runtime, the
    // tests and the bench run several invocations at once in one process (Lambda never does).
    const processor = new BatchProcessor(EventType.SQS);
    try {
      return await processPartialResponse(event, recordHandler, processor, { context, throwOnFullBatchFailure: false });
    } finally {
      metrics.publishStoredMetrics();
    }
  };
}

let built: ReturnType<typeof createIngestHandler> | null = null;
export const handler = (event: SQSEvent, context: Context): Promise<SQSBatchResponse> => {
  built ??= createIngestHandler(defaultIngestDeps());
  return built(event, context);
};
