// Routes about one passage beyond its detail: where an old id leads (/api/redirects/:id).
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { IndexSource } from './app.ts';
import { notFound } from './errors.ts';
import { errorSchema } from './schemas.ts';

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

export function registerPassageRoutes(app: OpenAPIHono, getIndex: IndexSource): void {
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
