// Matches a method and path against the route table: 404 for an unknown path, 405 (with Allow)
// for a known path asked with another method.
import { methodNotAllowed, notFound } from './problem.js';
import type { RouteSpec } from './routes.js';

interface Compiled {
  route: RouteSpec;
  pattern: RegExp;
  names: string[];
}

export interface Match {
  route: RouteSpec;
  /** Path parameters, percent-decoded. */
  params: Record<string, string>;
}

function compile(route: RouteSpec): Compiled {
  const names: string[] = [];
  const source = route.path
    .split('/')
    .map((seg) => {
      const m = /^\{(\w+)\}$/.exec(seg);
      if (!m) return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(m[1]);
      return '([^/]+)';
    })
    .join('/');
  return { route, pattern: new RegExp(`^${source}$`), names };
}

export function createRouter(routes: readonly RouteSpec[]): (method: string, path: string) => Match {
  const compiled = routes.map(compile);
  return (method, rawPath) => {
    // One trailing slash is forgiven: /v1/incidents/ is /v1/incidents.
    const path = rawPath.length > 1 && rawPath.endsWith('/') ? rawPath.slice(0, -1) : rawPath;
    const allow = new Set<string>();
    for (const c of compiled) {
      const m = c.pattern.exec(path);
      if (!m) continue;
      if (c.route.method !== method.toUpperCase()) {
        allow.add(c.route.method);
        continue;
      }
      const params: Record<string, string> = {};
      c.names.forEach((name, i) => {
        params[name] = safeDecode(m[i + 1]);
      });
      return { route: c.route, params };
    }
    if (allow.size) throw methodNotAllowed(method.toUpperCase(), [...allow]);
    throw notFound(`No route for ${path}`);
  };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s; // left encoded; the parameter schema then refuses it with a 400
  }
}
