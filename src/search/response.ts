// The search response as zod: the single source of SearchResponse and SearchHit, and of the API docs.
import { z } from 'zod';
import { PASSAGE_KINDS, SORTS } from './params.ts';
import { parsedQuerySchema } from './parsed-query.ts';

const range = z.tuple([z.number().int(), z.number().int()]).describe('[start, end) character offsets');
const speakerRef = z.object({ id: z.string(), name: z.string() });
const fuzzyMatch = z.object({ term: z.string().describe('query word as typed'), matched: z.array(z.string()).describe('words it matched, as written') });

export const snippetSchema = z.object({
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  highlights: z.array(range).describe('ranges into this snippet text'),
});

export const searchHitSchema = z.object({
  id: z.string(),
  text: z.string(),
  kind: z.enum(PASSAGE_KINDS),
  label: z.string().nullable(),
  speaker: speakerRef.nullable(),
  role: z.string().nullable(),
  date: z.string().nullable(),
  attribution: z.string(),
  document: z.object({
    id: z.string(),
    title: z.string().nullable(),
    displayTitle: z.string(),
    source: z.string().nullable(),
    url: z.string().nullable(),
    date: z.string().nullable(),
  }),
  permalink: z.string(),
  score: z.number(),
  highlights: z.array(range).describe('ranges into text'),
  snippets: z.array(snippetSchema).describe('for passages over 60 words'),
  question: z.object({ id: z.string(), speaker: speakerRef.nullable(), text: z.string() }).optional(),
  fuzzy: z.array(fuzzyMatch).optional(),
});

const facetValue = z.object({ value: z.string(), count: z.number().int() });

export const facetsSchema = z.object({
  speakers: z.array(z.object({ id: z.string(), name: z.string(), role: z.string().nullable(), count: z.number().int() })),
  years: z.array(facetValue),
  months: z.array(facetValue),
  kinds: z.array(facetValue),
  sources: z.array(facetValue),
  undated: z.number().int(),
});

export const searchResponseSchema = z.object({
  query: z.string(),
  parsed: parsedQuerySchema,
  total: z.number().int(),
  page: z.number().int(),
  limit: z.number().int(),
  sort: z.enum(SORTS),
  took_ms: z.number(),
  indexVersion: z.string().describe('the build that answered (build time and corpus hash), as in /api/health'),
  indexChanged: z.boolean().describe('true when the request named a v= other than indexVersion: the results may differ from when the link was made'),
  relaxed: z.boolean().describe('true when no passage has every word: these have some of them, best first'),
  fuzzy: z.array(fuzzyMatch).describe('query words matched by typo tolerance in the hits of this page'),
  didYouMean: z.string().nullable().describe('the query with misspelt words corrected from the index\'s words, or null'),
  corrected: z.boolean().describe('true when the hits are for didYouMean: a word as typed matched nothing (as_typed=true searches it as typed)'),
  unmatched: z.array(z.string()).describe('query words as typed that no passage holds and that have no correction'),
  speakerHints: z
    .array(z.object({ id: z.string(), name: z.string(), count: z.number().int().describe('passages by the speaker matching q'), q: z.string().describe('the query without the name') }))
    .describe('speakers named by plain words of the query: search q by that speaker instead'),
  hits: z.array(searchHitSchema),
  facets: facetsSchema,
});

export type SearchHit = z.infer<typeof searchHitSchema>;
export type SearchResponse = z.infer<typeof searchResponseSchema>;
