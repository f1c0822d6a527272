// GET /api/quote: check a quote against the corpus (quote/check-quote.ts). A sub-app, mounted by app.ts.
import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import type { IndexSource } from './app.ts';
import { ApiError } from './errors.ts';
import { errorSchema } from './schemas.ts';
import { checkQuote } from '../quote/check-quote.ts';
import { quoteParamsSchema, quoteResponseSchema } from '../quote/quote-response.ts';
import { SearchTimeout, timeBudget } from '../search/budget.ts';

/** The quote check as a sub-app: mount it at /api/quote. It costs about what a search costs, under the same time budget. */
export function quoteRoutes(getIndex: IndexSource, budgetMs: number) {
  const app = new OpenAPIHono();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/',
      summary: 'Check a quote: the passage it came from, how faithful it is, and whether the claimed speaker said it',
      request: { query: quoteParamsSchema.openapi('QuoteParams') },
      responses: {
        200: { content: { 'application/json': { schema: quoteResponseSchema.openapi('QuoteResponse') } }, description: 'The verdict and up to 5 matching passages, best first' },
        400: { content: { 'application/json': { schema: errorSchema } }, description: 'A parameter is invalid; the message names it' },
      },
    }),
    (c) => {
      const started = performance.now();
      try {
        const result = checkQuote(getIndex(), c.req.valid('query'), timeBudget(budgetMs));
        return c.json({ ...result, took_ms: Math.round((performance.now() - started) * 10) / 10 }, 200);
      } catch (err) {
        if (err instanceof SearchTimeout) throw new ApiError(503, 'timeout', err.message);
        throw err;
      }
    },
    (result) => {
      if (!result.success) throw new ApiError(400, 'bad_request', result.error.issues[0]?.message ?? 'invalid parameters');
      return undefined;
    },
  );
  return app;
}
