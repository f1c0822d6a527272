// A quote-check test set drawn from a corpus with a fixed seed: sentences of 12 to 40 words taken
// from passages, each as said, trimmed, paraphrased, credited to the wrong speaker (and to the
// right one, as a control), and sentences made up of the corpus's words that nobody said.
// The edits are what writers do to quotes; the word lists below are the generator's own data
// (a short hand list, as a style guide would give), never used by the matcher.
import type { Corpus, PassageRecord, SpeakerRecord } from '../src/indexing/records.ts';
import { wordTokens, type WordToken } from '../src/text/word-tokens.ts';
import { intBetween, mulberry32 } from './prng.ts';

export const VARIANTS = ['verbatim', 'trimmed', 'paraphrased', 'wrong-speaker', 'right-speaker', 'made-up'] as const;
export type Variant = (typeof VARIANTS)[number];

export interface QuoteCase {
  variant: Variant;
  text: string;
  speaker?: string;
  /** The passage the words come from; null for made-up sentences. */
  source: string | null;
  /** The sentence as said, for judging a first match that holds the same words elsewhere. */
  said: string | null;
  /** The speaker the case credits, when it credits one: the id. */
  credited?: string;
}

const CONTRACT: [string, string][] = [
  ['do not', "don't"], ['does not', "doesn't"], ['did not', "didn't"], ['is not', "isn't"], ['are not', "aren't"],
  ['was not', "wasn't"], ['can not', "can't"], ['cannot', "can't"], ['will not', "won't"], ['would not', "wouldn't"],
  ['it is', "it's"], ['that is', "that's"], ['there is', "there's"], ['we are', "we're"], ['we will', "we'll"],
  ['we have', "we've"], ['i am', "I'm"], ['i have', "I've"], ['i will', "I'll"], ['they are', "they're"],
  ['you are', "you're"], ['he is', "he's"], ['she is', "she's"], ['what is', "what's"], ['let us', "let's"],
];
const SYNONYMS: Record<string, string[]> = {
  important: ['significant', 'crucial'], big: ['large'], large: ['big'], help: ['assist'], helping: ['assisting'],
  make: ['create'], clear: ['plain'], continue: ['keep'], start: ['begin'], begin: ['start'], talk: ['speak'],
  talked: ['spoke'], think: ['believe'], believe: ['think'], want: ['wish'], need: ['require'], many: ['numerous'],
  support: ['back'], country: ['nation'], nation: ['country'], people: ['folks'], said: ['stated'], say: ['state'],
  tell: ['inform'], show: ['demonstrate'], get: ['obtain'], look: ['see'], see: ['look'], work: ['labor'],
  working: ['laboring'], good: ['fine'], great: ['excellent'], strong: ['robust'], try: ['attempt'], trying: ['attempting'],
  also: ['too'], about: ['regarding'], because: ['since'], whether: ['if'], again: ['once more'], right: ['correct'],
  major: ['key'], key: ['major'], issue: ['matter'], issues: ['matters'], problem: ['issue'], fact: ['truth'],
  ensure: ['make sure'], obviously: ['clearly'], certainly: ['surely'], really: ['truly'], quickly: ['rapidly'],
  change: ['shift'], goal: ['aim'], plan: ['scheme'], hard: ['difficult'], difficult: ['hard'], meet: ['sit down with'],
  question: ['query'], answer: ['response'], decision: ['choice'],
};
const FILLERS = ['really', 'just', 'very', 'actually', 'certainly', 'clearly', 'obviously', 'indeed', 'truly'];
const TENSES: Record<string, string> = {
  is: 'was', was: 'is', are: 'were', were: 'are', will: 'would', would: 'will', has: 'had', have: 'had', had: 'has',
  can: 'could', could: 'can', does: 'did', do: 'did', did: 'does', says: 'said', said: 'says', think: 'thought', thought: 'think',
};

/** Sentences of 12 to 40 words, or a window of a longer run without sentence breaks. */
function sentencesOf(text: string, random: () => number): string[] {
  const out: string[] = [];
  for (const s of text.split(/(?<=[.!?]["”]?)\s+(?=["“]?[A-Z])/)) {
    const words = wordTokens(s);
    if (words.length >= 12 && words.length <= 40) out.push(s.trim());
    else if (words.length > 40) {
      const len = intBetween(random, 12, 40);
      const from = intBetween(random, 0, words.length - len);
      out.push(s.slice(words[from]!.start, words[from + len - 1]!.end));
    }
  }
  return out;
}

