// Builds the stack for the template tests. Bundling is skipped here (the synth test
// bundles for real), so each test file pays only for CDK itself.
import { App, Aspects } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { FEATURE_FLAGS } from './flags.js';
import type { Settings } from './settings.js';
import { CasualtyStack } from './stack.js';

export interface Built {
  app: App;
  stack: CasualtyStack;
  template: Template;
}

export function buildStack(opts: { settings?: Partial<Record<keyof Settings, unknown>>; nag?: boolean; bundle?: boolean; outdir?: string } = {}): Built {
  const app = new App({
    outdir: opts.outdir,
    context: { ...FEATURE_FLAGS, ...(opts.bundle ? {} : { 'aws:cdk:bundling-stacks': [] }) },
  });
  const stack = new CasualtyStack(app, 'Test', { settings: opts.settings });
  if (opts.nag) Aspects.of(stack).add(new AwsSolutionsChecks());
  const template = Template.fromStack(stack);
  return { app, stack, template };
}

type Resources = Record<string, { Type: string; Properties?: Record<string, any>; DeletionPolicy?: string; Condition?: string }>;

export function resourcesOf(template: Template, type?: string): Resources {
  const all = template.toJSON().Resources as Resources;
  if (!type) return all;
  return Object.fromEntries(Object.entries(all).filter(([, r]) => r.Type === type));
}

/** The logical id of a construct's CloudFormation resource (e.g. stack.storage.table). */
export function logicalId(built: Built, construct: { node: { defaultChild?: unknown } }): string {
  const cfn = construct.node.defaultChild as import('aws-cdk-lib').CfnElement;
  return built.stack.resolve(built.stack.getLogicalId(cfn)) as string;
}

export interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: unknown;
}

export const actionsOf = (s: Statement): string[] => (Array.isArray(s.Action) ? s.Action : [s.Action]);
export const resourceListOf = (s: Statement): unknown[] => (Array.isArray(s.Resource) ? s.Resource : [s.Resource]);

/** Every statement of the policies attached to a role (given by its logical id). */
export function statementsOfRole(template: Template, roleId: string): Statement[] {
  const out: Statement[] = [];
  for (const r of Object.values(resourcesOf(template, 'AWS::IAM::Policy'))) {
    const roles = (r.Properties?.Roles ?? []) as { Ref: string }[];
    if (roles.some((x) => x.Ref === roleId)) out.push(...(r.Properties?.PolicyDocument.Statement as Statement[]));
  }
  const role = resourcesOf(template)[roleId];
  for (const p of (role?.Properties?.Policies ?? []) as { PolicyDocument: { Statement: Statement[] } }[]) {
    out.push(...p.PolicyDocument.Statement);
  }
  return out;
}

/** Which resources a statement names, as logical ids (`X` for GetAtt X.Arn / Ref X, `X/*` for objects or index wildcards). */
export function namedResources(s: Statement): string[] {
  return resourceListOf(s).map((r) => describeResource(r));
}

function describeResource(r: unknown): string {
  if (typeof r === 'string') return r;
  const o = r as Record<string, any>;
  if (o.Ref) return o.Ref as string;
  if (o['Fn::GetAtt']) return o['Fn::GetAtt'][0] as string;
  if (o['Fn::Join']) return (o['Fn::Join'][1] as unknown[]).map((p) => describeResource(p)).join('');
  return JSON.stringify(r);
}
