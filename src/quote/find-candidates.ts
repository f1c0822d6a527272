// Candidate passages for a quote, through the index: its rarest words' postings, each passage
// scored by the inverse document frequency of the quote words it holds. No passage text is read.
import type { Postings } from '../search/postings.ts';

/** The distinct words read at most; a quote's commonest words add cost and little evidence. */
const MAX_TERMS = 12;
/**
 * Only the rarest words propose candidates: at least SEED_TERMS of them (so one word changed in a
 * paraphrase cannot hide the source), more while they hold fewer than SEED_POSTINGS postings. The
 * commoner words after them only add to the scores of passages already proposed.
 */
const SEED_TERMS = 3;
const SEED_POSTINGS = 4000;
const MAX_SEED_TERMS = 6;

/** A passage where a quote word is followed by the word the quote has after it scores this much more of its idf. */
const FOLLOW_BONUS = 0.5;

/**
 * Up to `limit` passages holding the most of the quote's rare words (ties: reading order), with
 * the share of the looked-up words' weight each holds. `follows` gives, per stem, the follow bits
 * (indexing/count-terms.ts followBit) of the stems after it in the quote: a passage where they
 * follow it too, as the index's follow bits say, scores more, so among passages holding the same
 * common words the one saying them in the quote's order comes first.
 */
export function findCandidates(postings: Postings, stems: readonly string[], limit: number, follows: ReadonlyMap<string, number> = new Map()): { n: number; share: number }[] {
  const lists = [...new Set(stems)]
    .map((stem) => postings.expand(stem, false, 0)[0])
    .filter((t) => t !== undefined)
    .sort((a, b) => a.docs.length - b.docs.length)
    .slice(0, MAX_TERMS);
  if (lists.length === 0) return [];
  const scores = new Float32Array(postings.count);
  const touched: number[] = [];
  let total = 0;
  let seeded = 0;
  let seedPostings = 0;
  for (const { term, docs, follows: bits } of lists) {
    const idf = postings.idf(docs.length);
    const mask = bits ? (follows.get(term) ?? 0) : 0;
    const bonus = idf * FOLLOW_BONUS;
    total += mask ? idf + bonus : idf;
    const seeding = seeded < SEED_TERMS || (seeded < MAX_SEED_TERMS && seedPostings + docs.length <= SEED_POSTINGS);
    if (seeding) {
      seeded++;
      seedPostings += docs.length;
      for (let i = 0; i < docs.length; i++) {
        const n = docs[i]!;
        if (scores[n] === 0) touched.push(n);
        scores[n]! += mask && bits![i]! & mask ? idf + bonus : idf;
      }
    } else {
      for (let i = 0; i < docs.length; i++) {
        const n = docs[i]!;
        if (scores[n] !== 0) scores[n]! += mask && bits![i]! & mask ? idf + bonus : idf;
      }
    }
  }
  // Partial selection: a bar raised as the kept set fills, so most passages are passed over at a glance.
  const kept: number[] = [];
  let bar = 0;
  for (const n of touched) {
    if (scores[n]! < bar) continue;
    kept.push(n);
    if (kept.length >= limit * 4) {
      kept.sort((a, b) => scores[b]! - scores[a]! || a - b);
      kept.length = limit;
      bar = scores[kept[limit - 1]!]!;
    }
  }
  kept.sort((a, b) => scores[b]! - scores[a]! || a - b);
  return kept.slice(0, limit).map((n) => ({ n, share: scores[n]! / total }));
}
