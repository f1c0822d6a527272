// The query language: words (all required), "phrases", -exclusions and NOT, OR, (groups), prefix*, and field filters.
import { compoundTokens, wordTokens } from '../text/word-tokens.ts';
import { STOP_WORDS } from '../text/stop-words.ts';
import { PASSAGE_KINDS } from './params.ts';
import { QueryError } from './query-error.ts';
import type { Clause, GroupItem, LeafClause, ParsedQuery, TermClause } from './parsed-query.ts';

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

/** A lexed token: a word, phrase or filter, or one of the grouping parentheses. */
type Token = Item | '(' | ')';

/** Splits the query into tokens; an unterminated quote runs to the end of the query. Parentheses outside quotes group. */
function lex(q: string): Token[] {
  const items: Token[] = [];
  let i = 0;
  while (i < q.length) {
    while (i < q.length && SPACE.test(q[i]!)) i++;
    if (i >= q.length) break;
    if (q[i] === '(' || q[i] === ')') {
      items.push(q[i] as '(' | ')');
      i++;
      continue;
    }
    let negated = false;
    if (q[i] === '-' && i + 1 < q.length && !SPACE.test(q[i + 1]!)) {
      negated = true;
      i++;
      // `-(a b)`: the group is negated.
      if (q[i] === '(') {
        items.push({ negated: true, field: null, quoted: false, value: 'NOT' });
        continue;
      }
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
      while (end < q.length && !SPACE.test(q[end]!) && !(q[end] === ')' || (q[end] === '(' && end > i))) end++;
      items.push({ negated, field, quoted: false, value: q.slice(i, end) });
      i = end;
    }
  }
  return items;
}

/** The query as a tree, before it is flattened into clauses. */
type Node = { kind: 'leaf'; clause: LeafClause; last: boolean } | { kind: 'and' | 'or'; items: Node[] } | { kind: 'not'; item: Node };

const isOperator = (t: Token | undefined, word: string): boolean => typeof t === 'object' && !t.quoted && !t.field && t.value === word && (word !== 'NOT' || !t.negated);

/**
 * Recursive descent over the tokens: a sequence is ANDed, OR binds tighter than the sequence,
 * NOT and `-` bind to what follows. Only upper-case OR and NOT are operators (lower-case `or`
 * and `not` are words people search for); at the end of a group or query they are words too.
 */
class TreeBuilder {
  private at = 0;
  /** Filters met anywhere in the query: they always apply to the whole query. */
  readonly filters: ParsedQuery['filters'] = { speaker: [], kind: [], year: [] };

  constructor(private readonly tokens: Token[]) {}

  sequence(depth: number): Node {
    const items: Node[] = [];
    while (this.at < this.tokens.length) {
      if (this.tokens[this.at] === ')') {
        this.at++;
        // A stray closing parenthesis at the top level is ignored; inside a group it closes it.
        if (depth > 0) break;
        continue;
      }
      const first = this.unary(depth);
      if (!first) continue;
      const alternatives = [first];
      while (isOperator(this.tokens[this.at], 'OR') && items.length + alternatives.length > 0 && this.hasOperand(this.at + 1)) {
        this.at++;
        const next = this.unary(depth);
        if (next) alternatives.push(next);
      }
      items.push(alternatives.length === 1 ? first : { kind: 'or', items: alternatives });
    }
    // `(a OR b)` is the OR itself, not a group of one.
    return items.length === 1 ? items[0]! : { kind: 'and', items };
  }

  /** True when something a clause can be made of follows at `i` (so OR/NOT there is an operator). */
  private hasOperand(i: number): boolean {
    const t = this.tokens[i];
    return t !== undefined && t !== ')';
  }

  private unary(depth: number): Node | null {
    const t = this.tokens[this.at]!;
    if ((isOperator(t, 'NOT') || (typeof t === 'object' && t.negated && t.value === 'NOT' && !t.quoted)) && this.hasOperand(this.at + 1)) {
      this.at++;
      const item = this.unary(depth);
      return item && { kind: 'not', item };
    }
    if (t === '(') {
      this.at++;
      return this.sequence(depth + 1);
    }
    this.at++;
    if (t === ')') return null;
    if (t.field) {
      if (t.negated) throw new QueryError('q', `q cannot exclude ${t.field}:; filters only include`);
      addFilter(this.filters, t.field, t.value);
      return null;
    }
    const node = leafNode(t, this.at === this.tokens.length);
    if (!node) return null;
    return t.negated ? { kind: 'not', item: node } : node;
  }
}

/** A word or phrase as a node; a hyphenated word is its phrase or the compound written solid (`cease-fire`: "cease fire" or `ceasefire`). */
function leafNode(item: Item, last: boolean): Node | null {
  if (item.quoted) {
    const words = wordTokens(item.value).map((t) => t.term);
    return words.length ? { kind: 'leaf', clause: { type: 'phrase', text: item.value, words }, last: false } : null;
  }
  const prefix = item.value.endsWith('*');
  const tokens = wordTokens(item.value.replace(/\*+$/, ''));
  if (tokens.length === 0) return null;
  if (tokens.length === 1) return { kind: 'leaf', clause: { type: 'term', text: item.value, term: tokens[0]!.term, prefix }, last };
  const phrase: Node = { kind: 'leaf', clause: { type: 'phrase', text: item.value, words: tokens.map((t) => t.term) }, last: false };
  // The index holds a hyphenated compound as its words and written solid (text/analyze.ts): the
  // query asks for both, so `cease-fire` and `e-mail` find `ceasefire` and `email`.
  const compounds = compoundTokens(tokens);
  if (compounds.length === 1 && compounds[0]!.start === tokens[0]!.start && compounds[0]!.end === tokens.at(-1)!.end) {
    const solid: Node = { kind: 'leaf', clause: { type: 'term', text: item.value, term: compounds[0]!.term, prefix: false }, last: false };
    return { kind: 'or', items: [phrase, solid] };
  }
  return phrase;
}

