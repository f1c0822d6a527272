// Routes about passages beyond their detail: where an old id leads (/api/redirects/:id) and
// citations (/api/passages/:id/cite, /api/cite for several).
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { IndexSource } from './app.ts';
import { ApiError, notFound } from './errors.ts';
import { passageOrMoved } from './passage-links.ts';
import { errorSchema } from './schemas.ts';
import { CITE_FORMATS, CITE_MEDIA, formatCitations, type CiteFormat } from '../cite/cite-formats.ts';
import { passageCitation, type PassageCitation } from '../cite/passage-citation.ts';
import type { PassageRecord } from '../indexing/records.ts';

const idParam = z.object({ id: z.string().max(200).openapi({ param: { name: 'id', in: 'path' } }) });

export const redirectSchema = z
  .object({
    from: z.string(),
    to: z.string().nullable(),
    documentId: z.string(),
    documentTitle: z.string(),
    documentRemoved: z.boolean(),
    oldText: z.string(),
    changedAt: z.string(),
    /** The page the old id leads to: the passage, the document, or null when the document was removed. */
    location: z.string().nullable(),
  })
  .openapi('PassageRedirect');

export type RedirectResponse = z.infer<typeof redirectSchema>;

const citeFields = {
  format: z.enum(CITE_FORMATS, { error: `format must be one of ${CITE_FORMATS.join(', ')}` }).default('text'),
  base: z
    .string()
    .regex(/^https?:\/\/[^/?#\s]+$/, 'base must be an origin such as https://verbatim.example.org')
    .optional()
    .openapi({ description: "Origin to make permalinks absolute under when the server has no public URL (the page sends its own)" }),
  download: z.enum(['1']).optional().openapi({ description: '1: answer as a file to save' }),
};
const citeQuery = z.object(citeFields);
/** Passages one /api/cite request may cite (a saved list is rarely longer). */
const MAX_CITED = 1000;
const citeManyQuery = z.object({
  ...citeFields,
  ids: z
    .string()
    .min(1, 'ids must list at least one passage id')
    .refine((ids) => ids.split(',').length <= MAX_CITED, `ids may list at most ${MAX_CITED} passages`),
});

const cited = {
  content: { 'text/plain': { schema: z.string() } },
  description: 'The citation(s) in the format asked for (Content-Type: text/plain, application/x-bibtex, application/x-research-info-systems or application/vnd.citationstyles.csl+json)',
};
const failed = (description: string) => ({ content: { 'application/json': { schema: errorSchema } }, description });

// Query parameters' messages are whole sentences naming the parameter: report the first as it is.
const validationHook = (result: { success: boolean; error?: { issues: { message: string }[] } }): undefined => {
  if (!result.success) throw new ApiError(400, 'bad_request', result.error?.issues[0]?.message ?? 'invalid parameters');
  return undefined;
};

function sendCitations(c: Context, citations: PassageCitation[], format: CiteFormat, download: boolean, name: string) {
  const { type, extension } = CITE_MEDIA[format];
  // c.text, so the route's declared text/plain answer types; the header gives the format's own type.
  return c.text(formatCitations(citations, format), 200, {
    'Content-Type': type,
    ...(download ? { 'Content-Disposition': `attachment; filename="${name}.${extension}"` } : {}),
  });
}

/**
 * `publicUrl`: the server's configured public base URL; permalinks in citations are absolute
 * under it, else under the `base` the client sends, else they are paths. Never the request's Host.
 */
export function registerPassageRoutes(app: OpenAPIHono, getIndex: IndexSource, publicUrl: () => string | null = () => null): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/passages/{id}/cite',
      summary: 'Cite one passage: text, BibTeX, RIS or CSL-JSON; an earlier build\'s id answers 301 to the citation of the passage that replaced it',
      request: { params: idParam, query: citeQuery },
      responses: { 200: cited, 400: failed('A parameter is invalid'), 404: failed('Unknown id'), 410: failed("An earlier build's id whose document was removed") },
    }),
    (c) => {
      const { id } = c.req.valid('param');
      const { format, base, download } = c.req.valid('query');
      const index = getIndex();
      const passage = passageOrMoved(index, id, `/cite${new URL(c.req.url).search}`);
      return sendCitations(c, [passageCitation(index, passage, publicUrl() ?? base ?? null)], format, download === '1', `verbatim-${passage.id}`);
    },
    validationHook,
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/cite',
      summary: 'Cite several passages in one file (the saved list); ids of earlier builds are followed, unknown and removed ones listed in the Verbatim-Missing header',
      request: { query: citeManyQuery },
      responses: { 200: cited, 400: failed('A parameter is invalid') },
    }),
    (c) => {
      const { ids, format, base, download } = c.req.valid('query');
      const index = getIndex();
      const found: PassageRecord[] = [];
      const missing: string[] = [];
      for (const id of ids.split(',')) {
        const moved = index.redirectById.get(id);
        const passage = index.passageById.get(id) ?? (moved?.to ? index.passageById.get(moved.to) : undefined);
        if (passage) found.push(passage);
        else missing.push(id);
      }
      if (missing.length) c.header('Verbatim-Missing', missing.map(encodeURIComponent).join(','));
      const cited = found.map((p) => passageCitation(index, p, publicUrl() ?? base ?? null));
      return sendCitations(c, cited, format, download === '1', 'verbatim-citations');
    },
    validationHook,
  );


  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/redirects/{id}',
      summary: 'Where a passage id of an earlier build leads: the passage that replaced it, its document, or nothing (removed), with its old text',
      request: { params: idParam },
      responses: {
        200: { content: { 'application/json': { schema: redirectSchema } }, description: 'The redirect' },
        404: { content: { 'application/json': { schema: errorSchema } }, description: 'No earlier build had a passage with this id that this one lacks' },
      },
    }),
    (c) => {
      const { id } = c.req.valid('param');
      const moved = getIndex().redirectById.get(id);
      if (!moved) throw notFound('redirect for passage', id);
      const location = moved.to !== null ? `/p/${encodeURIComponent(moved.to)}` : moved.documentRemoved ? null : `/d/${encodeURIComponent(moved.documentId)}`;
      return c.json({ ...moved, location }, 200);
    },
  );
}
