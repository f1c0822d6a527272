// Passage texts -> (term, frequency) pairs and field lengths, counted exactly as MiniSearch's
// add() counts them. Every thread that parses the corpus (the main one, or a parse worker) has
// one counter: it analyses each distinct token once and numbers terms in order of first use.
// The postings builder (packed-index.ts) merges the counts of every thread in passage order.
import { indexTokens } from '../text/analyze.ts';
import { INDEX_OPTIONS } from './index-options.ts';

/** What a counter found since it was last asked. */
export interface TermCounts {
  /** Terms numbered since the last batch, in order: their ids follow the counter's earlier terms. */
  newTerms: string[];
  /** Distinct folded words (tokens) first seen since the last batch, numbered on from the earlier ones: the spelling vocabulary. */
  newTokens: string[];
  /** (token id, passages) pairs: how many passages of this batch hold each token they hold. */
  tokenCounts: Uint32Array;
  /** (term id, frequency) pairs, passage after passage; within a passage in order of first use. */
  pairs: Uint32Array;
  /** For each pair, the follow bits of the terms right after the term's words in that passage (followBit). */
  follows: Uint32Array;
  /** How many pairs each passage has. */
  sizes: Uint32Array;
  /** Distinct words of each passage (MiniSearch's field length). */
  lengths: Uint32Array;
}

/** Appends numbers to a typed array that doubles when full. */
export class Growing {
  array = new Uint32Array(1 << 12);
  length = 0;
  push(v: number) {
    if (this.length === this.array.length) {
      const next = new Uint32Array(this.array.length * 2);
      next.set(this.array);
      this.array = next;
    }
    this.array[this.length++] = v;
  }
  /** The numbers so far, copied out; the array starts over. */
  take(): Uint32Array {
    const out = this.array.slice(0, this.length);
    this.length = 0;
    return out;
  }
}

/**
 * Distinct tokens numbered 0, 1, 2…: an open-addressing table on an FNV-1a hash of the char codes,
 * the tokens' chars kept end to end in one array. Indexing looks up millions of freshly cut token
 * strings: a Map hashes each through the engine, and comparing strings scattered over the heap
 * costs a cache miss each; comparing against one compact array of chars does not.
 */
class TokenTable {
  size = 0;
  private hashes = new Int32Array(1 << 16);
  /** Token id's chars are chars[starts[id], starts[id + 1]). */
  private starts = new Int32Array(1 << 16);
  private chars = new Uint16Array(1 << 19);
  private slots = new Int32Array(1 << 17).fill(-1);


  private holds(id: number, token: string): boolean {
    const start = this.starts[id]!;
    if (this.starts[id + 1]! - start !== token.length) return false;
    for (let i = 0; i < token.length; i++) if (this.chars[start + i] !== token.charCodeAt(i)) return false;
    return true;
  }

  /** Token `id` as a string. */
  text(id: number): string {
    return UTF16.decode(this.chars.subarray(this.starts[id]!, this.starts[id + 1]!));
  }

  /** The token's number, or -1. */
  find(token: string): number {
    const h = fnv1a(token);
    const mask = this.slots.length - 1;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const id = this.slots[at]!;
      if (id < 0) return -1;
      if (this.hashes[id] === h && this.holds(id, token)) return id;
    }
  }

  /** Numbers a token that `find` did not find. */
  add(token: string): number {
    const id = this.size++;
    if (id + 1 === this.hashes.length) {
      this.hashes = grow(this.hashes, new Int32Array(this.hashes.length * 2));
      this.starts = grow(this.starts, new Int32Array(this.starts.length * 2));
    }
    const start = this.starts[id]!;
    if (start + token.length > this.chars.length) this.chars = grow(this.chars, new Uint16Array(Math.max(this.chars.length * 2, start + token.length)));
    for (let i = 0; i < token.length; i++) this.chars[start + i] = token.charCodeAt(i);
    this.starts[id + 1] = start + token.length;
    this.hashes[id] = fnv1a(token);
    if (this.size * 2 > this.slots.length) this.rehash();
    else this.place(id);
    return id;
  }

  private place(id: number) {
    const mask = this.slots.length - 1;
    let at = this.hashes[id]! & mask;
    while (this.slots[at]! >= 0) at = (at + 1) & mask;
    this.slots[at] = id;
  }

  private rehash() {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    for (let id = 0; id < this.size; id++) this.place(id);
  }
}

// Tokens are kept as UTF-16 code units; decoding them needs no argument list (a long token would overflow one).
const UTF16 = new TextDecoder('utf-16le');

/** A token that yields no index term (processTerm dropped it). */
const NO_TERM = -1;

