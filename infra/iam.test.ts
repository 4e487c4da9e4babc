// Least privilege, read off the template: each function's role may touch exactly the
// resources its handler uses, with the actions it needs, and no statement anywhere names
// every resource ("*").
import { describe, expect, it } from 'vitest';
import type { ServiceFunction } from './function.js';
import { actionsOf, buildStack, logicalId, namedResources, resourcesOf, statementsOfRole, type Built } from './testing.js';

const DDB_WRITES = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'];

/** resource (logical id, with /* or /index/* suffix) → actions granted on it. */
function grants(b: Built, f: ServiceFunction): Record<string, string[]> {
  const out: Record<string, Set<string>> = {};
  for (const s of statementsOfRole(b.template, logicalId(b, f.role))) {
    expect(s.Effect).toBe('Allow');
    for (const r of namedResources(s)) for (const a of actionsOf(s)) (out[r] ??= new Set()).add(a);
  }
  return Object.fromEntries(Object.entries(out).map(([r, a]) => [r, [...a].sort()]));
}

describe('least privilege', { timeout: 120_000 }, () => {
  let built: Built;
  const get = () => (built ??= buildStack());
  const ids = (b: Built) => ({
    table: logicalId(b, b.stack.storage.table),
    idem: logicalId(b, b.stack.storage.idempotencyTable),
    ingestBucket: logicalId(b, b.stack.storage.ingestBucket),
    reportsBucket: logicalId(b, b.stack.storage.reportsBucket),
    queue: logicalId(b, b.stack.pipeline.queue),
    topic: logicalId(b, b.stack.reports.topic),
  });

  it('has no IAM statement on Resource "*" anywhere in the stack', () => {
    // None is needed: no X-Ray (xray:PutTraceSegments is the usual case AWS forces "*").
    const b = get();
    for (const [id, p] of Object.entries(resourcesOf(b.template, 'AWS::IAM::Policy'))) {
      for (const s of p.Properties!.PolicyDocument.Statement as any[]) {
        const res = Array.isArray(s.Resource) ? s.Resource : [s.Resource];
        expect(res, `${id}: ${JSON.stringify(s.Action)}`).not.toContain('*');
      }
    }
    for (const [id, r] of Object.entries(resourcesOf(b.template, 'AWS::IAM::Role'))) {
      expect(r.Properties!.Policies, `inline policies of ${id}`).toBeUndefined();
    }
  });

  it('lets the function roles use no AWS managed policy (not even basic execution: it grants logs on "*")', () => {
    const b = get();
    for (const f of [b.stack.pipeline.ingest, b.stack.api.api, b.stack.reports.report]) {
      const role = resourcesOf(b.template)[logicalId(b, f.role)].Properties!;
      expect(role.ManagedPolicyArns).toBeUndefined();
      expect(role.AssumeRolePolicyDocument.Statement[0].Principal).toEqual({ Service: 'lambda.amazonaws.com' });
      expect(grants(b, f)[logicalId(b, f.logGroup)]).toEqual(['logs:CreateLogStream', 'logs:PutLogEvents']);
    }
  });

  it('ingest: reads upload objects, consumes its queue, reads and writes both tables — nothing else', () => {
    const b = get();
    const i = ids(b);
    const g = grants(b, b.stack.pipeline.ingest);
    expect(Object.keys(g).sort()).toEqual(
      [logicalId(b, b.stack.pipeline.ingest.logGroup), i.queue, `${i.ingestBucket}/*`, i.ingestBucket, i.table, `${i.table}/index/*`, i.idem].sort(),
    );
    expect(g[`${i.ingestBucket}/*`]).toEqual(['s3:GetObject', 's3:GetObjectVersion']);
    expect(g[i.ingestBucket]).toEqual(['s3:ListBucket']);
    expect(g[i.queue]).toEqual(expect.arrayContaining(['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:ChangeMessageVisibility']));
    expect(g[i.queue].filter((a) => a === 'sqs:SendMessage')).toEqual([]);
    for (const t of [i.table, i.idem]) expect(g[t]).toEqual(expect.arrayContaining(['dynamodb:GetItem', ...DDB_WRITES]));
  });

  it('api: reads the table and report objects (to presign), lists the reports bucket — never writes', () => {
    const b = get();
    const i = ids(b);
    const g = grants(b, b.stack.api.api);
    expect(Object.keys(g).sort()).toEqual(
      [logicalId(b, b.stack.api.api.logGroup), i.table, `${i.table}/index/*`, `${i.reportsBucket}/*`, i.reportsBucket].sort(),
    );
    expect(g[`${i.reportsBucket}/*`]).toEqual(['s3:GetObject']);
    expect(g[i.reportsBucket]).toEqual(['s3:ListBucket']);
    for (const a of DDB_WRITES) expect(g[i.table]).not.toContain(a);
    expect(g[i.table]).toEqual(expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:Query']));
  });

  it('report: reads the table, puts (and reads, to presign) report objects, publishes to its topic — never deletes or reads uploads', () => {
    const b = get();
    const i = ids(b);
    const g = grants(b, b.stack.reports.report);
    expect(Object.keys(g).sort()).toEqual(
      [logicalId(b, b.stack.reports.report.logGroup), i.table, `${i.table}/index/*`, `${i.reportsBucket}/*`, i.topic].sort(),
    );
    expect(g[`${i.reportsBucket}/*`]).toEqual(['s3:GetObject', 's3:PutObject']);
    expect(g[i.topic]).toEqual(['sns:Publish']);
    for (const a of DDB_WRITES) expect(g[i.table]).not.toContain(a);
  });
});
