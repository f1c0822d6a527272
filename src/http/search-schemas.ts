// zod schemas of the search, passage and speaker endpoints, named for /api/openapi.json.
// Search params and response are declared by the search stage; here they get their API names.
import { z } from '@hono/zod-openapi';
import { searchParamsSchema } from '../search/params.ts';
import { searchResponseSchema } from '../search/response.ts';
import { documentSummarySchema, passageFieldsSchema, speakerRefSchema } from './schemas.ts';

export const searchQuerySchema = searchParamsSchema;
export const searchResultSchema = searchResponseSchema.openapi('SearchResponse');

const passageRefSchema = z.object({ id: z.string(), speaker: speakerRefSchema.nullable(), text: z.string() }).openapi('PassageRef');

export const passageDetailSchema = passageFieldsSchema
  .extend({
    permalink: z.string(),
    previous: z.string().nullable().openapi({ description: 'id of the previous passage of the document' }),
    next: z.string().nullable().openapi({ description: 'id of the next passage of the document' }),
    question: passageRefSchema.nullable().openapi({ description: 'for an answer: the question it answers' }),
    answers: z.array(passageRefSchema).openapi({ description: 'for a question: the passages answering it' }),
    document: documentSummarySchema,
  })
  .openapi('PassageDetail');

export const speakerSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    type: z.enum(['person', 'outlet', 'generic']),
    labels: z.array(z.string()).openapi({ description: 'labels seen in the documents' }),
    roles: z.array(z.object({ role: z.string(), documentId: z.string(), date: z.string().nullable() })).openapi({ description: 'roles seen, per document' }),
    passages: z.number().int(),
    firstDate: z.string().nullable(),
    lastDate: z.string().nullable(),
    permalink: z.string(),
  })
  .openapi('Speaker');

export const speakerDetailSchema = speakerSchema
  .extend({
    documents: z.array(z.object({ id: z.string(), displayTitle: z.string(), date: z.string().nullable(), passages: z.number().int() })),
  })
  .openapi('SpeakerDetail');

export type PassageDetail = z.infer<typeof passageDetailSchema>;
export type Speaker = z.infer<typeof speakerSchema>;
export type SpeakerDetail = z.infer<typeof speakerDetailSchema>;
