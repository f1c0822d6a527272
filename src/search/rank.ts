// Orders the result set: relevance, newest or oldest; only as far as the caller needs.
import type { Columns } from './columns.ts';
import type { Matches } from './match-query.ts';
import { topK } from './top-k.ts';

export type Sort = 'relevance' | 'newest' | 'oldest';

const dateOrders = new WeakMap<Columns, Partial<Record<Sort, Int32Array>>>();

/**
 * Every passage `n` by date (newest or oldest first), undated last, reading order within a date;
 * computed once, from the columns' date rank (date then reading order, undated first): no second sort.
 */
function dateOrder(cols: Columns, sort: 'newest' | 'oldest'): Int32Array {
  const orders = dateOrders.get(cols) ?? {};
  dateOrders.set(cols, orders);
  let order = orders[sort];
  if (!order) {
    const ranked = cols.byDateRank;
    const total = ranked.length;
    let undated = 0;
    while (undated < total && cols.date[ranked[undated]!] === 0) undated++;
    order = new Int32Array(total);
    let at = 0;
    if (sort === 'oldest') {
      order.set(ranked.subarray(undated), 0);
      at = total - undated;
    } else {
      // Groups of one date from the latest back, each in reading order.
      for (let end = total; end > undated; ) {
        let start = end - 1;
        while (start > undated && cols.date[ranked[start - 1]!] === cols.date[ranked[end - 1]!]) start--;
        order.set(ranked.subarray(start, end), at);
        at += end - start;
        end = start;
      }
    }
    order.set(ranked.subarray(0, undated), at);
    orders[sort] = order;
  }
  return order;
}

/**
 * The positions (into `m`) of the first `need` results of `kept` in `sort` order. Relevance: the
 * score (weighted BM25: a fuzzy or prefix match counts less through its weight), then reading order.
 */
export function rank(cols: Columns, m: Matches, kept: Int32Array, sort: Sort, need: number): number[] {
  if (sort === 'relevance') {
    return topK(kept, need, (a, b) => m.scores[b]! - m.scores[a]! || m.ns[a]! - m.ns[b]!);
  }
  const order = dateOrder(cols, sort);
  // The whole corpus while browsing: positions are passage numbers, already in order.
  if (m.browse && kept.length === order.length) return Array.from(order.subarray(0, need));
  // A large share of the corpus: walk the precomputed order instead of sorting.
  if (kept.length * 8 > order.length) {
    const position = new Int32Array(order.length).fill(-1);
    for (let i = 0; i < kept.length; i++) position[m.ns[kept[i]!]!] = kept[i]!;
    const out: number[] = [];
    for (let i = 0; i < order.length && out.length < need; i++) {
      const j = position[order[i]!]!;
      if (j >= 0) out.push(j);
    }
    return out;
  }
  const sign = sort === 'newest' ? -1 : 1;
  return topK(kept, need, (a, b) => {
    const na = m.ns[a]!;
    const nb = m.ns[b]!;
    const da = cols.date[na]!;
    const db = cols.date[nb]!;
    if (da === 0 || db === 0) return (da === 0 ? 1 : 0) - (db === 0 ? 1 : 0) || na - nb;
    return sign * (da - db) || na - nb;
  });
}
