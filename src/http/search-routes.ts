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
import { csvFileName } from './search-csv.ts';
import { cacheKey, DEFAULT_CACHED_SEARCHES, normalisedParams, responseCache } from './response-cache.ts';
import { admissionControl, SearchGate } from './admission.ts';
import { arrivalOf } from './arrival.ts';
import type { RefusalLog } from './refusal-log.ts';
import { answerJob, withTook, type JobAnswer, type SearchJobKind } from './search-job.ts';
import { inThreadRunner, type SearchRunner } from './search-runner.ts';
import type { SearchParams } from '../search/params.ts';
import type { SearchResponse } from '../search/response.ts';
import { QueryError } from '../search/query-error.ts';
import { isLightSearch } from '../search/light-search.ts';
import { SearchTimeout } from '../search/budget.ts';

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

/** Runs a search step, turning the search stage's errors into API errors; logs a timeout. */
async function answering<T>(run: () => Promise<T>, log: RefusalLog | undefined, what: string): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof QueryError) throw new ApiError(400, 'bad_request', err.message);
    if (err instanceof SearchTimeout) {
      log?.refused('timeout', what);
      throw new ApiError(503, 'timeout', err.message);
    }
    throw err;
  }
}

/** What c.json(response, 200) returns for a SearchResponse: the type the route declares. */
type SearchJson = Response & TypedResponse<JSONParsed<SearchResponse>, 200, 'json'>;

/** A search response's JSON, encoded by the search job, sent as c.json would send the response. */
function encodedResponse(c: Context, body: Uint8Array<ArrayBuffer>): SearchJson {
  // c.body cannot know what the bytes encode, so they are typed here as what they are; the
  // Content-Type is exactly what c.json sets.
  return c.body(body, 200, { 'Content-Type': 'application/json' }) as unknown as SearchJson;
}

const idParam = z.object({ id: z.string().max(200).openapi({ param: { name: 'id', in: 'path' } }) });

/** Time a search may take before the request is answered 503 instead of holding the server. */
export const DEFAULT_SEARCH_BUDGET_MS = 2000;

export interface SearchRouteOptions {
  budgetMs?: number;
  cachedSearches?: number;
  /** Where searches run; in the serving thread by default. */
  runner?: SearchRunner;
  /** Searches that may wait for a slot; more are refused 503 overloaded. */
  queue?: number;
  /** Base of absolute links in CSV files; relative links when null. */
  publicUrl?: string | null;
  log?: RefusalLog;
}

/** Searches waiting for a slot, per slot, by default: a short queue, answered within about a budget. */
export const DEFAULT_QUEUE_PER_SLOT = 2;

/** Registers the search routes; returns their gate, for other routes that cost a search (admissionControl). */
export function registerSearchRoutes(app: OpenAPIHono, getIndex: IndexSource, options: SearchRouteOptions = {}): SearchGate {
  const { budgetMs = DEFAULT_SEARCH_BUDGET_MS, cachedSearches = DEFAULT_CACHED_SEARCHES, runner = inThreadRunner, publicUrl = null, log } = options;
  const cache = responseCache(cachedSearches);
  const gate = new SearchGate({ inFlight: runner.inFlight, queue: options.queue ?? DEFAULT_QUEUE_PER_SLOT * runner.inFlight, log });
  const kinds: Record<string, SearchJobKind> = { '/api/search': 'json', '/api/search.csv': 'csv' };
  // A cached answer costs no search, a request that fails validation is answered 400 at once,
  // and a light search (a few plain words, one rare) costs milliseconds in this thread: none
  // waits for a slot.
  const costsASearch = (c: Context) => {
    const kind = kinds[c.req.path]!;
    // As the route's validator reads the query string: one value as a string, a repeated one as an array.
    const query = Object.fromEntries(Object.entries(c.req.queries()).map(([k, v]) => [k, v.length === 1 ? v[0] : v]));
    const parsed = searchQuerySchema.safeParse(query);
    if (!parsed.success) return false;
    const params = normalisedParams(kind, parsed.data);
    return cache.get(getIndex(), cacheKey(kind, params)) === undefined && !(kind === 'json' && isLightSearch(getIndex(), params));
  };
  for (const path of Object.keys(kinds)) app.use(path, admissionControl(gate, (c) => !costsASearch(c)));

  /** The answer's bytes and how long it took: from the cache, or from the runner (then cached). */
  const answer = async (c: Context, kind: SearchJobKind, given: SearchParams): Promise<JobAnswer> => {
    const started = performance.now();
    const index = getIndex();
    const params = normalisedParams(kind, given);
    const key = cacheKey(kind, params);
    const known = cache.get(index, key);
    // A hit took as long as the lookup: that is the time this answer cost.
    if (known) return { body: known, tookMs: Math.round((performance.now() - started) * 1000) / 1000 };
    const job = { kind, params, deadline: arrivalOf(c) + budgetMs, budgetMs, publicUrl };
    // A search that throws leaves nothing behind: the error is answered anew each time.
    const light = kind === 'json' && isLightSearch(index, params);
    const computed = await answering(async () => (light ? answerJob(index, job) : runner.run(index, job)), log, `${c.req.method} ${c.req.path}`);
    cache.set(index, key, computed.body);
    return computed;
  };
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/search',
      summary: 'Search passages',
      request: { query: searchQuerySchema },
      responses: { 200: { content: { 'application/json': { schema: searchResultSchema } }, description: 'One page of results, with exact total and facets' }, ...errors },
    }),
    async (c) => {
      const { body, tookMs } = await answer(c, 'json', c.req.valid('query'));
      return encodedResponse(c, withTook(body, tookMs));
    },
    validationHook,
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/search.csv',
      summary: 'Search passages as CSV (up to 10,000 rows; page and limit do not apply; links absolute under --public-url, else relative)',
      request: { query: searchQuerySchema },
      responses: { 200: { content: { 'text/csv': { schema: z.string() } }, description: 'The matching passages as CSV' }, ...errors },
    }),
    async (c) => {
      const params = c.req.valid('query');
      const { body } = await answer(c, 'csv', params);
      return c.body(body, 200, {
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

  // Generated once, on the first request (every route is registered by then), then sent as it is.
  let openApi: string | undefined;
  app.get('/api/openapi.json', (c) => {
    openApi ??= JSON.stringify(app.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 'Verbatim API', version: '1' } }));
    return c.body(openApi, 200, { 'Content-Type': 'application/json' });
  });
  return gate;
}
