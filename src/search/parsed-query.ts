// The parsed query as zod: what the parser produces and the response echoes back.
import { z } from 'zod';

export const termClauseSchema = z.object({
  type: z.literal('term'),
  /** The word as typed. */
  text: z.string(),
  /** Its folded form. */
  term: z.string(),
  prefix: z.boolean(),
  /** Set when the word is a stop word the query ignores because it has other words. */
  ignored: z.literal('stop word').optional(),
});

export const phraseClauseSchema = z.object({
  type: z.literal('phrase'),
  text: z.string(),
  /** Folded words that must appear adjacent and in this order. */
  words: z.array(z.string()),
});

export const leafClauseSchema = z.discriminatedUnion('type', [termClauseSchema, phraseClauseSchema]);

export const orClauseSchema = z.object({ type: z.literal('or'), items: z.array(leafClauseSchema) });

export const clauseSchema = z.discriminatedUnion('type', [termClauseSchema, phraseClauseSchema, orClauseSchema]);

export const parsedQuerySchema = z.object({
  /** Required clauses (all of them, unless match=any or the result was relaxed). */
  clauses: z.array(clauseSchema),
  /** Clauses a passage must not match (`-word`, `-"phrase"`). */
  excluded: z.array(leafClauseSchema),
  /** Filters written in the query text (`speaker:"Wang Zhengpu"`, `kind:question`, `year:2024`). */
  filters: z.object({ speaker: z.array(z.string()), kind: z.array(z.string()), year: z.array(z.string()) }),
  /** Number of words counted against the 300-term limit (MAX_TERMS). */
  termCount: z.number().int(),
  /** Words of a long query (over 32 clauses) that ranked the passages its 32 rarest words found, but found none. */
  rankOnly: z.array(z.string()).optional(),
});

export type TermClause = z.infer<typeof termClauseSchema>;
export type PhraseClause = z.infer<typeof phraseClauseSchema>;
export type LeafClause = z.infer<typeof leafClauseSchema>;
export type OrClause = z.infer<typeof orClauseSchema>;
export type Clause = z.infer<typeof clauseSchema>;
export type ParsedQuery = z.infer<typeof parsedQuerySchema>;
