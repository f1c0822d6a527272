// Finding one's way in: examples for the home page drawn from the index (/api/examples).
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { IndexSource } from './app.ts';
import { examplesOf } from '../search/examples.ts';

const examplesSchema = z
  .object({
    words: z.array(z.string()).describe('frequent distinctive words of the corpus: names first, then long words'),
    speakers: z.array(z.object({ id: z.string(), name: z.string(), passages: z.number().int() })).describe('the people with the most passages'),
  })
  .openapi('Examples');

export function registerBrowseRoutes(app: OpenAPIHono, getIndex: IndexSource): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/examples',
      summary: 'Searches to suggest on the home page, drawn from the index',
      responses: { 200: { content: { 'application/json': { schema: examplesSchema } }, description: 'Example words and speakers' } },
    }),
    (c) => c.json(examplesOf(getIndex()), 200),
  );
}
