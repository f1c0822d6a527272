// Examples for the home page, drawn from the index itself: frequent distinctive words and the
// speakers with the most passages, so a new reader sees what this corpus is about.
import type { SearchIndex } from '../indexing/search-index.ts';
import { STOP_WORDS } from '../text/stop-words.ts';
import { wordTokens } from '../text/word-tokens.ts';

export interface Examples {
  words: string[];
  speakers: { id: string; name: string; passages: number }[];
}

/** Passages read to pick the words: enough for a stable choice, bounded for a million-passage index. */
const SAMPLE = 20_000;
/** A word in more than this share of passages says nothing about the corpus ("said", "year"). */
const MAX_SHARE = 0.1;

interface WordStats {
  passages: number;
  documents: Set<string>;
  /** Occurrences inside a sentence, and how many of them capitalised (a name: Hebei, Ukraine). */
  inside: number;
  capitalised: number;
  forms: Map<string, number>;
}

const sentenceStart = (text: string, at: number) => /(^|[.?!:;"“]\s*)$/.test(text.slice(Math.max(0, at - 3), at));

/**
 * Distinctive words: those in at most 10% of passages and in at least two documents (one when
 * there is only one), at least four letters, not stop words. Names come first (words written
 * capitalised inside sentences: places, organisations), then long words (seven letters or more),
 * each group by the passages it is in; each word as it is most often written.
 */
export function exampleWords(index: SearchIndex, count = 5): string[] {
  const { passages, documents } = index.corpus;
  const step = Math.max(1, Math.floor(passages.length / SAMPLE));
  const stats = new Map<string, WordStats>();
  let sampled = 0;
  for (let n = 0; n < passages.length; n += step) {
    const p = passages[n]!;
    sampled++;
    const seen = new Set<string>();
    for (const t of wordTokens(p.text)) {
      if (t.term.length < 4 || !/^\p{L}+(['’]\p{L}+)?$/u.test(t.term) || STOP_WORDS.has(t.term)) continue;
      const written = p.text.slice(t.start, t.end);
      let w = stats.get(t.term);
      if (!w) stats.set(t.term, (w = { passages: 0, documents: new Set(), inside: 0, capitalised: 0, forms: new Map() }));
      w.forms.set(written, (w.forms.get(written) ?? 0) + 1);
      if (!sentenceStart(p.text, t.start)) {
        w.inside++;
        if (/^\p{Lu}/u.test(written)) w.capitalised++;
      }
      if (seen.has(t.term)) continue;
      seen.add(t.term);
      w.passages++;
      w.documents.add(p.documentId);
    }
  }
  const minDocuments = documents.length > 1 ? 2 : 1;
  const maxPassages = Math.max(1, sampled * MAX_SHARE);
  const candidates = [...stats]
    .filter(([, w]) => w.passages <= maxPassages && w.documents.size >= minDocuments)
    .sort((a, b) => b[1].passages - a[1].passages || (a[0] < b[0] ? -1 : 1));
  const isName = (w: WordStats) => w.inside > 0 && w.capitalised / w.inside >= 0.8;
  const names = candidates.filter(([, w]) => isName(w));
  const long = candidates.filter(([term, w]) => !isName(w) && term.length >= 7);
  const half = Math.ceil(count / 2);
  const picked = [...names.slice(0, half), ...long.slice(0, count - Math.min(half, names.length))].slice(0, count);
  return picked.map(([, w]) => [...w.forms].sort((a, b) => b[1] - a[1])[0]![0]);
}

/** The people with the most passages. */
export function exampleSpeakers(index: SearchIndex, count = 4): Examples['speakers'] {
  return index.corpus.speakers
    .filter((s) => s.type === 'person')
    .sort((a, b) => b.passages - a.passages || (a.name < b.name ? -1 : 1))
    .slice(0, count)
    .map(({ id, name, passages }) => ({ id, name, passages }));
}

const computed = new WeakMap<SearchIndex, Examples>();

/** The examples of an index, worked out once per index. */
export function examplesOf(index: SearchIndex): Examples {
  let examples = computed.get(index);
  if (!examples) computed.set(index, (examples = { words: exampleWords(index), speakers: exampleSpeakers(index) }));
  return examples;
}
