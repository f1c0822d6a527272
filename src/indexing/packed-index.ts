// MiniSearch with its postings in typed arrays. MiniSearch keeps a term's postings as a Map of
// Maps (field -> passage -> frequency): at 100,000 passages that is millions of small objects,
// hundreds of megabytes of heap that every garbage collection walks, and seconds to rebuild on
// load. Here MiniSearch keeps its radix tree of terms (exact, prefix and fuzzy lookup), and each
// tree value is a small view of one term's slice of three flat arrays:
//
//   offsets[t] .. offsets[t + 1]   the postings of term t
//   docs[i]                        passage n, ascending within a term
//   freqs[i]                       term frequency (capped at 65,535)
//   follows[i]                     the follow bits (count-terms.ts) of the terms after it in passage n
//   lengths[n]                     distinct words of passage n (MiniSearch's field length)
//
// The MiniSearch object stays a working MiniSearch: its own search() reads the same postings
// through the views (tests compare it with a stock build). Only the text field is indexed.
// This reads and writes minisearch 7.2.0's private fields (pinned in package.json).
import MiniSearch from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import { Growing, TermCounter, type TermCounts } from './count-terms.ts';
import { INDEX_OPTIONS, type IndexedFields } from './index-options.ts';
import type { Internals } from './minisearch-internals.ts';

export interface PackedPostings {
  /** Term id -> term, in order of first occurrence. */
  terms: string[];
  offsets: Uint32Array;
  docs: Uint32Array;
  freqs: Uint16Array;
  /** Null when the postings were packed from a MiniSearch built without them (add()). */
  follows: Uint8Array | null;
  lengths: Uint32Array;
  avgLength: number;
  /**
   * The words of the passages as folded (before stemming), sorted: letters only, 4 or more. The
   * index holds stems, and a typo is corrected towards a word ("presidnet" -> "president", whose
   * stem "presid" is 3 edits away). Empty when packed from a MiniSearch built with add().
   */
  words: string[];
  /** Passages holding each word, parallel to `words`: which of two close words is the common one. */
  wordCounts: Uint32Array;
  /** MiniSearch's radix tree, term -> its view. */
  tree: SearchableMap<TermData>;
}

const MAX_FREQ = 0xffff;
/** A word spelling corrections may propose: letters (of any script) only, at least 4 (a 5-letter typo's 1-edit neighbours). */
const SPELLING_WORD = /^[\p{L}\p{M}]{4,}$/u;
const FIELD_ID = 0;

/** One term's postings as MiniSearch's FieldTermData (field id -> passage -> frequency), built on demand. */
export class TermData {
  constructor(
    readonly id: number,
    private readonly packed: Pick<PackedPostings, 'offsets' | 'docs' | 'freqs'>,
  ) {}

  get size() {
    return 1;
  }

  get(fieldId: number): Map<number, number> | undefined {
    if (fieldId !== FIELD_ID) return undefined;
    const { offsets, docs, freqs } = this.packed;
    const out = new Map<number, number>();
    for (let i = offsets[this.id]!; i < offsets[this.id + 1]!; i++) out.set(docs[i]!, freqs[i]!);
    return out;
  }

  *[Symbol.iterator](): IterableIterator<[number, Map<number, number>]> {
    yield [FIELD_ID, this.get(FIELD_ID)!];
  }
}

/** Passage numbers 0..count-1 as MiniSearch's id maps (short id = external id = n), without a Map entry each. */
class DenseIds {
  constructor(readonly size: number) {}
  has(id: unknown) {
    return typeof id === 'number' && Number.isInteger(id) && id >= 0 && id < this.size;
  }
  get(id: unknown) {
    return this.has(id) ? (id as number) : undefined;
  }
  *keys() {
    for (let n = 0; n < this.size; n++) yield n;
  }
  *entries(): IterableIterator<[number, number]> {
    for (let n = 0; n < this.size; n++) yield [n, n];
  }
  [Symbol.iterator]() {
    return this.entries();
  }
}