/**
 * One of 8 bits standing for an index term (an FNV-1a hash of it). Each posting keeps the bits
 * of the terms that follow its term's words in the passage: a phrase's next word whose bit is
 * missing does not follow there, so most phrase candidates are ruled out without reading the text.
 */
export function followBit(term: string): number {
  return 1 << (fnv1a(term) & 7);
}

/** FNV-1a over a string's UTF-16 code units. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

export class TermCounter {
  private readonly processTerm = INDEX_OPTIONS.processTerm!;
  private readonly termIds = new Map<string, number>();
  private newTerms: string[] = [];
  private tokensTaken = 0;
  // Per distinct token: the term it yields, and the last passage it was seen in (for the field length).
  private readonly tokens = new TokenTable();
  private tokenTerm = new Int32Array(1 << 16);
  private tokenSeen = new Int32Array(1 << 16);
  private tokenDf = new Uint32Array(1 << 16); // by token id, for the batch at hand
  private readonly touchedTokens = new Growing();
  private freq = new Uint32Array(1 << 16); // by term id, for the passage at hand
  private follow = new Uint8Array(1 << 16); // by term id, for the passage at hand
  private termBit = new Uint8Array(1 << 16); // by term id: followBit of the term
  private readonly touched: number[] = [];
  private passage = 0;
  private readonly pairs = new Growing();
  private readonly follows = new Growing();
  private readonly sizes = new Growing();
  private readonly lengths = new Growing();

  private termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.termIds.size;
      this.termIds.set(term, id);
      this.newTerms.push(term);
      if (id >= this.freq.length) {
        this.freq = grow(this.freq, new Uint32Array(this.freq.length * 2));
        this.follow = grow(this.follow, new Uint8Array(this.follow.length * 2));
        this.termBit = grow(this.termBit, new Uint8Array(this.termBit.length * 2));
      }
      this.termBit[id] = followBit(term);
    }
    return id;
  }

  private addToken(token: string): number {
    const processed = this.processTerm(token, 'text');
    if (Array.isArray(processed)) throw new Error('the term counter takes one term per token');
    const id = this.tokens.add(token);
    if (id === this.tokenTerm.length) {
      this.tokenTerm = grow(this.tokenTerm, new Int32Array(id * 2));
      this.tokenSeen = grow(this.tokenSeen, new Int32Array(id * 2));
      this.tokenDf = grow(this.tokenDf, new Uint32Array(id * 2));
    }
    this.tokenTerm[id] = processed ? this.termId(processed) : NO_TERM;
    this.tokenSeen[id] = -1;
    return id;
  }

  add(text: string): void {
    const touched = this.touched;
    const passage = this.passage;
    let distinct = 0;
    // tokenize's terms (INDEX_OPTIONS), knowing which are the words in order: they give the follow bits.
    const { terms: tokens, words } = indexTokens(text);
    let previous = NO_TERM;
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[k]!;
      let id = this.tokens.find(token);
      if (id < 0) id = this.addToken(token);
      if (this.tokenSeen[id] !== passage) {
        this.tokenSeen[id] = passage;
        if (this.tokenDf[id]!++ === 0) this.touchedTokens.push(id);
        distinct++;
      }
      const t = this.tokenTerm[id]!;
      if (t !== NO_TERM && this.freq[t]!++ === 0) touched.push(t);
      if (k < words) {
        if (previous !== NO_TERM && t !== NO_TERM) this.follow[previous]! |= this.termBit[t]!;
        previous = t;
      }
    }
    for (const t of touched) {
      this.pairs.push(t);
      this.pairs.push(this.freq[t]!);
      this.follows.push(this.follow[t]!);
      this.freq[t] = 0;
      this.follow[t] = 0;
    }
    this.sizes.push(touched.length);
    this.lengths.push(distinct);
    touched.length = 0;
    this.passage++;
  }

  /** The counts since the last take. */
  take(): TermCounts {
    const newTerms = this.newTerms;
    this.newTerms = [];
    const newTokens: string[] = [];
    for (; this.tokensTaken < this.tokens.size; this.tokensTaken++) newTokens.push(this.tokens.text(this.tokensTaken));
    const touched = this.touchedTokens.take();
    const tokenCounts = new Uint32Array(touched.length * 2);
    for (let i = 0; i < touched.length; i++) {
      tokenCounts[2 * i] = touched[i]!;
      tokenCounts[2 * i + 1] = this.tokenDf[touched[i]!]!;
      this.tokenDf[touched[i]!] = 0;
    }
    return { newTerms, newTokens, tokenCounts, pairs: this.pairs.take(), follows: this.follows.take(), sizes: this.sizes.take(), lengths: this.lengths.take() };
  }
}

function grow<T extends Uint32Array | Int32Array | Uint16Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
