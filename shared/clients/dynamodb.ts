// One DynamoDB client per process, built from configuration; handlers import it, never rebuild it.
import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { readConfig } from '../config.js';

export function createDynamoClient(endpoint?: string, extra: DynamoDBClientConfig = {}): DynamoDBDocumentClient {
  return toDocumentClient(createDynamoBaseClient(endpoint, extra));
}

/** The plain client, for libraries that want one (Powertools Idempotency's persistence layer). */
export function createDynamoBaseClient(endpoint?: string, extra: DynamoDBClientConfig = {}): DynamoDBClient {
  const cfg = readConfig();
  return new DynamoDBClient({
    region: cfg.AWS_REGION,
    ...(endpoint ? { endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
    ...extra,
  });
}

/** A document client over `base`, sharing its connection pool and middleware stack. */
export function toDocumentClient(base: DynamoDBClient): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(base, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
}

let shared: DynamoDBDocumentClient | null = null;
export function dynamo(): DynamoDBDocumentClient {
  shared ??= toDocumentClient(dynamoBase());
  return shared;
}

let sharedBase: DynamoDBClient | null = null;
/** The process's plain client (the document client above wraps this same one). */
export function dynamoBase(): DynamoDBClient {
  sharedBase ??= createDynamoBaseClient(readConfig().DYNAMODB_ENDPOINT);
  return sharedBase;
}
