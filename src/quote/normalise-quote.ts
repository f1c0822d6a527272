// A quote as pasted, reduced to the words to look for: quotation marks, omission marks
// (`...`, `…`), `[bracketed]` insertions and a leading or trailing attribution ("Kirby said
// that ...", "..., Kirby said.") are recognised by position, so every word keeps its offsets
// into the text as pasted and differences can quote it as written.
import { alternation, SAID_VERBS, SENTENCE_STARTS } from '../lexicon/index.ts';
import { alignTokens, type AlignToken } from './align-tokens.ts';

/** A word of the quote. */
export interface QuoteToken extends AlignToken {
  /** Inside `[...]`: the quoting writer's words, which may stand in for the speaker's. */
  bracketed: boolean;
  /** An omission mark (`...`, `…`) stands between this word and the one before. */
  omissionBefore: boolean;
}

export interface NormalisedQuote {
  text: string;
  tokens: QuoteToken[];
  /** The speaker an attribution in the text names ("Kirby said that ..." -> "Kirby"), or null. */
  claimed: string | null;
}

// A name as a writer gives it: one to five capitalised words, titles included ("Press Secretary
// Karine Jean-Pierre", "Mr. Kirby"); the resolver drops the titles.
const NAME = String.raw`(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,4})`;
// "told" takes an audience before the quote: "Kirby told reporters that ...".
const VERB = String.raw`(?:${alternation(SAID_VERBS)})(?:\s+(?:reporters|journalists|the\s+press))?`;
const LEADING = new RegExp(String.raw`^\s*(?:[Aa]ccording\s+to\s+${NAME}\s*[,:]|${NAME}\s+${VERB}(?:\s+that\b)?\s*[,:]?)\s*`, 'u');
// "..., Kirby said." or '..." said Kirby.' after the quoted words: only after a closing quotation
// mark or a comma, so a sentence that merely ends in "said" keeps its words.
const TRAILING = new RegExp(String.raw`(?:[,.!?]\s*["”’]|["”’]?\s*,)\s*(?:${NAME}\s+${VERB}|${VERB}\s+${NAME})\s*[.!]?\s*$`, 'u');
// Words that start a sentence, never a name ("We said that ...", "The president said ...").
const NOT_A_NAME = new Set(SENTENCE_STARTS);
const OMISSION = /\.\s*\.\s*\.|…/g;

/** Finds the quote's words, its omissions and insertions, and the speaker it is credited to. */
export function normaliseQuote(text: string): NormalisedQuote {
  let from = 0;
  let to = text.length;
  let claimed: string | null = null;
  const lead = LEADING.exec(text);
  if (lead) {
    const name = (lead[1] ?? lead[2])!;
    if (isName(name) && alignTokens(text.slice(lead[0].length)).length >= 3) {
      claimed = name;
      from = lead[0].length;
    }
  }
  const trail = TRAILING.exec(text.slice(from));
  if (trail && claimed === null) {
    const name = (trail[1] ?? trail[2])!;
    if (isName(name) && alignTokens(text.slice(from, from + trail.index)).length >= 3) {
      claimed = name;
      to = from + trail.index + 1;
    }
  }
  const brackets: [number, number][] = [];
  for (const m of text.matchAll(/\[[^\]]*\]/g)) brackets.push([m.index, m.index + m[0].length]);
  const omissions = [...text.matchAll(OMISSION)].map((m) => m.index);
  const tokens: QuoteToken[] = [];
  let previousEnd = from;
  for (const t of alignTokens(text)) {
    if (t.start < from || t.end > to) continue;
    const bracketed = brackets.some(([s, e]) => t.start > s && t.end < e);
    const omissionBefore = omissions.some((at) => at >= previousEnd && at < t.start);
    tokens.push({ ...t, bracketed, omissionBefore: omissionBefore && tokens.length > 0 });
    previousEnd = t.end;
  }
  return { text, tokens, claimed };
}

function isName(name: string): boolean {
  const first = name.split(/\s+/)[0]!.toLowerCase();
  return !NOT_A_NAME.has(first);
}
