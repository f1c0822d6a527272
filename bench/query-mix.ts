// The fixed query mix, drawn from a generated corpus: per class `perClass` queries, each asked
// plain, with a speaker filter and with a date range (both taken from a passage that contains the
// words, so filtered queries still match). Classes follow what people type; "broad" matches over
// half the corpus, so its facets count a large result set.
import { processTerm } from '../src/text/analyze.ts';
import { STOP_WORDS } from '../src/text/stop-words.ts';
import type { GeneratedCorpus, SamplePassage } from './generate-corpus.ts';
import { intBetween, mulberry32 } from './prng.ts';

export const QUERY_CLASSES = ['common', 'rare', 'two_words', 'three_words', 'phrase', 'prefix', 'typo', 'broad'] as const;
export type QueryClass = (typeof QUERY_CLASSES)[number];
export const VARIANTS = ['plain', 'speaker', 'dates'] as const;
export type Variant = (typeof VARIANTS)[number];

export interface BenchQuery {
  class: QueryClass;
  variant: Variant;
  /** The query as a person types it into Verbatim. */
  q: string;
  /** The words, for the reference engines; all must match (AND). */
  terms: string[];
  phrase: boolean;
  /** The last term is being typed: match it as a prefix. */
  prefix: boolean;
  /** The (only) term is misspelt: reference engines match it fuzzily where they can. */
  typo: boolean;
  speaker?: string;
  /** Inclusive YYYY-MM-DD bounds, as Verbatim's from/to take them. */
  from?: string;
  to?: string;
}

type Base = Pick<BenchQuery, 'q' | 'terms' | 'phrase' | 'prefix' | 'typo'>;

/** Draws the mix; the same corpus and seed give the same queries. */
export function queryMix(corpus: Pick<GeneratedCorpus, 'vocabulary' | 'documentFrequency' | 'samples' | 'passages'>, perClass = 8, seed = 7): BenchQuery[] {
  const random = mulberry32(seed);
  const rank = new Map(corpus.vocabulary.map((w, i) => [w, i]));
  const share = (w: string) => corpus.documentFrequency[rank.get(w)!]! / corpus.passages;
  // Engines stem: a word is only as rare as all the words of its stem ("insurances" is "insur").
  const stemCount = new Map<string, number>();
  corpus.vocabulary.forEach((w, i) => {
    const stem = processTerm(w) ?? w;
    stemCount.set(stem, (stemCount.get(stem) ?? 0) + corpus.documentFrequency[i]!);
  });
  const stemShare = (w: string) => stemCount.get(processTerm(w) ?? w)! / corpus.passages;
  const content = (w: string) => !STOP_WORDS.has(w);
  const spoken = corpus.samples.filter((s) => s.speaker !== null);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;
  const mid = (w: string) => content(w) && share(w) >= 0.0005 && share(w) <= 0.1;
  const broadWords = corpus.vocabulary.filter((w) => content(w) && share(w) > 0.5);
  if (broadWords.length === 0) throw new Error('no content word occurs in over half the passages: the corpus is too small or not Zipfian');

  const draw: Record<QueryClass, (s: SamplePassage, i: number) => Base | null> = {
    common: (s) => {
      const words = s.words.filter((w) => content(w) && share(w) >= 0.05 && share(w) <= 0.3);
      return words.length ? words1(pick(words)) : null;
    },
    rare: (s) => {
      const words = s.words.filter(content).sort((a, b) => stemShare(a) - stemShare(b));
      return words.length && stemShare(words[0]!) <= Math.max(0.001, 20 / corpus.passages) ? words1(words[0]!) : null;
    },
    two_words: (s) => several(s, 2),
    three_words: (s) => several(s, 3),
    phrase: (s) => {
      const length = intBetween(random, 2, 3);
      const start = intBetween(random, 0, s.words.length - length);
      const words = s.words.slice(start, start + length);
      if (!words.some(mid) || new Set(words).size < length) return null;
      return { q: `"${words.join(' ')}"`, terms: words, phrase: true, prefix: false, typo: false };
    },
    prefix: (s, i) => {
      const words = [...new Set(s.words.filter((w) => mid(w) && w.length >= 6))];
      if (words.length < 2) return null;
      const typing = pick(words);
      // Half type one word, half a complete word then the start of the next.
      if (i % 2 === 0) return { q: typing.slice(0, 4), terms: [typing.slice(0, 4)], phrase: false, prefix: true, typo: false };
      const first = pick(words.filter((w) => w !== typing));
      return { q: `${first} ${typing.slice(0, 3)}`, terms: [first, typing.slice(0, 3)], phrase: false, prefix: true, typo: false };
    },
    typo: (s) => {
      const words = s.words.filter((w) => mid(w) && w.length >= 6);
      if (!words.length) return null;
      const w = pick(words);
      const at = Math.floor(w.length / 2);
      const wrong = w.slice(0, at) + String.fromCharCode(((w.charCodeAt(at) - 97 + 1) % 26) + 97) + w.slice(at + 1);
      return rank.has(wrong) ? null : { q: wrong, terms: [wrong], phrase: false, prefix: false, typo: true };
    },
    broad: (s, i) => {
      const w = broadWords[i % broadWords.length]!;
      return s.words.includes(w) ? words1(w) : null;
    },
  };

  function words1(w: string): Base {
    return { q: w, terms: [w], phrase: false, prefix: false, typo: false };
  }

  function several(s: SamplePassage, n: number): Base | null {
    const words = [...new Set(s.words.filter(mid))];
    if (words.length < n) return null;
    const chosen: string[] = [];
    while (chosen.length < n) {
      const w = pick(words);
      if (!chosen.includes(w)) chosen.push(w);
    }
    return { q: chosen.join(' '), terms: chosen, phrase: false, prefix: false, typo: false };
  }

  const mix: BenchQuery[] = [];
  for (const cls of QUERY_CLASSES) {
    const seen = new Set<string>();
    for (let i = 0, tries = 0; i < perClass; tries++) {
      if (tries > 10_000) throw new Error(`cannot draw ${perClass} "${cls}" queries from this corpus`);
      const s = pick(spoken);
      const base = draw[cls](s, i);
      if (!base) continue;
      // Few words match over half the corpus: broad queries repeat a word with other filters.
      const key = cls === 'broad' ? `${base.q} ${s.speaker} ${s.date}` : base.q;
      if (seen.has(key)) continue;
      seen.add(key);
      const year = Number(s.date.slice(0, 4));
      mix.push({ class: cls, variant: 'plain', ...base });
      mix.push({ class: cls, variant: 'speaker', ...base, speaker: s.speaker! });
      mix.push({ class: cls, variant: 'dates', ...base, from: `${year - 1}-01-01`, to: `${year + 1}-12-31` });
      i++;
    }
  }
  return mix;
}

/** The query as `/api/search` parameters (and as `searchParamsSchema` input). */
export function verbatimParams(query: BenchQuery): Record<string, string> {
  const params: Record<string, string> = { q: query.q };
  if (query.speaker) params.speaker = query.speaker;
  if (query.from) params.from = query.from;
  if (query.to) params.to = query.to;
  if (query.prefix) params.as_you_type = 'true';
  return params;
}
