// English stemming of folded terms, so `industry` meets `industries`.
import { stemmer } from 'stemmer';

const LATIN_WORD = /^[a-z]+$/;
// A corpus's vocabulary repeats: remember stems (Porter costs far more than a lookup). Bounded,
// and simply emptied when full, since a working set refills it quickly.
const MAX_CACHED = 200_000;
const cache = new Map<string, string>();

/** Porter stem of a folded English word; numbers and other scripts pass through unchanged. */
export function stemTerm(folded: string): string {
  let stem = cache.get(folded);
  if (stem === undefined) {
    // Porter is defined for English letters only; applied to "45.1" or "发展" it could only do harm.
    stem = LATIN_WORD.test(folded) ? stemmer(folded) : folded;
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(folded, stem);
  }
  return stem;
}
