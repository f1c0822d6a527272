// Request hygiene in one place: GET requests carry no body, and a known path asked with the
// wrong method is a 405 naming the methods it has.
import type { Hono, MiddlewareHandler } from 'hono';
import { ApiError } from './errors.ts';

/**
 * Refuses a GET or HEAD request that comes with a body (413), before anything reads it, and
 * closes the connection so that the rest of it is not read either: a GET body is never used,
 * and reading one without limit let a single connection slow every search.
 */
export function refuseGetBodies(): MiddlewareHandler {
  return async (c, next) => {
    const method = c.req.method;
    const hasBody = (c.req.header('content-length') ?? '0') !== '0' || c.req.header('transfer-encoding') !== undefined;
    if ((method === 'GET' || method === 'HEAD') && hasBody) {
      throw new ApiError(413, 'payload_too_large', `a ${method} request takes no body: send the parameters in the query string`, { Connection: 'close' });
    }
    await next();
  };
}

/** A route pattern (`/api/documents/:id`, `/*`) as a regular expression over paths. */
function patternOf(path: string): RegExp {
  const source = path
    .split('/')
    .map((part) => (part.startsWith(':') ? '[^/]+' : part === '*' ? '.*' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source}$`);
}

/**
 * The methods a path answers to, from the routes of `app` (middleware, registered for every
 * method, does not count). The page's catch-all for static files does not cover /api/.
 */
export function allowedMethods(app: Hono<any, any, any>): (path: string) => string[] {
  let routes: { method: string; pattern: RegExp; catchAll: boolean }[] | undefined;
  return (path) => {
    // Read on first use, when every route is registered.
    routes ??= app.routes.filter((r) => r.method !== 'ALL').map((r) => ({ method: r.method, pattern: patternOf(r.path), catchAll: r.path === '/*' }));
    const methods = new Set(routes.filter((r) => r.pattern.test(path) && !(r.catchAll && path.startsWith('/api/'))).map((r) => r.method));
    // Hono answers HEAD with the GET route.
    if (methods.has('GET')) methods.add('HEAD');
    return [...methods].sort();
  };
}
