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
  /** The index lacks the word: the folded word searched in its place (spelling.ts). */
  corrected: z.string().optional(),
});

export const phraseClauseSchema = z.object({
  type: z.literal('phrase'),
  text: z.string(),
  /** Folded words that must appear adjacent and in this order. */
  words: z.array(z.string()),
});

export const leafClauseSchema = z.discriminatedUnion('type', [termClauseSchema, phraseClauseSchema]);

/** Words (or phrases) that must all match: a parenthesised group inside OR or NOT, `(cease fire) OR ceasefire`. */
export const allClauseSchema = z.object({ type: z.literal('all'), items: z.array(leafClauseSchema) });

export const groupItemSchema = z.discriminatedUnion('type', [termClauseSchema, phraseClauseSchema, allClauseSchema]);

export const orClauseSchema = z.object({
  type: z.literal('or'),
  items: z.array(groupItemSchema),
  /** Set when the query did not write this OR: the joined and split forms of a compound (`ceasefire`, "cease fire"). */
  compound: z.literal(true).optional(),
});

export const clauseSchema = z.discriminatedUnion('type', [termClauseSchema, phraseClauseSchema, orClauseSchema]);

export const parsedQuerySchema = z.object({
  /** Required clauses (all of them, unless match=any or the result was relaxed). */
  clauses: z.array(clauseSchema),
  /** Clauses a passage must not match (`-word`, `NOT word`, `-"phrase"`, `NOT (a b)`). */
  excluded: z.array(groupItemSchema),
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
export type AllClause = z.infer<typeof allClauseSchema>;
export type GroupItem = z.infer<typeof groupItemSchema>;
export type OrClause = z.infer<typeof orClauseSchema>;
export type Clause = z.infer<typeof clauseSchema>;
export type ParsedQuery = z.infer<typeof parsedQuerySchema>;
