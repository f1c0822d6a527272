// Sets of passage numbers as ascending typed arrays: lookups, unions.

/**
 * The first position in the ascending `docs` holding a passage >= `n`. Searches forward from
 * `from` (galloping, then binary) when `n` lies past it, so a walk over ascending passages
 * costs about one step per lookup.
 */
export function lowerBound(docs: Uint32Array, n: number, from = 0): number {
  let lo = Math.min(from, docs.length);
  if (lo > 0 && docs[lo - 1]! >= n) lo = 0;
  let hi = lo;
  let step = 1;
  while (hi < docs.length && docs[hi]! < n) {
    lo = hi + 1;
    hi += step;
    step *= 2;
  }
  if (hi > docs.length) hi = docs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (docs[mid]! < n) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when the ascending `docs` hold `n`. */
export function holds(docs: Uint32Array, n: number): boolean {
  const i = lowerBound(docs, n);
  return i < docs.length && docs[i] === n;
}

/** The passages in any of `sets` (`total` = the sum of their sizes), ascending, each once. */
export function unionOf(sets: ArrayLike<number>[], total: number, count: number): Uint32Array {
  // Many: mark them and read the marks in order. Few: gather, sort, drop repeats.
  if (total * 16 >= count) {
    const marks = new Uint8Array(count);
    let size = 0;
    for (const set of sets) {
      for (let i = 0; i < set.length; i++) if (marks[set[i]!] === 0) (marks[set[i]!] = 1), size++;
    }
    const out = new Uint32Array(size);
    for (let n = 0, j = 0; j < size; n++) if (marks[n] === 1) out[j++] = n;
    return out;
  }
  const all = new Uint32Array(total);
  let j = 0;
  for (const set of sets) for (let i = 0; i < set.length; i++) all[j++] = set[i]!;
  all.subarray(0, j).sort();
  let size = 0;
  for (let i = 0; i < j; i++) if (i === 0 || all[i] !== all[i - 1]) all[size++] = all[i]!;
  return all.slice(0, size);
}
