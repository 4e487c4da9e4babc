// cdk-nag's AWS Solutions rules over the whole stack: no finding may stand unless it is
// suppressed with a written reason, and a suppression covers one named wildcard only.
import { Aspects } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks } from 'cdk-nag';
import { describe, expect, it } from 'vitest';
import { buildStack } from './testing.js';

const findings = (stack: import('aws-cdk-lib').Stack) => {
  const a = Annotations.fromStack(stack);
  return [...a.findError('*', Match.stringLikeRegexp('AwsSolutions-.*')), ...a.findWarning('*', Match.stringLikeRegexp('AwsSolutions-.*'))]
    .map((m) => `${m.id}: ${String(m.entry.data).split(':')[0]}`);
};

describe('cdk-nag AwsSolutions', { timeout: 120_000 }, () => {
  it('reports no unsuppressed error or warning', () => {
    const { stack } = buildStack({ nag: true });
    expect(findings(stack)).toEqual([]);
  });

  it('gives every suppression a reason a reviewer can check', () => {
    const { stack } = buildStack({ nag: true });
    const suppressions = stack.node
      .findAll()
      .flatMap((c) => ((c.node.metadata.find((m) => m.type === 'cdk_nag')?.data as any)?.rules_to_suppress ?? []) as any[])
      .concat(((stack.templateOptions.metadata?.cdk_nag as any)?.rules_to_suppress ?? []) as any[]);
    const fromCfn = stack.node.findAll().flatMap((c) => {
      const cfn = c as unknown as { cfnOptions?: { metadata?: any } };
      return (cfn.cfnOptions?.metadata?.cdk_nag?.rules_to_suppress ?? []) as any[];
    });
    const all = [...suppressions, ...fromCfn];
    expect(all.length).toBeGreaterThan(0);
    for (const s of all) expect(String(s.reason).length, s.id).toBeGreaterThanOrEqual(40);
  });

  it('still flags a new wildcard grant: the suppressions name single resources', () => {
    const { stack } = buildStack({ nag: false });
    // A grant no suppression was written for: the api function writing to the upload bucket.
    stack.storage.ingestBucket.grantReadWrite(stack.api.api.role);
    // And a bucket built without the storage construct's secure defaults.
    new Bucket(stack, 'Unprotected');
    Aspects.of(stack).add(new AwsSolutionsChecks());
    const f = findings(stack);
    expect(f.some((x) => x.includes('AwsSolutions-IAM5'))).toBe(true);
    expect(f.some((x) => x.includes('AwsSolutions-S10'))).toBe(true);
  });
});
