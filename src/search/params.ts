// The search parameters as zod: the single source of SearchParams, for the HTTP query string and the CLI.
import { z } from 'zod';

export const PASSAGE_KINDS = ['question', 'speech', 'quote', 'narration'] as const;
export const SORTS = ['relevance', 'newest', 'oldest'] as const;
/** A pasted paragraph fits (about 300 words); past it a query is not a search but a document. */
export const MAX_QUERY_LENGTH = 2000;
export const MAX_LIMIT = 100;
export const MAX_PAGE = 10000;
/** Results a search serves at most, over all its pages (as Elasticsearch's max_result_window): ranking stays a top-k, never a sort of a million. */
export const MAX_RESULT_WINDOW = 10000;

// A query string gives one value as a string and a repeated one as an array; the CLI may give either.
const many = <T extends z.ZodType<string>>(item: T) =>
  z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(item));

const int = (name: string, min: number, max: number, fallback: number) =>
  z
    .union([z.string(), z.number()], { error: `${name} must be an integer from ${min} to ${max}` })
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return fallback;
      const n = typeof v === 'number' ? v : /^\d+$/.test(v) ? Number(v) : NaN;
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: `${name} must be an integer from ${min} to ${max}` });
        return z.NEVER;
      }
      return n;
    });

const bool = (name: string) =>
  z
    .union([z.enum(['true', 'false', '1', '0', '']), z.boolean()], { error: `${name} must be true or false` })
    .optional()
    .transform((v) => v === true || v === 'true' || v === '1');

const text = (name: string, max = 200) => z.string({ error: `${name} must be text` }).max(max, `${name} must be at most ${max} characters`);

/** Calendar-checked `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export function isPartialDate(v: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v);
  if (!m) return false;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
}

const date = (name: string) =>
  z
    .string({ error: `${name} must be YYYY, YYYY-MM or YYYY-MM-DD` })
    .refine(isPartialDate, `${name} must be YYYY, YYYY-MM or YYYY-MM-DD`)
    .optional();

export const searchParamsSchema = z
  .object({
    q: text('q', MAX_QUERY_LENGTH)
      .optional()
      .transform((v) => v ?? '')
      .describe('words (all required), "phrases", -exclusions, a OR b, prefix*, speaker:"Name", kind:question, year:2024; empty to browse'),
    speaker: many(text('speaker')).describe('speaker id or canonical name; repeatable'),
    kind: many(z.enum(PASSAGE_KINDS, { error: `kind must be one of ${PASSAGE_KINDS.join(', ')}` })).describe('repeatable'),
    from: date('from').describe('inclusive: YYYY, YYYY-MM or YYYY-MM-DD; undated passages are left out'),
    to: date('to').describe('inclusive: YYYY, YYYY-MM or YYYY-MM-DD'),
    document: text('document').optional().describe('document id'),
    event: text('event').optional().describe('event id'),
    source: text('source').optional().describe('source name, any case'),
    // Omitted: relevance for a query, newest first when browsing with an empty q.
    sort: z
      .enum(SORTS, { error: `sort must be one of ${SORTS.join(', ')}` })
      .optional()
      .describe('default: relevance, or newest when q is empty'),
    page: int('page', 1, MAX_PAGE, 1).describe(`1 to ${MAX_PAGE}, with page × limit at most ${MAX_RESULT_WINDOW}; default 1`),
    limit: int('limit', 1, MAX_LIMIT, 20).describe(`hits per page, 1 to ${MAX_LIMIT}; default 20`),
    as_you_type: bool('as_you_type').describe('match the last word as a prefix'),
    as_typed: bool('as_typed').describe('search misspelt words as typed: corrections are proposed (didYouMean), not applied'),
    match: z
      .enum(['all', 'any'], { error: 'match must be one of all, any' })
      .optional()
      .transform((v) => v ?? 'all')
      .describe('all words required (default) or any'),
    v: text('v', 100).optional().describe('the indexVersion a link was made on; the answer says indexChanged when another build serves it'),
  })
  .refine((p) => !p.from || !p.to || p.from.slice(0, p.to.length) <= p.to, { message: 'from must not be after to', path: ['from'] })
  .refine((p) => p.page * p.limit <= MAX_RESULT_WINDOW, {
    message: `page × limit must be at most ${MAX_RESULT_WINDOW}: results past the ${MAX_RESULT_WINDOW}th are not served; narrow the search`,
    path: ['page'],
  });

/** Validated search parameters, as `search()` takes them. */
export type SearchParams = z.output<typeof searchParamsSchema>;
/** Search parameters as a client sends them. */
export type SearchParamsInput = z.input<typeof searchParamsSchema>;
