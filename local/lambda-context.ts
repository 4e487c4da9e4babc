// Enough of a Lambda context for Powertools outside Lambda: Idempotency uses the remaining
// time to expire the IN_PROGRESS record of an invocation that died.
import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';

export function lambdaContextFor(functionName: string, timeoutMs: number): Context {
  const deadline = Date.now() + timeoutMs;
  return {
    callbackWaitsForEmptyEventLoop: false, functionName, functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${functionName}`, memoryLimitInMB: '1024',
    awsRequestId: randomUUID(), logGroupName: `/local/${functionName}`, logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined, fail: () => undefined, succeed: () => undefined,
  };
}
