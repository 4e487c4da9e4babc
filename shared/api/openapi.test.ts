import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
// a namespace import lets esbuild drop the parts of zod that are not used (bench:bundle)
import * as z from 'zod';
import { buildOpenApi } from './openapi.js';
import { ROUTES } from './routes.js';

const doc = buildOpenApi() as {
  openapi: string;
  paths: Record<string, Record<string, { parameters: { name: string; in: string; required: boolean }[]; responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>>;
};

describe('OpenAPI document', () => {
  it('is 3.1 and lists every route with the parameters its schema accepts', () => {
    expect(doc.openapi).toBe('3.1.0');
    for (const r of ROUTES) {
      const op = doc.paths[r.path]?.get;
      expect(op, r.path).toBeDefined();
      const query = op.parameters.filter((p) => p.in === 'query').map((p) => p.name);
      expect(query.sort()).toEqual(Object.keys(r.query.shape).sort());
      for (const status of r.problems) expect(op.responses[String(status)], `${r.path} ${status}`).toBeDefined();
      expect(op.responses['405']).toBeDefined();
      expect(op.responses['500']).toBeDefined();
    }
    const agg = doc.paths['/v1/aggregates'].get;
    expect(agg.parameters.find((p) => p.name === 'from')?.required).toBe(true);
    expect(agg.parameters.find((p) => p.name === 'interval')?.required).toBe(false);
    expect(Object.keys(agg.responses['200'].content!)).toEqual(['application/json', 'text/csv']);
  });

  it('compiles every response schema with ajv (2020-12), resolving component references', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    ajv.addSchema(doc, 'openapi.json');
    let compiled = 0;
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [status, res] of Object.entries(ops.get.responses)) {
        for (const type of Object.keys(res.content ?? {})) {
          const pointer = `/paths/${path.replaceAll('~', '~0').replaceAll('/', '~1')}/get/responses/${status}/content/${type.replaceAll('/', '~1')}/schema`;
          expect(() => ajv.compile({ $ref: `openapi.json#${pointer}` })).not.toThrow();
          compiled++;
        }
      }
    }
    expect(compiled).toBeGreaterThan(20);
  });

  it('rejects a body that does not match (the schemas are strict)', () => {
    const ajv = new Ajv2020({ strict: false });
    ajv.addSchema(doc, 'openapi.json');
    const validate = ajv.compile({ $ref: 'openapi.json#/components/schemas/Problem' });
    expect(validate({ type: 'about:blank', title: 't', status: 400, detail: 'd' })).toBe(true);
    expect(validate({ type: 'about:blank', title: 't', status: 400 })).toBe(false);
    expect(validate({ type: 'about:blank', title: 't', status: 400, detail: 'd', stack: 'at …' })).toBe(false);
    expect(z.toJSONSchema).toBeTypeOf('function');
  });
});
