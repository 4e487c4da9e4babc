// One Lambda function the way this service runs them all: bundled by local esbuild from
// infra/bundling.ts, ARM64 on Node 22, its own log group with a retention, and its own
// role that starts empty (only log writes) so every further permission is a visible grant.
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ARCHITECTURE, RUNTIME, cdkBundling, type FunctionBundle } from './bundling.js';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface ServiceFunctionProps {
  bundle: FunctionBundle;
  /** Entry file relative to the repository root; defaults to the bundle's own entry. */
  entry?: string;
  description: string;
  memorySize: number;
  timeout: Duration;
  environment: Record<string, string>;
  reservedConcurrency?: number;
  logRetention: RetentionDays;
  removalPolicy: RemovalPolicy;
  /** Shell commands run after bundling (e.g. copying a data file into the asset). */
  afterBundling?: (outputDir: string) => string[];
}

export class ServiceFunction extends Construct {
  readonly fn: NodejsFunction;
  readonly role: Role;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: ServiceFunctionProps) {
    super(scope, id);
    this.logGroup = new LogGroup(this, 'Logs', {
      retention: props.logRetention,
      removalPolicy: props.removalPolicy,
    });
    // No AWSLambdaBasicExecutionRole: it grants log writes on every log group ("*").
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `${id} function: only the grants made in infra/`,
    });
    this.logGroup.grantWrite(this.role);

    this.fn = new NodejsFunction(this, 'Function', {
      entry: join(REPO_ROOT, props.entry ?? props.bundle.entry),
      handler: 'handler',
      projectRoot: REPO_ROOT,
      depsLockFilePath: join(REPO_ROOT, 'package-lock.json'),
      runtime: RUNTIME,
      architecture: ARCHITECTURE,
      description: props.description,
      memorySize: props.memorySize,
      timeout: props.timeout,
      environment: props.environment,
      reservedConcurrentExecutions: props.reservedConcurrency,
      role: this.role,
      logGroup: this.logGroup,
      bundling: cdkBundling(props.bundle, { afterBundling: props.afterBundling }),
    });
    // The function must not run before it may write its logs.
    this.fn.node.addDependency(this.role);
  }
}
