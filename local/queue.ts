// The local stand-in for the SQS queue between the upload bucket and the ingest Lambda:
// batches of up to 10 messages, a failed message is redelivered after a delay, and after
// maxReceiveCount receives it goes to the dead-letter list, as the stack's queue + DLQ do.
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { lambdaContextFor } from './lambda-context.js';
import { SQS_BATCH_SIZE, sqsRecordFor } from './sqs-events.js';

export interface DeadLetter {
  record: SQSRecord;
  receives: number;
}

export interface LocalQueueOptions {
  handler: (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;
  batchSize?: number;
  /** Batches handled at once, like concurrent Lambda invocations. */
  concurrency?: number;
  /** Receives before the dead-letter list; 5 like the stack's queue (infra/pipeline.ts MAX_RECEIVE_COUNT). */
  maxReceiveCount?: number;
  /** Stand-in for the visibility timeout before a failed message is received again. */
  retryDelayMs?: number;
  onDeadLetter?: (dead: DeadLetter) => void;
}

interface Message {
  record: SQSRecord;
  receives: number;
  notBefore: number;
}

export class LocalQueue {
  private readonly pending: Message[] = [];
  private inFlight = 0;
  private timer: NodeJS.Timeout | null = null;
  private idleWaiters: (() => void)[] = [];
  readonly deadLetters: DeadLetter[] = [];

  constructor(private readonly opts: LocalQueueOptions) {}

  send(body: string): void {
    this.pending.push({ record: sqsRecordFor(body, `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`), receives: 0, notBefore: 0 });
    this.schedule(0);
  }

  /** Resolves when nothing is waiting or being handled (retries included). */
  drained(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private isIdle(): boolean {
    return this.pending.length === 0 && this.inFlight === 0;
  }

  private schedule(delayMs: number): void {
    if (this.timer) return;
    // A short gather window so a burst of uploads becomes full batches.
    this.timer = setTimeout(() => {
      this.timer = null;
      this.pump();
    }, Math.max(delayMs, 20));
  }

  private pump(): void {
    const max = this.opts.concurrency ?? 2;
    while (this.inFlight < max) {
      const now = Date.now();
      const ready = this.pending.filter((m) => m.notBefore <= now).slice(0, this.opts.batchSize ?? SQS_BATCH_SIZE);
      if (ready.length === 0) break;
      for (const m of ready) this.pending.splice(this.pending.indexOf(m), 1);
      this.inFlight++;
      void this.deliver(ready).finally(() => {
        this.inFlight--;
        this.afterBatch();
      });
    }
    if (this.pending.length > 0 && this.inFlight < max) {
      const next = Math.min(...this.pending.map((m) => m.notBefore));
      this.schedule(next - Date.now());
    }
  }

  private async deliver(batch: Message[]): Promise<void> {
    for (const m of batch) m.receives++;
    const records = batch.map((m) => ({ ...m.record, attributes: { ...m.record.attributes, ApproximateReceiveCount: String(m.receives) } }));
    let failed: Set<string>;
    try {
      const res = await this.opts.handler({ Records: records }, lambdaContextFor('ingest', 60_000));
      failed = new Set(res.batchItemFailures.map((f) => f.itemIdentifier));
    } catch {
      failed = new Set(batch.map((m) => m.record.messageId)); // the whole invocation failed
    }
    for (const m of batch) {
      if (!failed.has(m.record.messageId)) continue;
      if (m.receives >= (this.opts.maxReceiveCount ?? 5)) {
        const dead = { record: m.record, receives: m.receives };
        this.deadLetters.push(dead);
        this.opts.onDeadLetter?.(dead);
      } else {
        m.notBefore = Date.now() + (this.opts.retryDelayMs ?? 2_000);
        this.pending.push(m);
      }
    }
  }

  private afterBatch(): void {
    if (this.pending.length > 0) this.schedule(0);
    else if (this.isIdle()) for (const w of this.idleWaiters.splice(0)) w();
  }
}
