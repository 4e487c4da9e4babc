// Helpers to name exactly which wildcard a cdk-nag suppression accepts, so a suppression
// covers one bucket's objects or one table's indexes, never "any wildcard".
import { Stack, type CfnResource } from 'aws-cdk-lib';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import { NagSuppressions } from 'cdk-nag';
import type { IConstruct } from 'constructs';

function arnFinding(resource: IConstruct, suffix: string): string {
  const stack = Stack.of(resource);
  const id = stack.resolve(stack.getLogicalId(resource.node.defaultChild as CfnResource)) as string;
  return `Resource::<${id}.Arn>${suffix}`;
}

/** The finding cdk-nag reports for `arn:…:bucket/*` (object-level actions). */
export const objectsOf = (bucket: Bucket): string => arnFinding(bucket, '/*');
/** The finding cdk-nag reports for `arn:…:table/name/index/*` (queries on the table's GSIs). */
export const indexesOf = (table: Table): string => arnFinding(table, '/index/*');

export const OBJECTS_REASON =
  'Object-level S3 actions can only name objects by key pattern; the statement is limited to this one bucket and to the listed actions.';
export const INDEXES_REASON =
  "Queries on the table's global secondary indexes need the index ARNs (table/index/<name>); the wildcard stays inside this one table.";

/** Accepts the listed wildcard findings on a role's policy, each with its reason. */
export function acceptWildcards(role: IConstruct, findings: { finding: string; reason: string }[]): void {
  for (const { finding, reason } of findings) {
    NagSuppressions.addResourceSuppressions(role, [{ id: 'AwsSolutions-IAM5', reason, appliesTo: [finding] }], true);
  }
}
