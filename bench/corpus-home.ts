// The generated benchmark corpus of a size and seed, made once and cached under bench/out:
// its files, its query mix and its statistics.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATOR_VERSION, writeCorpus } from './generate-corpus.ts';
import { queryMix, type BenchQuery } from './query-mix.ts';

const BENCH = dirname(fileURLToPath(import.meta.url));

/** Flags every bench command takes: which generated corpus, and where outputs go. */
export const CORPUS_OPTIONS = {
  size: { type: 'string', default: '100000' },
  seed: { type: 'string', default: '1' },
  connections: { type: 'string', default: '50' },
  out: { type: 'string', default: join(BENCH, 'out') },
} as const;

export interface CorpusHome {
  /** The corpus files, for the indexer. */
  dir: string;
  /** The query mix, and the JSON file it is kept in (workers read it). */
  mix: BenchQuery[];
  mixFile: string;
  /** What writeCorpus reported (less the vocabulary and samples), plus generation time. */
  info: Record<string, unknown>;
}

export function ensureCorpus(out: string, size: number, seed: number, log: (line: string) => void): CorpusHome {
  const home = join(out, `corpus-${size}-seed${seed}-v${GENERATOR_VERSION}`);
  const dir = join(home, 'files');
  const mixFile = join(home, 'queries.json');
  const infoFile = join(home, 'corpus.json');
  if (!existsSync(infoFile)) {
    log(`generating ${size} passages into ${dir}`);
    const started = performance.now();
    const made = writeCorpus(dir, { passages: size, seed });
    const { vocabulary, documentFrequency: _df, samples: _samples, ...info } = made;
    writeFileSync(mixFile, JSON.stringify(queryMix(made), null, 1));
    writeFileSync(infoFile, JSON.stringify({ ...info, vocabularySize: vocabulary.length, generateSeconds: (performance.now() - started) / 1000 }, null, 2));
  }
  return { dir, mixFile, mix: JSON.parse(readFileSync(mixFile, 'utf8')) as BenchQuery[], info: JSON.parse(readFileSync(infoFile, 'utf8')) as Record<string, unknown> };
}
