import { describe, expect, it } from 'vitest';
import type { SQSEvent } from 'aws-lambda';
import { LocalQueue } from './queue.js';

describe('LocalQueue (the local stand-in for SQS + DLQ)', () => {
  it('batches by ten, redelivers only failed messages, and dead-letters after maxReceiveCount', async () => {
    const seen: string[][] = [];
    const queue = new LocalQueue({
      retryDelayMs: 10, maxReceiveCount: 3,
      handler: async (event: SQSEvent) => {
        seen.push(event.Records.map((r) => r.body));
        // "bad" always fails; "flaky" fails on its first receive only.
        const failed = event.Records.filter((r) => r.body === 'bad' || (r.body === 'flaky' && r.attributes.ApproximateReceiveCount === '1'));
        return { batchItemFailures: failed.map((r) => ({ itemIdentifier: r.messageId })) };
      },
    });
    for (let i = 0; i < 11; i++) queue.send(`ok-${i}`);
    queue.send('flaky');
    queue.send('bad');
    await queue.drained();
    expect(seen[0]).toHaveLength(10);
    expect(seen.flat().filter((b) => b === 'flaky')).toHaveLength(2);
    expect(seen.flat().filter((b) => b === 'bad')).toHaveLength(3);
    expect(seen.flat().filter((b) => b.startsWith('ok-'))).toHaveLength(11);
    expect(queue.deadLetters.map((d) => [d.record.body, d.receives])).toEqual([['bad', 3]]);
  });
});