/** MiniSearch's field lengths (short id -> [length per field]) read from the lengths array. */
class FieldLengths {
  constructor(private readonly lengths: Uint32Array) {}
  get size() {
    return this.lengths.length;
  }
  has(n: number) {
    return n >= 0 && n < this.lengths.length;
  }
  get(n: number) {
    return this.has(n) ? [this.lengths[n]!] : undefined;
  }
  *entries(): IterableIterator<[number, number[]]> {
    for (let n = 0; n < this.lengths.length; n++) yield [n, [this.lengths[n]!]];
  }
  [Symbol.iterator]() {
    return this.entries();
  }
}

const packedByMini = new WeakMap<object, PackedPostings>();

/** A MiniSearch over packed postings; `packedOf` returns them. */
function withTree(p: Omit<PackedPostings, 'tree'>): PackedPostings {
  const tree = new SearchableMap<TermData>();
  p.terms.forEach((term, id) => tree.set(term, new TermData(id, p)));
  return { ...p, tree };
}

export function packedMiniSearch(p: Omit<PackedPostings, 'tree'>): MiniSearch<IndexedFields> {
  const packed = withTree(p);
  const mini = new MiniSearch<IndexedFields>(INDEX_OPTIONS);
  const m = mini as unknown as Internals & Record<string, unknown>;
  if (m._fieldIds.text !== FIELD_ID || Object.keys(m._fieldIds).length !== 1) throw new Error('packed postings hold one field, text');
  const count = p.lengths.length;
  m._index = packed.tree;
  m._documentIds = new DenseIds(count) as unknown as Map<number, unknown>;
  m._idToShortId = new DenseIds(count) as unknown as Map<unknown, number>;
  m._fieldLength = new FieldLengths(p.lengths) as unknown as Map<number, number[]>;
  m._documentCount = count;
  m._nextId = count;
  m._avgFieldLength = [p.avgLength];
  packedByMini.set(mini, packed);
  return mini;
}

/** The packed postings of a MiniSearch: its own when built packed, else packed from its maps once. */
export function packedOf(mini: MiniSearch<IndexedFields>): PackedPostings {
  let packed = packedByMini.get(mini);
  if (!packed) {
    packed = withTree(packMaps(mini as unknown as Internals));
    packedByMini.set(mini, packed);
  }
  return packed;
}

/**
 * Postings gathered as (term, passage, frequency and follow bits) in passage order, then laid
 * out term by term with a counting sort (stable, so passages stay ascending within a term).
 */
class PostingsWriter {
  private readonly termOf = new Growing();
  private readonly docOf = new Growing();
  /** The capped frequency in the low 16 bits, the follow bits above. */
  private readonly freqOf = new Growing();
  readonly terms: string[] = [];
  private readonly ids = new Map<string, number>();

  termId(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
    }
    return id;
  }

  add(term: number, n: number, freq: number, follows: number) {
    this.termOf.push(term);
    this.docOf.push(n);
    this.freqOf.push(Math.min(freq, MAX_FREQ) | (follows << 16));
  }

  /** The postings laid out; `withFollows` false when nobody gave follow bits (packed from add()). */
  done(lengths: Uint32Array, avgLength: number, withFollows: boolean): Omit<PackedPostings, 'tree' | 'words' | 'wordCounts'> {
    const total = this.termOf.length;
    const termOf = this.termOf.array;
    const offsets = new Uint32Array(this.terms.length + 1);
    for (let i = 0; i < total; i++) offsets[termOf[i]! + 1]!++;
    for (let t = 0; t < this.terms.length; t++) offsets[t + 1]! += offsets[t]!;
    const next = offsets.slice(0, this.terms.length);
    const docs = new Uint32Array(total);
    const freqs = new Uint16Array(total);
    const follows = withFollows ? new Uint8Array(total) : null;
    for (let i = 0; i < total; i++) {
      const at = next[termOf[i]!]!++;
      docs[at] = this.docOf.array[i]!;
      const packed = this.freqOf.array[i]!;
      freqs[at] = packed & MAX_FREQ;
      if (follows) follows[at] = packed >>> 16;
    }
    return { terms: this.terms, offsets, docs, freqs, follows, lengths, avgLength };
  }
}

