import { describe, expect, it } from 'vitest';
import { ApiError } from './problem.js';
import { createRouter } from './router.js';
import { ROUTES } from './routes.js';

const match = createRouter(ROUTES);
const fail = (method: string, path: string) => {
  try {
    match(method, path);
  } catch (e) {
    if (e instanceof ApiError) return e;
  }
  throw new Error('expected an ApiError');
};

describe('router', () => {
  it('finds fixed and templated routes', () => {
    expect(match('GET', '/v1/aggregates').route.id).toBe('getAggregates');
    expect(match('GET', '/v1/incidents/').route.id).toBe('listIncidents');
    expect(match('GET', '/v1/reports/latest').route.id).toBe('latestReport');
    expect(match('get', '/v1/articles/ab%2Dcd')).toMatchObject({ route: { id: 'getArticle' }, params: { id: 'ab-cd' } });
  });

  it('answers 404 for unknown paths and 405 with Allow for known paths', () => {
    expect(fail('GET', '/v2/aggregates').status).toBe(404);
    expect(fail('GET', '/v1/articles/a/b').status).toBe(404);
    const e = fail('POST', '/v1/aggregates');
    expect(e.status).toBe(405);
    expect(e.headers.allow).toBe('GET');
  });
});
