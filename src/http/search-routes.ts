// The search API: /api/search, /api/search.csv, /api/passages/:id, /api/speakers[/:id], /api/openapi.json.
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context, TypedResponse } from 'hono';
import type { JSONParsed } from 'hono/utils/types';
import type { IndexSource } from './app.ts';
import { ApiError, notFound } from './errors.ts';
import { errorSchema } from './schemas.ts';
import { passageDetailSchema, searchQuerySchema, searchResultSchema, speakerDetailSchema, speakerSchema } from './search-schemas.ts';
import { passageDetail } from './passage-detail.ts';
import { passageOrMoved } from './passage-links.ts';
import { speakerDetail, speakerSummary } from './speakers.ts';
import { CSV_MAX_ROWS, csvFileName, searchCsv } from './search-csv.ts';
import { DEFAULT_CACHED_SEARCHES, responseCache } from './response-cache.ts';
import type { SearchResponse } from '../search/response.ts';
import { runSearch } from '../search/run-search.ts';
import { QueryError } from '../search/query-error.ts';
import { SearchTimeout, timeBudget } from '../search/budget.ts';

const errors = {
  400: { content: { 'application/json': { schema: errorSchema } }, description: 'A parameter is invalid; the message names it' },
} as const;
const notFoundResponse = { content: { 'application/json': { schema: errorSchema } }, description: 'Unknown id' } as const;

// The search parameters' messages are whole sentences naming the parameter
// ("limit must be an integer from 1 to 100"); report the first as it is.
const validationHook = (result: { success: boolean; error?: { issues: { message: string }[] } }): undefined => {
  if (!result.success) throw new ApiError(400, 'bad_request', result.error?.issues[0]?.message ?? 'invalid parameters');
  return undefined;
};

/** Runs a search step, turning the search stage's errors into API errors. */
function answering<T>(run: () => T): T {
  try {
    return run();
  } catch (err) {
    if (err instanceof QueryError) throw new ApiError(400, 'bad_request', err.message);
    if (err instanceof SearchTimeout) throw new ApiError(503, 'timeout', err.message);
    throw err;
  }
}

/** What c.json(response, 200) returns for a SearchResponse: the type the route declares. */
type SearchJson = Response & TypedResponse<JSONParsed<SearchResponse>, 200, 'json'>;

/** A search response's JSON, encoded by the response cache, sent as c.json would send the response. */
function encodedResponse(c: Context, body: Uint8Array<ArrayBuffer>): SearchJson {
  // c.body cannot know what the bytes encode, so they are typed here as what they are; the
  // Content-Type is exactly what c.json sets.
  return c.body(body, 200, { 'Content-Type': 'application/json' }) as unknown as SearchJson;
}

const idParam = z.object({ id: z.string().max(200).openapi({ param: { name: 'id', in: 'path' } }) });

/** Time a search may take before the request is answered 503 instead of holding the server. */
export const DEFAULT_SEARCH_BUDGET_MS = 2000;

export function registerSearchRoutes(app: OpenAPIHono, getIndex: IndexSource, budgetMs: number = DEFAULT_SEARCH_BUDGET_MS, cachedSearches: number = DEFAULT_CACHED_SEARCHES): void {
  const cache = responseCache(cachedSearches);
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/search',
      summary: 'Search passages',
      request: { query: searchQuerySchema },
      responses: { 200: { content: { 'application/json': { schema: searchResultSchema } }, description: 'One page of results, with exact total and facets' }, ...errors },
    }),
    (c) => encodedResponse(c, answering(() => cache.search(getIndex(), c.req.valid('query'), () => ({ budget: timeBudget(budgetMs) })))),
    validationHook,
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/search.csv',
      summary: 'Search passages as CSV (up to 10,000 rows; page and limit do not apply)',
      request: { query: searchQuerySchema },
      responses: { 200: { content: { 'text/csv': { schema: z.string() } }, description: 'The matching passages as CSV' }, ...errors },
    }),
    (c) => {
      const params = c.req.valid('query');
      const index = getIndex();
      const result = answering(() => runSearch(index, params, CSV_MAX_ROWS, timeBudget(budgetMs)));
      const csv = searchCsv(index, result.order, new URL(c.req.url).origin);
      return c.body(csv, 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${csvFileName(params.q)}"`,
      });
    },
    validationHook,
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/passages/{id}',
      summary: 'One passage with its neighbours, question or answers, and document',
      request: { params: idParam },
      responses: {
        200: { content: { 'application/json': { schema: passageDetailSchema } }, description: 'The passage' },
        301: { description: 'An id of an earlier build: Location is the passage that replaced it, or its document' },
        404: notFoundResponse,
        410: { content: { 'application/json': { schema: errorSchema } }, description: "An id of an earlier build whose document was removed" },
      },
    }),
    (c) => {
      const { id } = c.req.valid('param');
      const index = getIndex();
      return c.json(passageDetail(index, passageOrMoved(index, id)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/speakers',
      summary: 'Canonical speakers',
      responses: { 200: { content: { 'application/json': { schema: z.object({ speakers: z.array(speakerSchema) }) } }, description: 'All speakers' } },
    }),
    (c) => c.json({ speakers: getIndex().corpus.speakers.map(speakerSummary) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/speakers/{id}',
      summary: 'One speaker with the documents they speak in',
      request: { params: idParam },
      responses: { 200: { content: { 'application/json': { schema: speakerDetailSchema } }, description: 'The speaker' }, 404: notFoundResponse },
    }),
    (c) => {
      const { id } = c.req.valid('param');
      const index = getIndex();
      const speaker = index.speakerById.get(id);
      if (!speaker) throw notFound('speaker', id);
      return c.json(speakerDetail(index, speaker), 200);
    },
  );

  // Generated on request from every route registered on the app, including those added after this one.
  app.doc31('/api/openapi.json', { openapi: '3.1.0', info: { title: 'Verbatim API', version: '1' } });
}
