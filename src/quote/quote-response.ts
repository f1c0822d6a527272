// The quote check's parameters and answer as zod: the single source of their types and API docs.
import { z } from 'zod';
import { PASSAGE_KINDS } from '../search/params.ts';

/** Longest quote accepted, in characters. */
export const MAX_QUOTE_CHARS = 2000;

export const quoteParamsSchema = z.object({
  text: z
    .string({ error: 'text is required: the quote to check' })
    .max(MAX_QUOTE_CHARS, `text must be at most ${MAX_QUOTE_CHARS} characters`)
    .refine((t) => /[\p{L}\p{N}]/u.test(t), 'text must contain at least one word'),
  speaker: z.string().max(200, 'speaker must be at most 200 characters').optional(),
});
export type QuoteParams = z.infer<typeof quoteParamsSchema>;

export const VERDICTS = ['verbatim', 'trimmed', 'paraphrased', 'not-found'] as const;
export type Verdict = (typeof VERDICTS)[number];

const range = z.tuple([z.number().int(), z.number().int()]).describe('[start, end) character offsets');
const speakerRef = z.object({ id: z.string(), name: z.string() });

const quotePassageSchema = z.object({
  id: z.string(),
  text: z.string(),
  speaker: speakerRef.nullable(),
  label: z.string().nullable(),
  role: z.string().nullable(),
  kind: z.enum(PASSAGE_KINDS),
  date: z.string().nullable(),
  permalink: z.string(),
  document: z.object({
    id: z.string(),
    title: z.string().nullable(),
    displayTitle: z.string(),
    source: z.string().nullable(),
    date: z.string().nullable(),
    url: z.string().nullable(),
  }),
});

export const quoteMatchSchema = z.object({
  passage: quotePassageSchema,
  verdict: z.enum(['verbatim', 'trimmed', 'paraphrased']),
  similarity: z.number().min(0).max(1).describe('share of the quote found as written, less what omissions and changes cost'),
  ranges: z.array(range).describe('the aligned words in passage.text'),
  differences: z
    .array(z.object({ quote: z.string(), passage: z.string() }))
    .describe('what the quote changed or left out, side by side, in order; "…" where the quote marks an omission'),
  continuation: z
    .object({ id: z.string(), text: z.string(), permalink: z.string(), ranges: z.array(range) })
    .optional()
    .describe('the next passage of the same speaker, when the quote runs on into it'),
});

export const quoteResponseSchema = z.object({
  verdict: z.enum(VERDICTS),
  matches: z.array(quoteMatchSchema).describe('best first, then other occurrences oldest first; at most 5; empty when not-found'),
  speakerCheck: z
    .object({
      claimed: z.string(),
      resolved: speakerRef.nullable(),
      agrees: z.boolean(),
    })
    .nullable(),
  took_ms: z.number(),
});

export type QuoteMatch = z.infer<typeof quoteMatchSchema>;
export type QuoteResponse = z.infer<typeof quoteResponseSchema>;
