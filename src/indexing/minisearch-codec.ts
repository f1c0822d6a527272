// The saved form of a packed MiniSearch index (packed-index.ts): a small JSON header, the terms,
// then the typed arrays as they are in memory. Loading reads them as views of the file's bytes,
// with no object per posting; only MiniSearch's term tree is rebuilt. MiniSearch's own toJSON
// builds one JSON string, which stops fitting in a JavaScript string near a million passages.
import type MiniSearch from 'minisearch';
import type { IndexedFields } from './index-options.ts';
import { packedMiniSearch, packedOf, type PackedPostings } from './packed-index.ts';

const MAGIC = 'verbatim-packed-minisearch-4';

interface Header {
  magic: string;
  terms: number;
  termBytes: number;
  /** The spelling vocabulary (PackedPostings.words), after the terms. */
  words: number;
  wordBytes: number;
  postings: number;
  passages: number;
  avgLength: number;
  /** Whether the follow bits of each posting are stored (after the frequencies). */
  follows: boolean;
}

const pad4 = (n: number) => (n + 3) & ~3;

/** Encodes the index of a MiniSearch (packing it first when it was built with add()). */
export function encodeMiniSearch(mini: MiniSearch<IndexedFields>): Buffer {
  const p = packedOf(mini);
  if (p.terms.some((t) => t.includes('\n'))) throw new Error('an index term contains a line break');
  const terms = Buffer.from(p.terms.join('\n'));
  const words = Buffer.from(p.words.join('\n'));
  const header: Header = { magic: MAGIC, terms: p.terms.length, termBytes: terms.length, words: p.words.length, wordBytes: words.length, postings: p.docs.length, passages: p.lengths.length, avgLength: p.avgLength, follows: p.follows !== null };
  const head = Buffer.from(JSON.stringify(header));
  const size = Buffer.alloc(4);
  size.writeUInt32LE(head.length);
  const parts: Buffer[] = [size, head, Buffer.alloc(pad4(head.length) - head.length), terms, Buffer.alloc(pad4(terms.length) - terms.length), words, Buffer.alloc(pad4(words.length) - words.length)];
  for (const array of [p.offsets, p.docs, p.lengths, p.wordCounts, p.freqs, ...(p.follows ? [p.follows] : [])]) parts.push(Buffer.from(array.buffer, array.byteOffset, array.byteLength));
  return Buffer.concat(parts);
}

/** Reads an index written by encodeMiniSearch; the arrays are views of `buf` when it is aligned. */
export function decodeMiniSearch(buf: Buffer): MiniSearch<IndexedFields> {
  const fail = (why: string): never => {
    throw new Error(`not a Verbatim index file (${why})`);
  };
  if (buf.length < 4) fail('too short');
  const headLength = buf.readUInt32LE(0);
  if (4 + headLength > buf.length) fail('header runs past the end');
  let header: Header;
  try {
    header = JSON.parse(buf.toString('utf8', 4, 4 + headLength)) as Header;
  } catch {
    return fail('header is not JSON');
  }
  if (header.magic !== MAGIC) fail(`format is ${JSON.stringify(header.magic)}, expected ${MAGIC}`);
  // Counts steer every read below: each must be a whole number the file can hold.
  for (const field of ['terms', 'termBytes', 'postings', 'passages'] as const) {
    const n = header[field];
    if (!Number.isSafeInteger(n) || n < 0 || n > buf.length) fail(`header field ${field} is ${JSON.stringify(n)}`);
  }
  let at = 4 + pad4(headLength);
  const termText = buf.toString('utf8', at, at + header.termBytes);
  at += pad4(header.termBytes);
  const wordText = buf.toString('utf8', at, at + header.wordBytes);
  at += pad4(header.wordBytes);
  const take = <T extends Uint32Array | Uint16Array | Uint8Array>(Kind: { new (b: ArrayBufferLike, o: number, l: number): T; BYTES_PER_ELEMENT: number }, length: number): T => {
    const bytes = length * Kind.BYTES_PER_ELEMENT;
    if (at + bytes > buf.length) fail('data ends early');
    const offset = buf.byteOffset + at;
    at += bytes;
    if (offset % Kind.BYTES_PER_ELEMENT === 0) return new Kind(buf.buffer, offset, length);
    const copy = new Kind(new ArrayBuffer(bytes), 0, length);
    new Uint8Array(copy.buffer).set(buf.subarray(at - bytes, at));
    return copy;
  };
  const offsets = take(Uint32Array, header.terms + 1);
  const docs = take(Uint32Array, header.postings);
  const lengths = take(Uint32Array, header.passages);
  const wordCounts = take(Uint32Array, header.words);
  const freqs = take(Uint16Array, header.postings);
  const follows = header.follows ? take(Uint8Array, header.postings) : null;
  if (at !== buf.length) fail('unexpected bytes after the data');
  const terms = header.terms === 0 ? [] : termText.split('\n');
  if (terms.length !== header.terms) fail('term count does not match');
  const words = header.words === 0 ? [] : wordText.split('\n');
  if (words.length !== header.words) fail('word count does not match');
  for (let t = 0; t < header.terms; t++) if (offsets[t]! > offsets[t + 1]!) fail('postings offsets out of order');
  if (offsets[header.terms] !== header.postings) fail('postings offsets do not add up');
  const packed: Omit<PackedPostings, 'tree'> = { terms, words, wordCounts, offsets, docs, freqs, follows, lengths, avgLength: header.avgLength };
  return packedMiniSearch(packed);
}
