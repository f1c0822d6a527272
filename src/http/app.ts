// The Hono app factory: the JSON API over one SearchIndex, and the search page.
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { SearchIndex } from '../indexing/search-index.ts';
import { ApiError, MovedPermanently, errorBody, notFound } from './errors.ts';
import { DEFAULT_SEARCH_BUDGET_MS, registerSearchRoutes } from './search-routes.ts';
import { registerWebRoutes } from './web-routes.ts';
import { quoteRoutes } from './quote-routes.ts';
import { registerPassageRoutes } from './passage-routes.ts';
import { registerFeedRoutes } from './feed-routes.ts';
import { registerBrowseRoutes } from './browse-routes.ts';
import { pageMeta, withPageMeta } from './page-meta.ts';
import { securityHeaders } from './security-headers.ts';
import { documentSummarySchema, documentDetailSchema, documentPageQuerySchema, errorSchema, healthSchema } from './schemas.ts';
import { admissionControl } from './admission.ts';
import { markArrival } from './arrival.ts';
import { allowedMethods, refuseGetBodies } from './http-hygiene.ts';
import type { RefusalLog } from './refusal-log.ts';
import type { SearchRunner } from './search-runner.ts';
import { documentDetail, documentSummary } from './documents.ts';

/** The index an app answers from: fixed, or read on each request so it can be swapped while serving. */
export type IndexSource = () => SearchIndex;

export interface AppOptions {
  /** Built page to serve (web/dist); omitted in API-only tests. */
  webDir?: string;
  /** Milliseconds a search may run before it is answered 503 (default 2000). */
  searchBudgetMs?: number;
  /** Search responses remembered per index (default 1000; 0 turns the cache off). */
  cachedSearches?: number;
  /** Where searches run (search threads in the server); in the serving thread by default. */
  searchRunner?: SearchRunner;
  /** Searches that may wait for a slot before more are refused 503 overloaded (default 2 per slot). */
  searchQueue?: number;
  /** The site's public address (--public-url) for absolute links, as in CSV files; relative links when unset. */
  publicUrl?: string | null;
  /** Where each 503 is logged (rate-limited); not logged when unset. */
  refusals?: RefusalLog;
  /** Extra fields for /api/health, e.g. why a newer index was refused. */
  health?: () => { builtAt: string; formatVersion: number; warning?: string };
}

export function createApp(index: SearchIndex | IndexSource, options: AppOptions = {}) {
  const getIndex: IndexSource = typeof index === 'function' ? index : () => index;
  const app = new OpenAPIHono({
    defaultHook: (result) => {
      if (!result.success) {
        const issue = result.error.issues[0];
        const name = issue?.path.join('.') || 'request';
        throw new ApiError(400, 'bad_request', `${name}: ${issue?.message ?? 'invalid'}`);
      }
    },
  });

  app.use('*', markArrival());
  app.use('*', securityHeaders());
  app.use('*', refuseGetBodies());
  app.onError((err, c) => {
    if (err instanceof ApiError) return c.json(errorBody(err.code, err.message), err.status, err.headers);
    if (err instanceof MovedPermanently) return c.redirect(err.location, 301);
    console.error(err);
    return c.json(errorBody('internal', 'internal error'), 500);
  });
  const allowed = allowedMethods(app);
  app.notFound((c) => {
    const methods = allowed(c.req.path);
    if (methods.length > 0) return c.json(errorBody('method_not_allowed', `${c.req.path} answers ${methods.join(', ')}, not ${c.req.method}`), 405, { Allow: methods.join(', ') });
    return c.json(errorBody('not_found', `no route for ${c.req.method} ${c.req.path}`), 404);
  });

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/health',
      responses: { 200: { content: { 'application/json': { schema: healthSchema } }, description: 'Index status' } },
    }),
    (c) => {
      const { corpus, version } = getIndex();
      const extra = options.health?.() ?? { builtAt: new Date(0).toISOString(), formatVersion: 0 };
      return c.json({
        status: 'ok' as const,
        documents: corpus.documents.length,
        passages: corpus.passages.length,
        speakers: corpus.speakers.length,
        indexVersion: version,
        ...extra,
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/documents',
      responses: {
        200: { content: { 'application/json': { schema: z.object({ documents: z.array(documentSummarySchema) }) } }, description: 'All documents' },
      },
    }),
    (c) => c.json({ documents: getIndex().corpus.documents.map(documentSummary) }),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/documents/{id}',
      request: { params: z.object({ id: z.string().max(200) }), query: documentPageQuerySchema },
      responses: {
        200: { content: { 'application/json': { schema: documentDetailSchema } }, description: 'One document with one page of its passages' },
        400: { content: { 'application/json': { schema: errorSchema } }, description: 'A parameter is invalid; the message names it' },
        404: { content: { 'application/json': { schema: errorSchema } }, description: 'Unknown id' },
      },
    }),
    (c) => {
      const { id } = c.req.valid('param');
      const { page, limit } = c.req.valid('query');
      const index = getIndex();
      const doc = index.documentById.get(id);
      if (!doc) throw notFound('document', id);
      return c.json(documentDetail(index, doc, page, limit), 200);
    },
  );

  const gate = registerSearchRoutes(app, getIndex, {
    budgetMs: options.searchBudgetMs,
    cachedSearches: options.cachedSearches,
    runner: options.searchRunner,
    queue: options.searchQueue,
    publicUrl: options.publicUrl ?? null,
    log: options.refusals,
  });
  // A quote check and a feed cost a search: each waits for a slot like one (registered before their routes).
  app.use('/api/quote', admissionControl(gate));
  app.use('/api/search.atom', admissionControl(gate));
  app.route('/api/quote', quoteRoutes(getIndex, options.searchBudgetMs ?? DEFAULT_SEARCH_BUDGET_MS));
  const publicUrl = () => options.publicUrl ?? null;
  registerPassageRoutes(app, getIndex, publicUrl);
  registerBrowseRoutes(app, getIndex);
  registerFeedRoutes(app, getIndex, options.searchBudgetMs ?? DEFAULT_SEARCH_BUDGET_MS, publicUrl);
  if (options.webDir) {
    registerWebRoutes(app, options.webDir, (html, kind, id) => {
      const meta = pageMeta(getIndex(), kind, id);
      return meta ? withPageMeta(html, meta, publicUrl()) : null;
    });
  }
  return app;
}
