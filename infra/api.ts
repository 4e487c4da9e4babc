// The read API: one HTTP API in front of the api function. Every route needs a signed
// (IAM) request, or a JWT when an issuer is configured; only GET /health is open.
import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  HttpApi,
  HttpMethod,
  HttpNoneAuthorizer,
  HttpStage,
  LogGroupLogDestination,
  type IHttpRouteAuthorizer,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpIamAuthorizer, HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { NagSuppressions } from 'cdk-nag';
import { Construct } from 'constructs';
import { FUNCTION_BUNDLES } from './bundling.js';
import { ServiceFunction } from './function.js';
import { INDEXES_REASON, OBJECTS_REASON, acceptWildcards, indexesOf, objectsOf } from './nag.js';

/** Routes behind the default authoriser (all GET). */
export const PROTECTED_ROUTES = [
  '/v1/aggregates',
  '/v1/incidents',
  '/v1/articles/{id}',
  '/v1/governorates',
  '/v1/reports',
  '/v1/reports/latest',
  '/openapi.json',
] as const;
/** The one open route: load balancers and uptime checks cannot sign requests. */
export const PUBLIC_ROUTES = ['/health'] as const;

/**
 * API Gateway gives up on an integration after 30 s; an answer is one or a few queries
 * plus an in-memory roll-up. 1024 MB (0.58 vCPU) because the cold start is CPU: importing
 * the bundle and the runtime's SDK takes about 85 ms CPU (`npm run bench:bundle`), which a smaller function
 * would stretch in proportion to its smaller CPU share.
 */
export const API_TIMEOUT = Duration.seconds(10);
export const API_MEMORY_MB = 1024;

export interface ApiProps {
  table: Table;
  reportsBucket: Bucket;
  environment: Record<string, string>;
  jwt?: { issuer: string; audience: string[] };
  throttle: { rateLimit: number; burstLimit: number };
  logRetention: RetentionDays;
  removalPolicy: RemovalPolicy;
  entry?: string;
}

export class Api extends Construct {
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;
  readonly api: ServiceFunction;
  readonly accessLogs: LogGroup;
  readonly cursorSecret: Secret;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    // The key that seals paging cursors (shared/api): generated at deploy, never in the
    // template; CloudFormation resolves the reference into the function's environment.
    this.cursorSecret = new Secret(this, 'CursorSecret', {
      description: 'HMAC key sealing the API paging cursors',
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
    });
    NagSuppressions.addResourceSuppressions(this.cursorSecret, [
      {
        id: 'AwsSolutions-SMG4',
        reason: 'A MAC key for paging cursors: rotating it only invalidates cursors in flight, so it is rotated by redeploying, not by a rotation Lambda.',
      },
    ]);
    this.api = new ServiceFunction(this, 'Api', {
      bundle: FUNCTION_BUNDLES.api,
      entry: props.entry,
      description: 'HTTP API: aggregates, incidents, articles with evidence, report links',
      memorySize: API_MEMORY_MB,
      timeout: API_TIMEOUT,
      environment: { ...props.environment, API_CURSOR_SECRET: this.cursorSecret.secretValue.unsafeUnwrap() },
      logRetention: props.logRetention,
      removalPolicy: props.removalPolicy,
    });
    props.table.grantReadData(this.api.role);
    // Presigned report links are signed with this role, so it must be able to read the
    // objects it links to; listing finds the latest report.
    this.api.role.addToPolicy(
      new PolicyStatement({ actions: ['s3:GetObject'], resources: [props.reportsBucket.arnForObjects('*')] }),
    );
    this.api.role.addToPolicy(
      new PolicyStatement({ actions: ['s3:ListBucket'], resources: [props.reportsBucket.bucketArn] }),
    );
    acceptWildcards(this.api.role, [
      { finding: objectsOf(props.reportsBucket), reason: OBJECTS_REASON },
      { finding: indexesOf(props.table), reason: INDEXES_REASON },
    ]);

    const defaultAuthorizer: IHttpRouteAuthorizer = props.jwt
      ? new HttpJwtAuthorizer('Jwt', props.jwt.issuer, { jwtAudience: props.jwt.audience })
      : new HttpIamAuthorizer();
    this.httpApi = new HttpApi(this, 'Http', {
      description: 'Syria casualty statistics (read-only)',
      createDefaultStage: false,
      defaultAuthorizer,
    });

    this.accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: props.logRetention,
      removalPolicy: props.removalPolicy,
    });
    this.stage = new HttpStage(this, 'Stage', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      throttle: props.throttle,
      accessLogSettings: {
        destination: new LogGroupLogDestination(this.accessLogs),
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            ip: '$context.identity.sourceIp',
            caller: '$context.identity.caller',
            time: '$context.requestTime',
            routeKey: '$context.routeKey',
            status: '$context.status',
            responseLength: '$context.responseLength',
            latencyMs: '$context.responseLatency',
            integrationError: '$context.integrationErrorMessage',
            authorizerError: '$context.authorizer.error',
          }),
        ),
      },
    });

    const integration = new HttpLambdaIntegration('ApiFunction', this.api.fn);
    for (const path of PROTECTED_ROUTES) {
      this.httpApi.addRoutes({ path, methods: [HttpMethod.GET], integration });
    }
    for (const path of PUBLIC_ROUTES) {
      const [route] = this.httpApi.addRoutes({
        path,
        methods: [HttpMethod.GET],
        integration,
        authorizer: new HttpNoneAuthorizer(),
      });
      NagSuppressions.addResourceSuppressions(route, [
        { id: 'AwsSolutions-APIG4', reason: 'GET /health is deliberately open for uptime checks; it returns no data.' },
      ]);
    }
  }

  get url(): string {
    return this.stage.url;
  }
}
