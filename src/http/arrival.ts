// When each request arrived, so that a search's time budget counts from there: the time it
// waited for a slot is time its client waited too.
import type { Context, MiddlewareHandler } from 'hono';
import { epochNow } from '../search/budget.ts';

const arrivals = new WeakMap<Request, number>();

/** Middleware noting each request's arrival; apply first, with `app.use('*', markArrival())`. */
export function markArrival(): MiddlewareHandler {
  return async (c, next) => {
    arrivals.set(c.req.raw, epochNow());
    await next();
  };
}

/** When the request arrived, in epochNow()'s milliseconds (now, for a request not marked). */
export const arrivalOf = (c: Context): number => arrivals.get(c.req.raw) ?? epochNow();
