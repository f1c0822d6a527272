// zod schemas of the API's responses: the single source of the API's types and of /api/openapi.json.
import { z } from '@hono/zod-openapi';

export const errorSchema = z
  .object({ error: z.object({ code: z.string(), message: z.string() }) })
  .openapi('Error');

export const healthSchema = z
  .object({
    status: z.literal('ok'),
    documents: z.number().int(),
    passages: z.number().int(),
    speakers: z.number().int(),
    formatVersion: z.number().int(),
    builtAt: z.string(),
    indexVersion: z.string(),
    warning: z.string().optional(),
  })
  .openapi('Health');

export const speakerRefSchema = z.object({ id: z.string(), name: z.string() }).openapi('SpeakerRef');

export const documentSummarySchema = z
  .object({
    id: z.string(),
    title: z.string().nullable(),
    displayTitle: z.string(),
    source: z.string().nullable(),
    date: z.string().nullable(),
    url: z.string().nullable(),
    eventId: z.string(),
    file: z.string(),
    passages: z.number().int(),
  })
  .openapi('DocumentSummary');

/** What every API shape of a passage carries. */
export const passageFieldsSchema = z.object({
  id: z.string(),
  ordinal: z.number().int(),
  text: z.string(),
  kind: z.enum(['question', 'speech', 'quote', 'narration']),
  label: z.string().nullable(),
  speaker: speakerRefSchema.nullable(),
  role: z.string().nullable(),
  attribution: z.string(),
  date: z.string().nullable(),
});

export const documentPassageSchema = passageFieldsSchema
  .extend({
    answers: z.array(z.string()).optional(),
    question: z.string().optional(),
  })
  .openapi('DocumentPassage');

/** Passages per page of /api/documents/:id by default, and at most. */
export const DOCUMENT_PAGE_LIMIT = 500;
export const MAX_DOCUMENT_PAGE_LIMIT = 2000;

const pageNumber = (name: string, max: number, fallback: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return fallback;
      const n = /^\d{1,9}$/.test(v) ? Number(v) : NaN;
      if (!(n >= 1 && n <= max)) {
        ctx.addIssue({ code: 'custom', message: `${name} must be an integer from 1 to ${max}` });
        return z.NEVER;
      }
      return n;
    });

export const documentPageQuerySchema = z.object({
  page: pageNumber('page', 1_000_000_000, 1).openapi({ description: 'page of passages, from 1' }),
  limit: pageNumber('limit', MAX_DOCUMENT_PAGE_LIMIT, DOCUMENT_PAGE_LIMIT).openapi({ description: `passages per page, 1 to ${MAX_DOCUMENT_PAGE_LIMIT}; default ${DOCUMENT_PAGE_LIMIT}` }),
});

export const documentDetailSchema = documentSummarySchema
  .omit({ passages: true })
  .extend({
    passages: z.array(documentPassageSchema).openapi({ description: 'this page of the passages, in document order' }),
    passageCount: z.number().int().openapi({ description: 'passages in the whole document' }),
    page: z.number().int(),
    limit: z.number().int(),
    pages: z.number().int().openapi({ description: 'pages of `limit` passages (at least 1)' }),
  })
  .openapi('DocumentDetail');

export type DocumentSummary = z.infer<typeof documentSummarySchema>;
export type DocumentDetail = z.infer<typeof documentDetailSchema>;
export type DocumentPassage = z.infer<typeof documentPassageSchema>;
