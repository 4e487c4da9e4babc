// The ingest dependencies built from configuration: the process's clients, the real
// extraction engine, the configured reconciliation policy.
import { dynamo, dynamoBase } from '../clients/dynamodb.js';
import { s3 } from '../clients/s3.js';
import { readConfig } from '../config.js';
import { createDynamoStores } from '../store/dynamodb/index.js';
import type { IngestDeps } from './ingest-object.js';
import { s3ObjectSource } from './object-source.js';
import { configuredExtractor } from './extractor.js';
import { recomputeWith } from './recompute.js';
import { ScopeDayCache } from './scope-day-cache.js';

export function defaultIngestDeps(): { deps: IngestDeps; idempotency: { client: ReturnType<typeof dynamoBase>; tableName: string } } {
  const cfg = readConfig();
  return {
    deps: {
      store: createDynamoStores({ client: dynamo(), tableName: cfg.TABLE_NAME }),
      objects: s3ObjectSource(s3()),
      extract: configuredExtractor(cfg),
      recompute: recomputeWith(cfg.BEST_POLICY),
      cache: new ScopeDayCache(),
    },
    idempotency: { client: dynamoBase(), tableName: cfg.IDEMPOTENCY_TABLE },
  };
}
