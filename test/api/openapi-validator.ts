// Validates live responses against the OpenAPI document the API serves: the schema for the
// route, status and content type is compiled with ajv (JSON Schema 2020-12) from the document.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

type Doc = { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>> };

export function responseValidator(doc: Doc) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema(doc as object, 'openapi.json');
  const cache = new Map<string, ValidateFunction>();
  const esc = (s: string) => s.replaceAll('~', '~0').replaceAll('/', '~1');

  /** Throws unless the route documents this status and content type and the body matches its schema. */
  return function validate(template: string, status: number, contentType: string | null, body: string): void {
    const res = doc.paths[template]?.get?.responses[String(status)];
    if (!res) throw new Error(`${template}: status ${status} is not documented`);
    if (!res.content) {
      if (body !== '') throw new Error(`${template} ${status}: documented without a body but got one`);
      return;
    }
    const type = (contentType ?? '').split(';')[0].trim();
    if (!(type in res.content)) throw new Error(`${template} ${status}: content type ${type} is not documented`);
    const key = `${template} ${status} ${type}`;
    let v = cache.get(key);
    if (!v) {
      v = ajv.compile({ $ref: `openapi.json#/paths/${esc(template)}/get/responses/${status}/content/${esc(type)}/schema` });
      cache.set(key, v);
    }
    const value = type.endsWith('json') ? JSON.parse(body) : body;
    if (!v(value)) throw new Error(`${key}: ${ajv.errorsText(v.errors)}`);
  };
}
