// The first k items in an order without sorting them all: a page of a large result set.

/** The `k` first of `items` under `cmp`, in order. O(n log k); ties keep `cmp`'s own tie-breaks. */
export function topK(items: ArrayLike<number>, k: number, cmp: (a: number, b: number) => number): number[] {
  if (k <= 0) return [];
  if (k * 4 >= items.length) return Array.from(items).sort(cmp).slice(0, k);
  // A heap whose root is the last-ranked of the best k seen so far.
  const heap: number[] = [];
  const worse = (i: number, j: number) => cmp(heap[i]!, heap[j]!) > 0;
  const swap = (i: number, j: number) => {
    const t = heap[i]!;
    heap[i] = heap[j]!;
    heap[j] = t;
  };
  // Index loops, not for-of: an iterator over a typed array allocates a result object per item.
  for (let at = 0; at < items.length; at++) {
    const item = items[at]!;
    if (heap.length < k) {
      heap.push(item);
      for (let i = heap.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!worse(i, parent)) break;
        swap(i, parent);
        i = parent;
      }
    } else if (cmp(item, heap[0]!) < 0) {
      heap[0] = item;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let top = i;
        if (l < k && worse(l, top)) top = l;
        if (r < k && worse(r, top)) top = r;
        if (top === i) break;
        swap(i, top);
        i = top;
      }
    }
  }
  return heap.sort(cmp);
}
