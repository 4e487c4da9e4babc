// Starts DynamoDB Local and the S3 server once per test run and hands their endpoints
// to the tests through environment variables (tests create their own tables/buckets
// with unique names so files can run in parallel).
import { startLocalServers, type LocalServers } from '../local/servers.js';

let servers: LocalServers | null = null;

export async function setup(): Promise<void> {
  servers = await startLocalServers();
  process.env.TEST_DYNAMODB_ENDPOINT = servers.dynamoEndpoint;
  process.env.TEST_S3_ENDPOINT = servers.s3Endpoint;
  process.env.TEST_DYNAMODB_PORT = String(servers.dynamoPort);
  process.env.AWS_REGION ??= 'us-east-1';
  process.env.AWS_ACCESS_KEY_ID ??= 'S3RVER'; // s3rver accepts only these credentials; DynamoDB Local accepts any
  process.env.AWS_SECRET_ACCESS_KEY ??= 'S3RVER';
}

export async function teardown(): Promise<void> {
  await servers?.stop();
}
