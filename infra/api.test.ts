// The HTTP API as deployed: every route but GET /health needs IAM (or the JWT authoriser
// when an issuer is configured), the default stage is throttled and logs every request.
import { describe, expect, it } from 'vitest';
import { PROTECTED_ROUTES } from './api.js';
import { buildStack, logicalId, resourcesOf, type Built } from './testing.js';

const routesOf = (b: Built) =>
  Object.values(resourcesOf(b.template, 'AWS::ApiGatewayV2::Route')).map((r) => r.Properties as Record<string, any>);

describe('api', { timeout: 120_000 }, () => {
  let built: Built;
  const get = () => (built ??= buildStack());

  it('serves exactly the listed GET routes', () => {
    const keys = routesOf(get()).map((r) => r.RouteKey).sort();
    expect(keys).toEqual(
      [
        'GET /v1/aggregates', 'GET /v1/incidents', 'GET /v1/articles/{id}', 'GET /v1/governorates',
        'GET /v1/reports', 'GET /v1/reports/latest', 'GET /openapi.json', 'GET /health',
      ].sort(),
    );
    expect(PROTECTED_ROUTES).toHaveLength(7);
  });

  it('requires IAM on every route except GET /health', () => {
    for (const r of routesOf(get())) {
      if (r.RouteKey === 'GET /health') expect(r.AuthorizationType).toBe('NONE');
      else expect(r.AuthorizationType, r.RouteKey).toBe('AWS_IAM');
    }
    expect(Object.keys(resourcesOf(get().template, 'AWS::ApiGatewayV2::Authorizer'))).toHaveLength(0);
  });

  it('switches every protected route to a JWT authoriser when issuer and audience are configured', () => {
    const b = buildStack({ settings: { jwtIssuer: 'https://login.example.org/tenant', jwtAudience: 'casualty-api, reports' } });
    const authorizers = Object.entries(resourcesOf(b.template, 'AWS::ApiGatewayV2::Authorizer'));
    expect(authorizers).toHaveLength(1);
    const [authId, auth] = authorizers[0];
    expect(auth.Properties!.AuthorizerType).toBe('JWT');
    expect(auth.Properties!.JwtConfiguration).toEqual({ Issuer: 'https://login.example.org/tenant', Audience: ['casualty-api', 'reports'] });
    for (const r of routesOf(b)) {
      if (r.RouteKey === 'GET /health') {
        expect(r.AuthorizationType).toBe('NONE');
        expect(r.AuthorizerId).toBeUndefined();
      } else {
        expect(r.AuthorizationType, r.RouteKey).toBe('JWT');
        expect(r.AuthorizerId, r.RouteKey).toEqual({ Ref: authId });
      }
    }
    expect(() => buildStack({ settings: { jwtIssuer: 'https://login.example.org/' } })).toThrow(/set together/);
  });

  it('throttles the default stage from context and writes JSON access logs to its log group', () => {
    const b = buildStack({ settings: { apiRateLimit: 20, apiBurstLimit: 40 } });
    const [stage] = Object.values(resourcesOf(b.template, 'AWS::ApiGatewayV2::Stage')).map((s) => s.Properties!);
    expect(stage.StageName).toBe('$default');
    expect(stage.DefaultRouteSettings).toMatchObject({ ThrottlingRateLimit: 20, ThrottlingBurstLimit: 40 });
    expect(stage.AccessLogSettings.DestinationArn).toEqual({ 'Fn::GetAtt': [logicalId(b, b.stack.api.accessLogs), 'Arn'] });
    const format = JSON.parse(stage.AccessLogSettings.Format);
    expect(format).toMatchObject({ requestId: '$context.requestId', status: '$context.status', routeKey: '$context.routeKey' });
  });

  it('hands the function a generated cursor key by reference, never in the template', () => {
    const b = get();
    const env = resourcesOf(b.template)[logicalId(b, b.stack.api.api.fn)].Properties!.Environment.Variables;
    const secretId = logicalId(b, b.stack.api.cursorSecret);
    expect(JSON.stringify(env.API_CURSOR_SECRET)).toContain('{{resolve:secretsmanager:');
    expect(JSON.stringify(env.API_CURSOR_SECRET)).toContain(secretId);
    const secret = resourcesOf(b.template)[secretId].Properties!;
    expect(secret.GenerateSecretString.PasswordLength).toBeGreaterThanOrEqual(32);
  });
});
