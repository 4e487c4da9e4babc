// RFC 9457 problem details: every 4xx/5xx the API returns has this shape, so clients can
// always find which parameter was wrong without parsing prose.

export interface InvalidParam {
  name: string;
  reason: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  invalidParams?: InvalidParam[];
}

/** A failure the client caused (or a route it asked for that does not exist): mapped to a problem response. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly invalidParams?: InvalidParam[],
    /** Extra response headers, e.g. Allow on 405. */
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
    this.name = 'ApiError';
  }

  toProblem(): Problem {
    return {
      type: 'about:blank',
      title: this.title,
      status: this.status,
      detail: this.detail,
      ...(this.invalidParams ? { invalidParams: this.invalidParams } : {}),
    };
  }
}

export function badRequest(params: InvalidParam[]): ApiError {
  const names = [...new Set(params.map((p) => p.name))];
  const detail = params.map((p) => `${p.name}: ${p.reason}`).join('; ');
  return new ApiError(400, `Invalid parameter${names.length > 1 ? 's' : ''}: ${names.join(', ')}`, detail, params);
}

export function notFound(detail: string): ApiError {
  return new ApiError(404, 'Not Found', detail);
}

export function methodNotAllowed(method: string, allow: string[]): ApiError {
  return new ApiError(405, 'Method Not Allowed', `${method} is not allowed here; use ${allow.join(', ')}`, undefined, {
    allow: allow.join(', '),
  });
}

/** What a 500 says: nothing about the cause, which goes to the log and a metric instead. */
export const INTERNAL_ERROR: Problem = {
  type: 'about:blank',
  title: 'Internal Server Error',
  status: 500,
  detail: 'The request could not be completed. It has been logged.',
};
