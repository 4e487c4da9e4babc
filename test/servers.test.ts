// The local servers the integration tests rely on really answer: a table round-trip in
// DynamoDB Local and an object round-trip in the S3 server.
import { describe, expect, it } from 'vitest';
import { CreateTableCommand, DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { mkdtempSync, rmSync } from 'node:fs';
import { relative } from 'node:path';
import { tmpdir } from 'node:os';
import { startLocalServers } from '../local/servers.js';

describe('local servers', () => {
  it('DynamoDB Local stores and returns an item', async () => {
    const db = new DynamoDBClient({ endpoint: process.env.TEST_DYNAMODB_ENDPOINT, region: 'us-east-1' });
    const TableName = `smoke-${Date.now()}`;
    await db.send(new CreateTableCommand({
      TableName, BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
    }));
    await db.send(new PutItemCommand({ TableName, Item: { pk: { S: 'a' }, v: { S: 'قتيل' } } }));
    const got = await db.send(new GetItemCommand({ TableName, Key: { pk: { S: 'a' } } }));
    expect(got.Item?.v?.S).toBe('قتيل');
  });

  it('the S3 server stores an Arabic body byte for byte', async () => {
    const s3 = new S3Client({
      endpoint: process.env.TEST_S3_ENDPOINT, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
      requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED',
    });
    const Bucket = `smoke-${Date.now()}`;
    await s3.send(new CreateBucketCommand({ Bucket }));
    const body = 'مقتل 3 مدنيين في قصف على إدلب';
    await s3.send(new PutObjectCommand({ Bucket, Key: 'a.txt', Body: body }));
    const got = await s3.send(new GetObjectCommand({ Bucket, Key: 'a.txt' }));
    expect(await got.Body?.transformToString('utf-8')).toBe(body);
  });

  it('keeps DynamoDB data in a folder given as a relative path, across a restart (as npm start does)', async () => {
    const dir = mkdtempSync(`${tmpdir()}/servers-`);
    const servers = await startLocalServers({ dataDir: relative(process.cwd(), dir) });
    try {
      const db = new DynamoDBClient({ endpoint: servers.dynamoEndpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
      const TableName = 'kept';
      await db.send(new CreateTableCommand({
        TableName, BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
      }));
      await db.send(new PutItemCommand({ TableName, Item: { pk: { S: 'a' }, v: { S: 'جريح' } } }));
      await servers.restartDynamo();
      const got = await db.send(new GetItemCommand({ TableName, Key: { pk: { S: 'a' } } }));
      expect(got.Item?.v?.S).toBe('جريح');
    } finally {
      await servers.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
