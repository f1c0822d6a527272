// MiniSearch 7.2's internal fields, which the binary codec and the bulk builder read and
// write. Not public API: minisearch is pinned in package.json, and tests compare both
// against MiniSearch's own add() and JSON round trip.

export interface Internals {
  _documentCount: number;
  _nextId: number;
  _documentIds: Map<number, unknown>;
  _idToShortId: Map<unknown, number>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _dirtCount: number;
  _index: { set(term: string, data: Map<number, Map<number, number>>): void; [Symbol.iterator](): Iterator<[string, Map<number, Map<number, number>>]> };
}

