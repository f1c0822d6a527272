// The query language: words (all required), "phrases", -exclusions, OR, prefix*, and field filters.
import { wordTokens } from '../text/word-tokens.ts';
import { STOP_WORDS } from '../text/stop-words.ts';
import { PASSAGE_KINDS } from './params.ts';
import { QueryError } from './query-error.ts';
import type { Clause, LeafClause, ParsedQuery, TermClause } from './parsed-query.ts';

/** Words a query may hold: a pasted paragraph (see match-query.ts for how a long query matches). */
export const MAX_TERMS = 300;

const FIELD = /^(speaker|kind|year):/i;
const OPEN_QUOTES = new Set(['"', '\u201c', '\u201d', '\u201e']);
const CLOSE_QUOTES = new Set(['"', '\u201c', '\u201d']);
const SPACE = /\s/;

interface Item {
  negated: boolean;
  field: string | null;
  quoted: boolean;
  value: string;
}

/** Splits the query into items; an unterminated quote runs to the end of the query. */
function lex(q: string): Item[] {
  const items: Item[] = [];
  let i = 0;
  while (i < q.length) {
    while (i < q.length && SPACE.test(q[i]!)) i++;
    if (i >= q.length) break;
    let negated = false;
    if (q[i] === '-' && i + 1 < q.length && !SPACE.test(q[i + 1]!)) {
      negated = true;
      i++;
    }
    let field: string | null = null;
    const f = FIELD.exec(q.slice(i, i + 8));
    if (f) {
      field = f[1]!.toLowerCase();
      i += f[0].length;
    }
    if (OPEN_QUOTES.has(q[i]!)) {
      let end = i + 1;
      while (end < q.length && !CLOSE_QUOTES.has(q[end]!)) end++;
      items.push({ negated, field, quoted: true, value: q.slice(i + 1, end) });
      i = end + 1;
    } else {
      let end = i;
      while (end < q.length && !SPACE.test(q[end]!)) end++;
      items.push({ negated, field, quoted: false, value: q.slice(i, end) });
      i = end;
    }
  }
  return items;
}

/** A word or phrase as a clause; a word that analyses to several words (`high-end`, `雄安新区`) is a phrase. */
function leaf(item: Item): LeafClause | null {
  if (item.quoted) {
    const words = wordTokens(item.value).map((t) => t.term);
    return words.length ? { type: 'phrase', text: item.value, words } : null;
  }
  const prefix = item.value.endsWith('*');
  const words = wordTokens(item.value.replace(/\*+$/, '')).map((t) => t.term);
  if (words.length === 0) return null;
  if (words.length === 1) return { type: 'term', text: item.value, term: words[0]!, prefix };
  return { type: 'phrase', text: item.value, words };
}

const isStopTerm = (c: Clause): c is TermClause => c.type === 'term' && !c.prefix && STOP_WORDS.has(c.term);

/**
 * Parses `q` into clauses. With `asYouType`, the last word is a prefix unless the query ends in a
 * space (the user has finished it). Throws QueryError for over MAX_TERMS terms or only exclusions.
 */
export function parseQuery(q: string, asYouType = false): ParsedQuery {
  const clauses: Clause[] = [];
  const excluded: LeafClause[] = [];
  const filters: ParsedQuery['filters'] = { speaker: [], kind: [], year: [] };
  let pendingOr = false;
  let lastLeaf: LeafClause | null = null;
  const items = lex(q);
  for (const [i, item] of items.entries()) {
    lastLeaf = null;
    // OR between two clauses is the operator; at either end of the query it is just a word.
    if (!item.quoted && !item.negated && !item.field && item.value === 'OR' && clauses.length > 0 && i < items.length - 1) {
      pendingOr = true;
      continue;
    }
    if (item.field) {
      if (item.negated) throw new QueryError('q', `q cannot exclude ${item.field}:; filters only include`);
      addFilter(filters, item.field, item.value);
      pendingOr = false;
      continue;
    }
    const clause = leaf(item);
    if (!clause) continue;
    if (item.negated) {
      excluded.push(clause);
      pendingOr = false;
      continue;
    }
    if (pendingOr) {
      const last = clauses.pop()!;
      clauses.push(last.type === 'or' ? { type: 'or', items: [...last.items, clause] } : { type: 'or', items: [last, clause] });
    } else {
      clauses.push(clause);
    }
    pendingOr = false;
    if (i === items.length - 1 && !item.quoted) lastLeaf = clause;
  }
  if (asYouType && lastLeaf?.type === 'term' && !SPACE.test(q.at(-1) ?? ' ')) markPrefix(clauses, lastLeaf);

  const termCount = [...clauses.flatMap((c) => (c.type === 'or' ? c.items : [c])), ...excluded].reduce(
    (sum, c) => sum + (c.type === 'term' ? 1 : c.words.length),
    0,
  );
  if (termCount > MAX_TERMS) throw new QueryError('q', `q has ${termCount} terms; at most ${MAX_TERMS} are allowed`);
  if (clauses.length === 0 && excluded.length > 0) {
    throw new QueryError('q', 'q has only exclusions (-word); add a word or phrase to search for');
  }
  // Stop words match nearly every passage: requiring them filters nothing and costs a scan.
  if (clauses.some((c) => !isStopTerm(c))) {
    for (const [i, c] of clauses.entries()) if (isStopTerm(c)) clauses[i] = { ...c, ignored: 'stop word' };
  }
  return { clauses, excluded, filters, termCount };
}

function markPrefix(clauses: Clause[], term: TermClause): void {
  const withPrefix: TermClause = { ...term, prefix: true };
  const last = clauses.at(-1);
  if (last === term) clauses[clauses.length - 1] = withPrefix;
  else if (last?.type === 'or' && last.items.at(-1) === term) last.items[last.items.length - 1] = withPrefix;
}

function addFilter(filters: ParsedQuery['filters'], field: string, value: string): void {
  const v = value.trim();
  // `kind:` with nothing after it yet is a query being typed, not a mistake.
  if (!v) return;
  if (field === 'speaker') {
    filters.speaker.push(v);
  } else if (field === 'kind') {
    if (!(PASSAGE_KINDS as readonly string[]).includes(v.toLowerCase())) {
      throw new QueryError('q', `kind must be one of ${PASSAGE_KINDS.join(', ')}`);
    }
    filters.kind.push(v.toLowerCase());
  } else {
    if (!/^\d{4}$/.test(v)) throw new QueryError('q', 'year in q must be YYYY');
    filters.year.push(v);
  }
}
