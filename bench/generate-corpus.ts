// A deterministic generator of press-briefing corpora as the indexer reads them: Markdown files
// with YAML front matter (title, date, source_url) whose bodies are labelled turns ("MS. ROE:  ...",
// "Q    ..."), 60-200 words a passage, words drawn by Zipf's law from real English, about 300
// speakers, dates over 20 years. Besides the files it returns what the query mix is drawn from:
// each word's document frequency and a sample of passages.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { castOfPeople, type Person } from './people.ts';
import { intBetween, mulberry32, zipfSampler } from './prng.ts';
import { rankedVocabulary } from './words.ts';

/** Bump when the output changes, so cached corpora are regenerated. */
export const GENERATOR_VERSION = 1;

export interface GeneratorOptions {
  passages: number;
  seed?: number;
  /** Distinct words to draw from (at least 50,000 for the benchmark). */
  vocabulary?: number;
  /** Every how many passages one is kept as a sample for the query mix. */
  sampleEvery?: number;
}

/** A passage kept for drawing queries: its words in order, speaker (null for a question) and date. */
export interface SamplePassage {
  words: string[];
  speaker: string | null;
  date: string;
}

export interface GeneratedCorpus {
  version: number;
  seed: number;
  documents: number;
  passages: number;
  questions: number;
  /** Distinct people who speak at least once. */
  speakers: number;
  words: number;
  bytes: number;
  firstDate: string;
  lastDate: string;
  vocabulary: string[];
  /** Passages each vocabulary word occurs in, by rank. */
  documentFrequency: Int32Array;
  samples: SamplePassage[];
}

export interface GeneratedFile {
  /** Path relative to the corpus folder. */
  file: string;
  text: string;
}

const FIRST_DAY = Date.UTC(2005, 0, 1);
const DAYS = 20 * 365 + 5;
const MIN_WORDS = 60;
const MAX_WORDS = 200;

/** Generates the corpus file by file (it never holds the whole corpus), then returns its statistics. */
export function* generateCorpus(options: GeneratorOptions): Generator<GeneratedFile, GeneratedCorpus> {
  const seed = options.seed ?? 1;
  const random = mulberry32(seed);
  const vocabulary = rankedVocabulary(options.vocabulary ?? 60_000);
  const nextWord = zipfSampler(random, vocabulary.length, 1);
  const people = castOfPeople();
  const hosts = people.filter((p) => p.role === 'Press Secretary');
  const guests = people.slice(hosts.length);
  const nextGuest = zipfSampler(random, guests.length, 0.6);
  const sampleEvery = options.sampleEvery ?? Math.max(1, Math.floor(options.passages / 2000));

  // Document sizes first, so that dates can spread evenly over the 20 years.
  const sizes: number[] = [];
  for (let left = options.passages; left > 0; left -= sizes[sizes.length - 1]!) sizes.push(Math.min(left, intBetween(random, 30, 70)));

  const df = new Int32Array(vocabulary.length);
  const seen = new Int32Array(vocabulary.length);
  const speaking = new Set<string>();
  const samples: SamplePassage[] = [];
  const stats = { passages: 0, questions: 0, words: 0, bytes: 0 };
  let firstDate = '';
  let lastDate = '';

  const passage = (speaker: string | null, date: string, question: boolean): string => {
    const n = stats.passages++;
    const length = intBetween(random, MIN_WORDS, MAX_WORDS);
    const ranks: number[] = [];
    for (let i = 0; i < length; i++) {
      const r = nextWord();
      ranks.push(r);
      if (seen[r] !== n + 1) {
        seen[r] = n + 1;
        df[r]!++;
      }
    }
    stats.words += length;
    if (n % sampleEvery === 0) samples.push({ words: ranks.map((r) => vocabulary[r]!), speaker, date });
    const sentences: string[] = [];
    for (let i = 0; i < length; ) {
      const words = ranks.slice(i, (i += intBetween(random, 6, 22))).map((r) => vocabulary[r]!);
      words[0] = words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1);
      if (words.length > 8 && random() < 0.4) words[intBetween(random, 2, words.length - 3)] += ',';
      sentences.push(words.join(' ') + (question && i >= length ? '?' : '.'));
    }
    return sentences.join(' ');
  };

  for (let d = 0; d < sizes.length; d++) {
    const date = new Date(FIRST_DAY + Math.floor(((d + random()) * DAYS) / sizes.length) * 86_400_000).toISOString().slice(0, 10);
    firstDate ||= date;
    lastDate = date;
    // Each press secretary hosts an era; a colleague stands in now and then.
    const era = Math.min(hosts.length - 1, Math.floor((d / sizes.length) * hosts.length));
    const host = random() < 0.9 ? hosts[era]! : hosts[(era + 1) % hosts.length]!;
    const cast: Person[] = [host];
    for (let g = intBetween(random, 0, 2); g > 0; g--) {
      const guest = guests[nextGuest()]!;
      // Labels print surnames only: two people of one surname in a briefing would be ambiguous.
      if (!cast.some((p) => surname(p) === surname(guest))) cast.push(guest);
    }
    const title = `Press Briefing by ${cast.map((p) => `${p.role} ${p.name}`).join(' and ')}`;
    const turns: string[] = [];
    const say = (p: Person) => {
      speaking.add(p.name);
      turns.push(`${p.label}:  ${passage(p.name, date, false)}`);
    };
    say(host);
    while (turns.length < sizes[d]!) {
      stats.questions++;
      turns.push(`Q    ${passage(null, date, true)}`);
      if (turns.length >= sizes[d]!) break;
      const answering = cast.length > 1 && random() < 0.35 ? cast[intBetween(random, 1, cast.length - 1)]! : host;
      say(answering);
      // A second paragraph of the same answer, unlabelled: attribution carries the speaker over.
      if (turns.length < sizes[d]! && random() < 0.2) turns.push(passage(answering.name, date, false));
    }
    const text = `---\ntitle: "${title}"\ndate: ${date}\nsource_url: https://example.org/briefings/${date}/${d}\n---\n\n${turns.join('\n\n')}\n`;
    stats.bytes += Buffer.byteLength(text);
    yield { file: `${date.slice(0, 4)}/${date}-press-briefing-${d}.md`, text };
  }

  return { version: GENERATOR_VERSION, seed, documents: sizes.length, ...stats, speakers: speaking.size, firstDate, lastDate, vocabulary, documentFrequency: df, samples };
}

const surname = (p: Person) => p.label.split(' ').pop();

/** Writes a generated corpus into `dir` (emptied first) and returns its statistics. */
export function writeCorpus(dir: string, options: GeneratorOptions): GeneratedCorpus {
  rmSync(dir, { recursive: true, force: true });
  const made = new Set<string>();
  const files = generateCorpus(options);
  for (;;) {
    const next = files.next();
    if (next.done) return next.value;
    const folder = join(dir, next.value.file.slice(0, 4));
    if (!made.has(folder)) mkdirSync(folder, { recursive: true }), made.add(folder);
    writeFileSync(join(dir, next.value.file), next.value.text);
  }
}
