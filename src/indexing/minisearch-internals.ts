// MiniSearch 7.2's internal fields, which the packed index reads and replaces. Not public API:
// minisearch is pinned in package.json, and tests compare a packed index with MiniSearch's own
// add() and search().

/** A term's postings: field id -> (short id -> term frequency). */
export type FieldTermData = { get(fieldId: number): Map<number, number> | undefined; [Symbol.iterator](): Iterator<[number, Map<number, number>]> };

export interface Internals {
  _documentCount: number;
  _nextId: number;
  _documentIds: Map<number, unknown>;
  _idToShortId: Map<unknown, number>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _dirtCount: number;
  _index: Iterable<[string, FieldTermData]>;
}
