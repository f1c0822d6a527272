// The speaker a quote is credited to, resolved as the `speaker:` filter resolves one: by id,
// canonical name, printed label ("MR. KIRBY") or surname, each compared folded.
import type { SearchIndex } from '../indexing/search-index.ts';
import type { SpeakerRecord } from '../indexing/records.ts';
import { HONORIFICS, TITLE_WORDS } from '../lexicon/index.ts';
import { foldTerm } from '../text/fold-term.ts';

// Courtesy and office titles a writer puts before a name ("Mr. Kirby", "Press Secretary Jean-Pierre").
const TITLES = new Set([...HONORIFICS, ...TITLE_WORDS]);

const words = (name: string) => name.split(/[\s.]+/).map(foldTerm).filter(Boolean);
const key = (name: string) => words(name).join(' ');
const withoutTitles = (name: string) => {
  const w = words(name);
  while (w.length > 1 && TITLES.has(w[0]!)) w.shift();
  return w.join(' ');
};

/**
 * The speakers `claimed` may name, the likeliest first (most passages): one for a full name,
 * label or id; several when a surname is shared; none when it names nobody.
 */
export function resolveSpeaker(index: SearchIndex, claimed: string): SpeakerRecord[] {
  const byId = index.speakerById.get(claimed.trim());
  if (byId) return [byId];
  const wanted = key(claimed);
  const bare = withoutTitles(claimed);
  const speakers = index.corpus.speakers;
  const exact =
    speakers.find((s) => key(s.name) === wanted || s.labels.some((l) => key(l) === wanted)) ??
    speakers.find((s) => key(s.name) === bare || s.labels.some((l) => withoutTitles(l) === bare));
  if (exact) return [exact];
  // A surname, or the end of a name ("Jean-Pierre"); else a family name written first ("Wang" for Wang Zhengpu).
  let named = speakers.filter((s) => s.type === 'person' && (key(s.name).endsWith(` ${bare}`) || s.labels.some((l) => withoutTitles(l) === bare)));
  if (named.length === 0) named = speakers.filter((s) => s.type === 'person' && key(s.name).startsWith(`${bare} `));
  return named.sort((a, b) => b.passages - a.passages);
}
