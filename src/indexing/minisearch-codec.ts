// A compact binary form of a MiniSearch index. MiniSearch's own toJSON builds one JSON
// string, which stops fitting in a JavaScript string (about 512 MB) near a million
// passages and takes seconds to parse; postings as delta-encoded varints in a Buffer are a
// fraction of the size and load without an intermediate object per posting.
//
// It reads and writes MiniSearch's internal maps, which are not public API: the version is
// pinned in package.json, and tests round-trip an index and compare search results.
import MiniSearch, { type Options } from 'minisearch';
import type { Internals } from './minisearch-internals.ts';

/** Writes varints and strings into a growing buffer. */
class Writer {
  private buf = Buffer.allocUnsafe(1 << 20);
  length = 0;

  private ensure(n: number) {
    if (this.length + n <= this.buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.length + n));
    this.buf.copy(next, 0, 0, this.length);
    this.buf = next;
  }

  varint(value: number) {
    this.ensure(10);
    let v = value;
    while (v >= 0x80) {
      this.buf[this.length++] = (v & 0x7f) | 0x80;
      v = Math.floor(v / 128);
    }
    this.buf[this.length++] = v;
  }

  string(value: string) {
    const bytes = Buffer.byteLength(value);
    this.varint(bytes);
    this.ensure(bytes);
    this.buf.write(value, this.length, 'utf8');
    this.length += bytes;
  }

  float(value: number) {
    this.ensure(8);
    this.buf.writeDoubleLE(value, this.length);
    this.length += 8;
  }

  done(): Buffer {
    return this.buf.subarray(0, this.length);
  }
}

class Reader {
  pos = 0;
  constructor(private readonly buf: Buffer) {}

  varint(): number {
    let result = 0;
    let scale = 1;
    for (;;) {
      const byte = this.buf[this.pos++];
      if (byte === undefined) throw new Error('index data ends early');
      result += (byte & 0x7f) * scale;
      if (byte < 0x80) return result;
      scale *= 128;
    }
  }

  string(): string {
    const n = this.varint();
    if (this.pos + n > this.buf.length) throw new Error('index data ends early');
    const s = this.buf.toString('utf8', this.pos, this.pos + n);
    this.pos += n;
    return s;
  }

  float(): number {
    const v = this.buf.readDoubleLE(this.pos);
    this.pos += 8;
    return v;
  }

  get done() {
    return this.pos >= this.buf.length;
  }
}

const MAGIC = 'verbatim-minisearch-1';

/** Encodes an index whose document ids are numbers (Verbatim's passage positions). */
export function encodeMiniSearch(mini: MiniSearch<any>): Buffer {
  const m = mini as unknown as Internals;
  const w = new Writer();
  w.string(MAGIC);
  w.varint(m._documentCount);
  w.varint(m._nextId);
  w.varint(m._dirtCount);
  const fields = Object.entries(m._fieldIds);
  w.varint(fields.length);
  for (const [name, id] of fields) {
    w.string(name);
    w.varint(id);
    w.float(m._avgFieldLength[id] ?? 0);
  }
  w.varint(m._documentIds.size);
  for (const [shortId, id] of m._documentIds) {
    if (typeof id !== 'number' || !Number.isInteger(id) || id < 0) throw new Error('encodeMiniSearch needs non-negative integer document ids');
    w.varint(shortId);
    w.varint(id);
    const lengths = m._fieldLength.get(shortId) ?? [];
    for (let f = 0; f < fields.length; f++) w.varint(lengths[f] ?? 0);
  }
  for (const [term, byField] of m._index) {
    w.string(term);
    w.varint(byField.size);
    for (const [fieldId, postings] of byField) {
      w.varint(fieldId);
      w.varint(postings.size);
      // In insertion order (which ranking ties follow), as zigzag deltas: small when ids ascend.
      let previous = 0;
      for (const [id, freq] of postings) {
        const delta = id - previous;
        w.varint(delta >= 0 ? delta * 2 : -delta * 2 - 1);
        w.varint(freq);
        previous = id;
      }
    }
  }
  return w.done();
}

/** Rebuilds an index encoded by encodeMiniSearch, with the same options as its build. */
export function decodeMiniSearch<T>(buf: Buffer, options: Options<T>): MiniSearch<T> {
  const r = new Reader(buf);
  if (r.string() !== MAGIC) throw new Error('not a Verbatim MiniSearch index');
  const mini = new MiniSearch<T>(options);
  const m = mini as unknown as Internals;
  m._documentCount = r.varint();
  m._nextId = r.varint();
  m._dirtCount = r.varint();
  const fieldCount = r.varint();
  const fieldIds: Record<string, number> = {};
  const avg: number[] = [];
  for (let i = 0; i < fieldCount; i++) {
    const name = r.string();
    const id = r.varint();
    fieldIds[name] = id;
    avg[id] = r.float();
  }
  m._fieldIds = fieldIds;
  m._avgFieldLength = avg;
  const docs = r.varint();
  for (let i = 0; i < docs; i++) {
    const shortId = r.varint();
    const id = r.varint();
    m._documentIds.set(shortId, id);
    m._idToShortId.set(id, shortId);
    const lengths: number[] = [];
    for (let f = 0; f < fieldCount; f++) lengths[f] = r.varint();
    m._fieldLength.set(shortId, lengths);
  }
  while (!r.done) {
    const term = r.string();
    const byField = new Map<number, Map<number, number>>();
    for (let f = r.varint(); f > 0; f--) {
      const fieldId = r.varint();
      const postings = new Map<number, number>();
      let id = 0;
      for (let n = r.varint(); n > 0; n--) {
        const zigzag = r.varint();
        id += zigzag % 2 === 0 ? zigzag / 2 : -(zigzag + 1) / 2;
        postings.set(id, r.varint());
      }
      byField.set(fieldId, postings);
    }
    m._index.set(term, byField);
  }
  return mini;
}