const pick = <T>(random: () => number, xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
const fold = (s: string) => wordTokens(s).map((t) => t.term).join(' ');
const sameCase = (model: string, word: string) => (/^[A-Z]/.test(model) ? word[0]!.toUpperCase() + word.slice(1) : word);
const replaceSpan = (s: string, t: WordToken, by: string) => s.slice(0, t.start) + by + s.slice(t.end);

/** Leaves out 2 to 8 words inside the sentence, marked with "..." in about half the cases. */
function trim(sentence: string, random: () => number): string {
  const words = wordTokens(sentence);
  const from = intBetween(random, 3, words.length - 6);
  const count = intBetween(random, 2, Math.min(8, words.length - from - 3));
  const mark = random() < 0.5 ? pick(random, [' ... ', ' … ', '... ']) : ' ';
  return sentence.slice(0, words[from - 1]!.end) + mark + sentence.slice(words[from + count]!.start);
}

/** Two edits of different kinds: a contraction, a synonym or two, a filler dropped or added, a tense. */
function paraphrase(sentence: string, random: () => number): string {
  const kinds = ['contraction', 'synonym', 'filler', 'tense'].sort(() => random() - 0.5);
  let s = sentence;
  let done = 0;
  for (const kind of kinds) {
    if (done === 2) break;
    const next = edit(s, kind, random);
    if (next !== null && next !== s) {
      s = next;
      done++;
    }
  }
  return s;
}

function edit(s: string, kind: string, random: () => number): string | null {
  // A contraction folds to another word ("we’re" to "were"): only the contraction edit touches them.
  const words = wordTokens(s).filter((w) => !/['’]/.test(s.slice(w.start, w.end)));
  if (kind === 'contraction') {
    const lower = s.toLowerCase();
    for (const [full, short] of [...CONTRACT].sort(() => random() - 0.5)) {
      const shortAt = lower.replace(/[’]/g, "'").search(new RegExp(`\\b${short.toLowerCase().replace("'", "'")}\\b`));
      if (shortAt >= 0) return s.slice(0, shortAt) + sameCase(s.slice(shortAt), full) + s.slice(shortAt + short.length);
      const fullAt = lower.search(new RegExp(`\\b${full}\\b`));
      if (fullAt >= 0) return s.slice(0, fullAt) + sameCase(s.slice(fullAt), short) + s.slice(fullAt + full.length);
    }
    return null;
  }
  if (kind === 'synonym') {
    const can = words.filter((w) => SYNONYMS[w.term]?.length);
    if (can.length === 0) return null;
    const chosen = [...can].sort(() => random() - 0.5).slice(0, random() < 0.5 ? 1 : 2).sort((a, b) => b.start - a.start);
    let out = s;
    for (const w of chosen) out = replaceSpan(out, w, sameCase(s.slice(w.start), pick(random, SYNONYMS[w.term]!)));
    return out;
  }
  if (kind === 'filler') {
    const present = words.filter((w) => FILLERS.includes(w.term));
    if (present.length && random() < 0.5) {
      const w = pick(random, present);
      return s.slice(0, w.start) + s.slice(w.end).replace(/^\s+/, '');
    }
    const at = words[intBetween(random, 2, words.length - 2)]!;
    return s.slice(0, at.start) + pick(random, FILLERS) + ' ' + s.slice(at.start);
  }
  const can = words.filter((w) => TENSES[w.term]);
  if (can.length === 0) return null;
  const w = pick(random, can);
  return replaceSpan(s, w, sameCase(s.slice(w.start), TENSES[w.term]!));
}

const FNV = (s: string) => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
};

/** Every run of five folded words in the corpus, hashed and sorted, to tell a made-up sentence from a said one. */
function fiveGrams(passages: readonly PassageRecord[]): Uint32Array {
  const hashes: number[] = [];
  for (const p of passages) {
    const t = wordTokens(p.text).map((w) => w.term);
    for (let i = 0; i + 5 <= t.length; i++) hashes.push(FNV(t.slice(i, i + 5).join(' ')));
  }
  return Uint32Array.from(hashes).sort();
}

function has(sorted: Uint32Array, h: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < h) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo] === h;
}

/** A sentence of corpus words strung by which word follows which (a bigram chain) that no passage holds five words of in a row. */
function madeUp(follows: Map<string, string[]>, starts: string[], grams: Uint32Array, random: () => number): string {
  for (;;) {
    const len = intBetween(random, 12, 40);
    const words = [pick(random, starts)];
    while (words.length < len) {
      const next = follows.get(words[words.length - 1]!.toLowerCase());
      words.push(next?.length ? pick(random, next) : pick(random, starts).toLowerCase());
    }
    const folded = fold(words.join(' ')).split(' ');
    let said = false;
    for (let i = 0; i + 5 <= folded.length && !said; i++) said = has(grams, FNV(folded.slice(i, i + 5).join(' ')));
    if (!said) return `${words.join(' ')}.`;
  }
}

