// GET /api/search.atom: a search as an Atom feed, with the same parameters as /api/search.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { IndexSource } from './app.ts';
import { ApiError } from './errors.ts';
import { errorSchema } from './schemas.ts';
import { searchQuerySchema } from './search-schemas.ts';
import { FEED_ENTRIES, searchFeed } from './search-feed.ts';
import { SearchTimeout, timeBudget } from '../search/budget.ts';
import { QueryError } from '../search/query-error.ts';
import { runSearch } from '../search/run-search.ts';

export function registerFeedRoutes(app: OpenAPIHono, getIndex: IndexSource, budgetMs: number, publicUrl: () => string | null = () => null): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/search.atom',
      summary: `A search as an Atom 1.0 feed of its newest ${FEED_ENTRIES} matching passages (sort, page and limit do not apply)`,
      request: { query: searchQuerySchema },
      responses: {
        200: { content: { 'application/atom+xml': { schema: z.string() } }, description: 'The feed' },
        400: { content: { 'application/json': { schema: errorSchema } }, description: 'A parameter is invalid; the message names it' },
      },
    }),
    (c) => {
      const params = { ...c.req.valid('query'), sort: 'newest' as const, page: 1, limit: FEED_ENTRIES };
      const index = getIndex();
      let ns: number[];
      try {
        ns = runSearch(index, params, FEED_ENTRIES, timeBudget(budgetMs)).order;
      } catch (err) {
        if (err instanceof QueryError) throw new ApiError(400, 'bad_request', err.message);
        if (err instanceof SearchTimeout) throw new ApiError(503, 'timeout', err.message);
        throw err;
      }
      const feed = searchFeed(index, ns, params.q, { search: new URL(c.req.url).search, publicUrl: publicUrl() });
      return c.body(feed, 200, { 'Content-Type': 'application/atom+xml; charset=utf-8' });
    },
    (result) => {
      if (!result.success) throw new ApiError(400, 'bad_request', result.error.issues[0]?.message ?? 'invalid parameters');
    },
  );
}
