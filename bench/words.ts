// The generator's vocabulary: real English words ranked by how often English text uses them.
// Ranks come from popular-english-words (counted over Wikipedia, ISC); a word is kept only when
// an-array-of-english-words (MIT) lists it too, which drops markup, names and typos.
import { createRequire } from 'node:module';
import { words as popular } from 'popular-english-words';

const require = createRequire(import.meta.url);

/**
 * Words press briefings use far more than Wikipedia does. They are moved to ranks 8, 10, 12, ...
 * so that a few non-stop words occur in over half the passages, as "president" does in a real
 * corpus of briefings: the query mix needs them for its broad, facet-heavy class.
 */
const BRIEFING_WORDS = [
  'president', 'think', 'people', 'going', 'administration', 'question', 'said', 'know', 'want', 'country',
  'congress', 'security', 'economy', 'policy', 'today', 'government', 'support', 'work', 'week', 'important',
];

/** The `size` most frequent words, most frequent first. */
export function rankedVocabulary(size: number): string[] {
  const english = new Set<string>(require('an-array-of-english-words') as string[]);
  const boosted = new Set(BRIEFING_WORDS);
  const ranked: string[] = [];
  for (const w of popular.getMostPopular(Number.MAX_SAFE_INTEGER) as string[]) {
    if (ranked.length + boosted.size >= size) break;
    if (/^[a-z]{2,}$/.test(w) && english.has(w) && !boosted.has(w)) ranked.push(w);
  }
  BRIEFING_WORDS.forEach((w, i) => ranked.splice(8 + 2 * i, 0, w));
  if (ranked.length < size) throw new Error(`the word lists hold only ${ranked.length} words, ${size} asked`);
  return ranked;
}
