// One DynamoDB client per process, built from configuration; handlers import it, never rebuild it.
import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { readConfig } from '../config.js';

export function createDynamoClient(endpoint?: string, extra: DynamoDBClientConfig = {}): DynamoDBDocumentClient {
  const cfg = readConfig();
  const client = new DynamoDBClient({
    region: cfg.AWS_REGION,
    ...(endpoint ? { endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
    ...extra,
  });
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
}

let shared: DynamoDBDocumentClient | null = null;
export function dynamo(): DynamoDBDocumentClient {
  shared ??= createDynamoClient(readConfig().DYNAMODB_ENDPOINT);
  return shared;
}