const isStopTerm = (c: GroupItem | Clause): c is TermClause => c.type === 'term' && !c.prefix && STOP_WORDS.has(c.term);

/** Marks stop words ignored when the list has other words: they match nearly every passage, so requiring them filters nothing and costs a scan. */
function ignoreStopWords<T extends GroupItem | Clause>(items: T[]): T[] {
  if (!items.some((c) => !isStopTerm(c))) return items;
  return items.map((c) => (isStopTerm(c) ? { ...c, ignored: 'stop word' as const } : c));
}

/** What the tree flattens into: required clauses and exclusions; the last leaf for as-you-type. */
interface Flat {
  clauses: Clause[];
  excluded: GroupItem[];
  lastLeaf: TermClause | null;
}

const TOO_DEEP = 'q nests groups too deeply: use (a b) OR c, or (a OR b) c, but not a group inside a group inside OR';

/** Flattens the tree into ANDed clauses: a clause is a word, a phrase or an OR of words, phrases and all-of groups. */
function flatten(root: Node): Flat {
  const flat: Flat = { clauses: [], excluded: [], lastLeaf: null };
  const leaves = (node: Node, inOr: boolean): LeafClause[] => {
    if (node.kind === 'leaf') {
      if (node.last && node.clause.type === 'term') flat.lastLeaf = node.clause;
      return [node.clause];
    }
    if (node.kind === 'and') return node.items.flatMap((n) => leaves(n, inOr));
    throw new QueryError('q', node.kind === 'not' && inOr ? 'q cannot exclude inside OR: write the exclusion outside the group' : TOO_DEEP);
  };
  const groupItems = (node: Node): GroupItem[] => {
    if (node.kind === 'leaf') return leaves(node, true);
    if (node.kind === 'or') return node.items.flatMap(groupItems);
    if (node.kind === 'not') throw new QueryError('q', 'q cannot exclude inside OR: write the exclusion outside the group');
    const items = leaves(node, true);
    return items.length === 1 ? items : items.length ? [{ type: 'all', items: ignoreStopWords(items) }] : [];
  };
  const exclude = (node: Node) => {
    // NOT (a OR b) is NOT a and NOT b; NOT (a b) excludes passages having both.
    if (node.kind === 'or') node.items.forEach(exclude);
    else if (node.kind === 'not') throw new QueryError('q', 'q cannot exclude an exclusion (NOT NOT)');
    else flat.excluded.push(...groupItems(node));
  };
  const add = (node: Node) => {
    if (node.kind === 'and') node.items.forEach(add);
    else if (node.kind === 'not') exclude(node.item);
    else if (node.kind === 'leaf') flat.clauses.push(...leaves(node, false));
    else {
      const items = node.items.flatMap(groupItems);
      // An OR of one item (the other side was only punctuation) is that item.
      const only = items.length === 1 ? items[0]! : null;
      if (only) flat.clauses.push(...(only.type === 'all' ? only.items : [only]));
      else if (items.length > 1) flat.clauses.push({ type: 'or', items, ...(isCompound(node) ? { compound: true as const } : {}) });
    }
  };
  add(root);
  return flat;
}

/** An OR the query did not write: the one leafNode makes of a hyphenated word. */
const isCompound = (node: Node): boolean =>
  node.kind === 'or' && node.items.length === 2 && node.items[0]!.kind === 'leaf' && node.items[1]!.kind === 'leaf' && node.items[0]!.clause.text === node.items[1]!.clause.text;

function countTerms(c: GroupItem | Clause): number {
  if (c.type === 'term') return 1;
  if (c.type === 'phrase') return c.words.length;
  let sum = 0;
  for (const i of c.items) sum += countTerms(i);
  return sum;
}

/**
 * Parses `q` into clauses. With `asYouType`, the last word is a prefix unless the query ends in a
 * space (the user has finished it). Throws QueryError for over MAX_TERMS terms or only exclusions.
 */
export function parseQuery(q: string, asYouType = false): ParsedQuery {
  const builder = new TreeBuilder(lex(q));
  const { clauses, excluded, lastLeaf } = flatten(builder.sequence(0));
  const filters = builder.filters;
  if (asYouType && lastLeaf && !SPACE.test(q.at(-1) ?? ' ')) markPrefix(clauses, lastLeaf);

  const termCount = [...clauses, ...excluded].reduce((sum, c) => sum + countTerms(c), 0);
  if (termCount > MAX_TERMS) throw new QueryError('q', `q has ${termCount} terms; at most ${MAX_TERMS} are allowed`);
  if (clauses.length === 0 && excluded.length > 0) {
    throw new QueryError('q', 'q has only exclusions (-word, NOT word); add a word or phrase to search for');
  }
  return { clauses: ignoreStopWords(clauses), excluded, filters, termCount };
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
