// Which searches are light enough to answer at once, without waiting for a slot: a page of a
// few plain words, one of which is rare. Matching walks the rarest word's passages, so such a
// search costs about as much as that word's postings: a few milliseconds. Everything else
// (phrases, OR, prefixes, typos, exclusions, browsing, deep pages) may cost far more and waits
// its turn. When in doubt a search is not light: being wrong that way only makes it queue.
import type { SearchIndex } from '../indexing/search-index.ts';
import { processTerm } from '../text/analyze.ts';
import type { SearchParams } from './params.ts';
import { parseQuery } from './parse-query.ts';
import { postingsOf } from './postings.ts';

/** The rarest word of a light search is in at most this many passages. */
export const LIGHT_POSTINGS = 2000;
const LIGHT_WORDS = 4;
const LIGHT_RESULTS = 100;

/** True when `params` is a light search over `index` (see above); never throws. */
export function isLightSearch(index: SearchIndex, params: SearchParams): boolean {
  if (params.as_you_type || params.match !== 'all' || params.page * params.limit > LIGHT_RESULTS) return false;
  try {
    const parsed = parseQuery(params.q);
    const { speaker, kind, year } = parsed.filters;
    if (parsed.excluded.length > 0 || speaker.length + kind.length + year.length > 0) return false;
    const terms = parsed.clauses.filter((c) => c.type === 'term' && !c.ignored);
    if (terms.length === 0 || terms.length > LIGHT_WORDS || terms.length !== parsed.clauses.filter((c) => !(c.type === 'term' && c.ignored)).length) return false;
    const postings = postingsOf(index.mini);
    let rarest = Infinity;
    for (const clause of terms) {
      if (clause.type !== 'term' || clause.prefix) return false;
      const key = processTerm(clause.term);
      // A word the index does not hold is searched by typo tolerance: not light.
      const exact = key ? postings.expand(key, false, 0) : [];
      if (exact.length === 0) return false;
      rarest = Math.min(rarest, exact[0]!.docs.length);
    }
    return rarest <= LIGHT_POSTINGS;
  } catch {
    return false;
  }
}