export interface QuoteSetOptions {
  /** Variants to draw (default all). */
  variants?: readonly Variant[];
  /** Passages the made-up sentences' word chain is learnt from (default all said passages). */
  chainPassages?: number;
  /** Check made-up sentences against every five-word run of the corpus (default true); a generated corpus of random words needs no check. */
  checkUnsaid?: boolean;
}

/** `perVariant` cases of each variant, the same for the same corpus and seed. */
export function quoteSet(corpus: Corpus, perVariant: number, seed = 1, options: QuoteSetOptions = {}): QuoteCase[] {
  const random = mulberry32(seed);
  const variants = new Set(options.variants ?? VARIANTS);
  const persons = corpus.speakers.filter((s) => s.type === 'person' && s.passages >= 5);
  const speakerById = new Map(corpus.speakers.map((s) => [s.id, s]));
  const said = corpus.passages.filter((p) => p.kind !== 'question' && p.speakerId !== null);
  const follows = new Map<string, string[]>();
  const starts: string[] = [];
  const chain = options.chainPassages ? said.filter((_, i) => i % Math.max(1, Math.floor(said.length / options.chainPassages!)) === 0) : said;
  for (const p of chain) {
    const words = p.text.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);
    if (words[0]) starts.push(words[0]);
    for (let i = 0; i + 1 < words.length; i++) {
      const k = words[i]!.toLowerCase();
      let list = follows.get(k);
      if (!list) follows.set(k, (list = []));
      list.push(words[i + 1]!);
    }
  }
  const grams = options.checkUnsaid === false ? new Uint32Array(0) : fiveGrams(corpus.passages);

  const cases: QuoteCase[] = [];
  const drawn = new Set<string>();
  const draw = (): { p: PassageRecord; sentence: string } => {
    for (;;) {
      const p = pick(random, said);
      const sentences = sentencesOf(p.text, random);
      if (sentences.length === 0) continue;
      const sentence = pick(random, sentences);
      if (drawn.has(sentence)) continue;
      drawn.add(sentence);
      return { p, sentence };
    }
  };
  for (let i = 0; i < perVariant; i++) {
    if (variants.has('verbatim')) {
      const v = draw();
      cases.push({ variant: 'verbatim', text: random() < 0.5 ? `“${v.sentence}”` : v.sentence, source: v.p.id, said: v.sentence });
    }
    if (variants.has('trimmed')) {
      const t = draw();
      cases.push({ variant: 'trimmed', text: trim(t.sentence, random), source: t.p.id, said: t.sentence });
    }
    if (variants.has('paraphrased')) {
      const ph = draw();
      cases.push({ variant: 'paraphrased', text: paraphrase(ph.sentence, random), source: ph.p.id, said: ph.sentence });
    }
    if (variants.has('wrong-speaker')) {
      const w = draw();
      const wrong = pick(random, persons.filter((s) => s.id !== w.p.speakerId));
      cases.push(credit('wrong-speaker', w.p, w.sentence, wrong, random));
    }
    if (variants.has('right-speaker')) {
      // Credited by name, as a writer would: an anonymous role ("Moderator, call of 2 April 2024") is not.
      let r = draw();
      while (speakerById.get(r.p.speakerId!)!.type !== 'person') r = draw();
      const own = speakerById.get(r.p.speakerId!)!;
      cases.push(credit('right-speaker', r.p, r.sentence, own, random));
    }
    if (variants.has('made-up')) cases.push({ variant: 'made-up', text: madeUp(follows, starts, grams, random), source: null, said: null });
  }
  return cases;
}

/** Credits the words by the speaker parameter, or in the text as a writer would ("Kirby said: ..."). */
function credit(variant: Variant, p: PassageRecord, sentence: string, speaker: SpeakerRecord, random: () => number): QuoteCase {
  const inText = random() < 0.5;
  // A writer names a person by surname, anyone else as the transcript describes them.
  const name = speaker.type === 'person' ? speaker.name.split(/\s+/).pop()! : speaker.name;
  return inText
    ? { variant, text: `${name} said: “${sentence}”`, source: p.id, said: sentence, credited: speaker.id }
    : { variant, text: sentence, speaker: speaker.name, source: p.id, said: sentence, credited: speaker.id };
}

export { fold as foldWords };
