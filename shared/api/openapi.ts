// Builds the OpenAPI 3.1 document from the route table and the zod schemas that validate
// requests (params.ts) and responses (schemas.ts).
// a namespace import lets esbuild drop the parts of zod that are not used (bench:bundle)
import * as z from 'zod';
import { ROUTES, type RouteSpec } from './routes.js';
import { components } from './schemas.js';

type JsonSchema = Record<string, unknown>;

function clean(schema: JsonSchema): JsonSchema {
  const { $schema: _s, $id: _i, ...rest } = schema;
  return rest;
}

function paramSchema(s: z.ZodType): JsonSchema {
  return clean(z.toJSONSchema(s, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as JsonSchema);
}

function bodySchema(s: z.ZodType): JsonSchema {
  const id = components.get(s)?.id;
  if (!id) throw new Error('response schemas must be registered in schemas.ts components');
  return { $ref: `#/components/schemas/${id}` };
}

const problemRef = { $ref: '#/components/schemas/Problem' };
const PROBLEM_TITLES: Record<number, string> = {
  304: 'Not modified: the If-None-Match ETag still matches',
  400: 'A parameter is malformed or out of range; the body names it',
  404: 'Not found',
  405: 'Method not allowed (see Allow)',
  500: 'Internal error (logged; the body says nothing more)',
};

function operation(route: RouteSpec): JsonSchema {
  const parameters: JsonSchema[] = [];
  for (const [name, s] of Object.entries(route.pathParams ?? {})) {
    parameters.push({ name, in: 'path', required: true, schema: paramSchema(s) });
  }
  for (const [name, s] of Object.entries(route.query.shape)) {
    const field = s as z.ZodType;
    parameters.push({ name, in: 'query', required: !field.safeParse(undefined).success, schema: paramSchema(field) });
  }
  const okContent: JsonSchema = route.ok
    ? { 'application/json': { schema: bodySchema(route.ok) } }
    : { 'application/json': { schema: { type: 'object' } } };
  if (route.csv) okContent['text/csv'] = { schema: { type: 'string' } };
  const okHeaders = route.cacheable
    ? { ETag: { schema: { type: 'string' } }, 'Cache-Control': { schema: { type: 'string' } } }
    : undefined;
  const responses: JsonSchema = { '200': { description: 'OK', content: okContent, ...(okHeaders ? { headers: okHeaders } : {}) } };
  if (route.cacheable) responses['304'] = { description: PROBLEM_TITLES[304] };
  for (const status of [...route.problems, 405, 500]) {
    responses[String(status)] = {
      description: PROBLEM_TITLES[status] ?? 'Error',
      content: { 'application/problem+json': { schema: problemRef } },
      ...(status === 405 ? { headers: { Allow: { schema: { type: 'string' } } } } : {}),
    };
  }
  return {
    operationId: route.id,
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    ...(route.anonymous ? { security: [] } : {}),
    parameters,
    responses,
  };
}

export function buildOpenApi(opts: { serverUrl?: string } = {}): JsonSchema {
  const schemas = z.toJSONSchema(components, { target: 'draft-2020-12', uri: (id) => `#/components/schemas/${id}` }).schemas;
  const paths: Record<string, JsonSchema> = {};
  for (const route of ROUTES) {
    paths[route.path] ??= {};
    paths[route.path][route.method.toLowerCase()] = operation(route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Syria casualty statistics API',
      version: '1.0.0',
      description: 'Casualty figures extracted from Arabic news reporting, with the evidence for every figure.',
    },
    ...(opts.serverUrl ? { servers: [{ url: opts.serverUrl }] } : {}),
    // Deployed: IAM (SigV4) by default, or a JWT authoriser when configured; only /health is anonymous.
    components: {
      schemas: Object.fromEntries(Object.entries(schemas).map(([k, v]) => [k, clean(v as JsonSchema)])),
      securitySchemes: {
        sigv4: { type: 'apiKey', name: 'Authorization', in: 'header', description: 'AWS Signature Version 4 (IAM).' },
        jwt: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'When a JWT authoriser is configured.' },
      },
    },
    security: [{ sigv4: [] }, { jwt: [] }],
    paths,
  };
}
