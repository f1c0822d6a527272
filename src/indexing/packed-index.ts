// MiniSearch with its postings in typed arrays. MiniSearch keeps a term's postings as a Map of
// Maps (field -> passage -> frequency): at 100,000 passages that is millions of small objects,
// hundreds of megabytes of heap that every garbage collection walks, and seconds to rebuild on
// load. Here MiniSearch keeps its radix tree of terms (exact, prefix and fuzzy lookup), and each
// tree value is a small view of one term's slice of three flat arrays:
//
//   offsets[t] .. offsets[t + 1]   the postings of term t
//   docs[i]                        passage n, ascending within a term
//   freqs[i]                       term frequency (capped at 65,535)
//   lengths[n]                     distinct words of passage n (MiniSearch's field length)
//
// The MiniSearch object stays a working MiniSearch: its own search() reads the same postings
// through the views (tests compare it with a stock build). Only the text field is indexed.
// This reads and writes minisearch 7.2.0's private fields (pinned in package.json).
import MiniSearch from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import { INDEX_OPTIONS, type IndexedFields } from './index-options.ts';
import type { Internals } from './minisearch-internals.ts';

export interface PackedPostings {
  /** Term id -> term, in order of first occurrence. */
  terms: string[];
  offsets: Uint32Array;
  docs: Uint32Array;
  freqs: Uint16Array;
  lengths: Uint32Array;
  avgLength: number;
  /** MiniSearch's radix tree, term -> its view. */
  tree: SearchableMap<TermData>;
}

const MAX_FREQ = 0xffff;
const FIELD_ID = 0;

/** One term's postings as MiniSearch's FieldTermData (field id -> passage -> frequency), built on demand. */
export class TermData {
  constructor(
    readonly id: number,
    private readonly packed: Omit<PackedPostings, 'tree' | 'terms'>,
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

/** Appends numbers to a typed array that doubles when full. */
class Growing {
  array = new Uint32Array(1 << 16);
  length = 0;
  push(v: number) {
    if (this.length === this.array.length) {
      const next = new Uint32Array(this.array.length * 2);
      next.set(this.array);
      this.array = next;
    }
    this.array[this.length++] = v;
  }
}

/**
 * Postings gathered as (term, passage, frequency) triples in passage order, then laid out
 * term by term with a counting sort (stable, so passages stay ascending within a term).
 */
class PostingsWriter {
  private readonly termOf = new Growing();
  private readonly docOf = new Growing();
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

  add(term: number, n: number, freq: number) {
    this.termOf.push(term);
    this.docOf.push(n);
    this.freqOf.push(Math.min(freq, MAX_FREQ));
  }

  done(lengths: Uint32Array, avgLength: number): Omit<PackedPostings, 'tree'> {
    const total = this.termOf.length;
    const termOf = this.termOf.array;
    const offsets = new Uint32Array(this.terms.length + 1);
    for (let i = 0; i < total; i++) offsets[termOf[i]! + 1]!++;
    for (let t = 0; t < this.terms.length; t++) offsets[t + 1]! += offsets[t]!;
    const next = offsets.slice(0, this.terms.length);
    const docs = new Uint32Array(total);
    const freqs = new Uint16Array(total);
    for (let i = 0; i < total; i++) {
      const at = next[termOf[i]!]!++;
      docs[at] = this.docOf.array[i]!;
      freqs[at] = this.freqOf.array[i]!;
    }
    return { terms: this.terms, offsets, docs, freqs, lengths, avgLength };
  }
}

/**
 * Indexes passage texts as MiniSearch's add() would (same tokens, terms, frequencies, field
 * lengths and average, to the last bit), straight into packed postings: each distinct token is
 * analysed once, and no Map is kept per term.
 */
export function packTexts(texts: Iterable<string>, count: number): Omit<PackedPostings, 'tree'> {
  const tokenize = INDEX_OPTIONS.tokenize!;
  const processTerm = INDEX_OPTIONS.processTerm!;
  const writer = new PostingsWriter();
  // Per distinct token: the terms it yields, and the last passage it was seen in (for the field length).
  const tokens = new Map<string, { terms: number[]; seen: number }>();
  let freq = new Uint32Array(1 << 16); // by term id, for the passage at hand
  const touched: number[] = [];
  const lengths = new Uint32Array(count);
  let average = 0;
  let n = 0;
  for (const text of texts) {
    let distinct = 0;
    for (const token of tokenize(text, 'text')) {
      let info = tokens.get(token);
      if (!info) {
        const processed = processTerm(token, 'text');
        const terms = (Array.isArray(processed) ? processed : processed ? [processed] : []).map((t) => writer.termId(t));
        tokens.set(token, (info = { terms, seen: -1 }));
        if (writer.terms.length > freq.length) {
          const grown = new Uint32Array(Math.max(freq.length * 2, writer.terms.length));
          grown.set(freq);
          freq = grown;
        }
      }
      if (info.seen !== n) {
        info.seen = n;
        distinct++;
      }
      for (const t of info.terms) if (freq[t]!++ === 0) touched.push(t);
    }
    for (const t of touched) {
      writer.add(t, n, freq[t]!);
      freq[t] = 0;
    }
    touched.length = 0;
    lengths[n] = distinct;
    // add()'s running mean, computed the same way so scores match to the last bit.
    average = (average * n + distinct) / (n + 1);
    n++;
  }
  if (n !== count) throw new Error(`packTexts was told ${count} passages and given ${n}`);
  return writer.done(lengths, average);
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
  for (const [t, postings] of byTerm) for (const [n, tf] of postings) writer.add(t, n, tf);
  return writer.done(lengths, m._avgFieldLength[fieldId] ?? 0);
}