/** The terms one counter numbered, and their ids in the postings (-1 until first added). */
export class CounterTerms {
  readonly terms: string[] = [];
  /** The counter's tokens by id: the word when it is a spelling word, else null. */
  readonly tokens: (string | null)[] = [];
  readonly ids: number[] = [];
}

/**
 * Postings built from the term counts of one or more counters (count-terms.ts), added in
 * passage order. Terms are numbered in order of first use across all counters, so the index
 * is the same however the passages were shared out.
 */
export class PostingsBuilder {
  private readonly writer = new PostingsWriter();
  /** Passages per spelling word. */
  private readonly words = new Map<string, number>();
  private readonly lengths = new Growing();
  private average = 0;

  get passages(): number {
    return this.lengths.length;
  }

  add(counts: TermCounts, from: CounterTerms): void {
    for (const term of counts.newTerms) {
      from.terms.push(term);
      from.ids.push(-1);
    }
    for (const token of counts.newTokens) from.tokens.push(SPELLING_WORD.test(token) ? token : null);
    const { tokenCounts } = counts;
    for (let i = 0; i < tokenCounts.length; i += 2) {
      const word = from.tokens[tokenCounts[i]!];
      if (word) this.words.set(word, (this.words.get(word) ?? 0) + tokenCounts[i + 1]!);
    }
    const { pairs, follows, sizes, lengths } = counts;
    let at = 0;
    for (let i = 0; i < sizes.length; i++) {
      const n = this.lengths.length;
      for (const end = at + 2 * sizes[i]!; at < end; at += 2) {
        const local = pairs[at]!;
        let t = from.ids[local]!;
        if (t < 0) t = from.ids[local] = this.writer.termId(from.terms[local]!);
        this.writer.add(t, n, pairs[at + 1]!, follows[at >> 1]!);
      }
      // add()'s running mean, computed the same way so scores match to the last bit.
      this.average = (this.average * n + lengths[i]!) / (n + 1);
      this.lengths.push(lengths[i]!);
    }
  }

  done(): Omit<PackedPostings, 'tree'> {
    const words = [...this.words.keys()].sort();
    const wordCounts = Uint32Array.from(words, (w) => this.words.get(w)!);
    return { ...this.writer.done(this.lengths.take(), this.average, true), words, wordCounts };
  }
}

/** Indexes passage texts as MiniSearch's add() would (same terms, frequencies, field lengths and average, to the last bit). */
export function packTexts(texts: Iterable<string>, count: number): Omit<PackedPostings, 'tree'> {
  const counter = new TermCounter();
  const from = new CounterTerms();
  const builder = new PostingsBuilder();
  let pending = 0;
  for (const text of texts) {
    counter.add(text);
    if (++pending === 4096) {
      builder.add(counter.take(), from);
      pending = 0;
    }
  }
  builder.add(counter.take(), from);
  if (builder.passages !== count) throw new Error(`packTexts was told ${count} passages and given ${builder.passages}`);
  return builder.done();
}

/** Packs a MiniSearch built with add() (whose ids are passage numbers `n`). */
function packMaps(m: Internals): Omit<PackedPostings, 'tree'> {
  const fieldId = m._fieldIds.text!;
  const count = m._documentIds.size;
  const lengths = new Uint32Array(count);
  for (const [sid, id] of m._documentIds) lengths[id as number] = m._fieldLength.get(sid)?.[fieldId] ?? 0;
  const writer = new PostingsWriter();
  const byTerm: [number, [number, number][]][] = [];
  for (const [term, byField] of m._index) {
    const postings = [...(byField.get(fieldId) ?? [])].map(([sid, tf]) => [m._documentIds.get(sid) as number, tf] as [number, number]);
    byTerm.push([writer.termId(term), postings.sort((a, b) => a[0] - b[0])]);
  }
  // The writer wants passage order across terms only within a term; sorting per term is enough.
  for (const [t, postings] of byTerm) for (const [n, tf] of postings) writer.add(t, n, tf, 0);
  return { ...writer.done(lengths, m._avgFieldLength[fieldId] ?? 0, false), words: [], wordCounts: new Uint32Array(0) };
}
