// The single table's key schema and how to create it locally. The CDK stack reads
// TABLE_KEY_SCHEMA so the deployed table and the local one cannot drift apart.
import {
  CreateTableCommand, DescribeTableCommand, DynamoDBClient, ResourceInUseException, waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** All key attributes are strings. Two overloaded GSIs (docs/data-model.md lists what each holds). */
export const TABLE_KEY_SCHEMA = {
  partitionKey: 'pk',
  sortKey: 'sk',
  gsis: [
    { name: 'gsi1', pk: 'g1pk', sk: 'g1sk' },
    { name: 'gsi2', pk: 'g2pk', sk: 'g2sk' },
  ],
} as const satisfies { partitionKey: 'pk'; sortKey: 'sk'; gsis: readonly { name: string; pk: string; sk: string }[] };

/** Powertools Idempotency's default layout: partition key `id`, TTL attribute `expiration`. */
export const IDEMPOTENCY_KEY_SCHEMA = { partitionKey: 'id', ttlAttribute: 'expiration' } as const;

type AnyClient = DynamoDBClient | DynamoDBDocumentClient;

async function createIfMissing(client: AnyClient, input: ConstructorParameters<typeof CreateTableCommand>[0]): Promise<void> {
  const c = client as DynamoDBClient;
  try {
    await c.send(new CreateTableCommand(input));
  } catch (e) {
    // Idempotent: another process (a parallel test file, a second `npm start`) may have created it.
    if (!(e instanceof ResourceInUseException)) throw e;
  }
  await waitUntilTableExists({ client: c, maxWaitTime: 60, minDelay: 1 }, { TableName: input.TableName });
}

/** Creates the casualty table if it does not exist (local runtime and tests; in AWS the CDK stack owns it). */
export async function ensureTable(client: AnyClient, tableName: string): Promise<void> {
  const s = TABLE_KEY_SCHEMA;
  const attrs = [s.partitionKey, s.sortKey, ...s.gsis.flatMap((g) => [g.pk, g.sk])];
  await createIfMissing(client, {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: attrs.map((AttributeName) => ({ AttributeName, AttributeType: 'S' })),
    KeySchema: [
      { AttributeName: s.partitionKey, KeyType: 'HASH' },
      { AttributeName: s.sortKey, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: s.gsis.map((g) => ({
      IndexName: g.name,
      KeySchema: [
        { AttributeName: g.pk, KeyType: 'HASH' },
        { AttributeName: g.sk, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'ALL' },
    })),
  });
}

/** Creates the Powertools Idempotency table if it does not exist (local runtime and tests). */
export async function ensureIdempotencyTable(client: AnyClient, tableName: string): Promise<void> {
  await createIfMissing(client, {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [{ AttributeName: IDEMPOTENCY_KEY_SCHEMA.partitionKey, AttributeType: 'S' }],
    KeySchema: [{ AttributeName: IDEMPOTENCY_KEY_SCHEMA.partitionKey, KeyType: 'HASH' }],
  });
}

export async function tableExists(client: AnyClient, tableName: string): Promise<boolean> {
  try {
    await (client as DynamoDBClient).send(new DescribeTableCommand({ TableName: tableName }));
    return true;
  } catch (e) {
    if ((e as { name?: string }).name === 'ResourceNotFoundException') return false;
    throw e;
  }
}
