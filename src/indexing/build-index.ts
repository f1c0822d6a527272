// The whole build: read and attribute the corpus, index it, save it atomically.
import { buildCorpus, type BuildOptions, type BuildProgress, type BuiltCorpus } from './build-corpus.ts';
import type { Manifest } from './manifest.ts';
import { checkIndexWritable, saveIndex } from './save-index.ts';
import { packedMiniSearch } from './packed-index.ts';
import { readPreviousBuild } from './previous-build.ts';
import type { Corpus } from './records.ts';
import { computeRedirects, type PassageRedirect } from './redirects.ts';

export interface BuildSummary extends Omit<BuiltCorpus, 'corpus' | 'postings'> {
  manifest: Manifest;
  seconds: number;
  /** Passages by kind and by how they were attributed. */
  kinds: Record<string, number>;
  attribution: Record<string, number>;
  /** Passage ids of earlier builds that now redirect (see redirects.ts). */
  redirects: number;
}

/**
 * The redirects of the new build from the one it replaces. A previous build that cannot be
 * read costs its redirects, not the build: the problem becomes a warning.
 */
async function redirectsFromPrevious(indexDir: string, corpus: Corpus, builtAt: string, warnings: string[]): Promise<PassageRedirect[]> {
  try {
    const previous = await readPreviousBuild(indexDir, new Set(corpus.passages.map((p) => p.id)));
    if (!previous) return [];
    return computeRedirects({ corpus, gone: previous.gone, previousTitles: previous.titles, previous: previous.redirects, builtAt });
  } catch (err) {
    warnings.push(`the previous build in ${indexDir} could not be read, so its passage links were not carried over: ${(err as Error).message.split('\n')[0]}`);
    return [];
  }
}

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort((a, b) => b[1] - a[1]));
}

/** Build stages after the files are parsed, for progress reports. */
export interface StageProgress {
  onStage?: (stage: 'indexing' | 'saving', passages: number) => void;
}

export async function buildIndex(corpusDir: string, indexDir: string, progress: BuildProgress & StageProgress = {}, options: BuildOptions = {}): Promise<BuildSummary> {
  const started = performance.now();
  await checkIndexWritable(indexDir);
  const { corpus, corpusHash, skipped, warnings, postings } = await buildCorpus(corpusDir, progress, options);
  progress.onStage?.('indexing', corpus.passages.length);
  const mini = packedMiniSearch(postings);
  progress.onStage?.('saving', corpus.passages.length);
  const builtAt = new Date().toISOString();
  const redirects = await redirectsFromPrevious(indexDir, corpus, builtAt, warnings);
  const manifest = await saveIndex(indexDir, corpus, mini, corpusHash, redirects, builtAt);
  return {
    manifest,
    corpusHash,
    skipped,
    warnings,
    seconds: (performance.now() - started) / 1000,
    redirects: redirects.length,
    kinds: countBy(corpus.passages, (p) => p.kind),
    attribution: countBy(corpus.passages, (p) => p.attribution),
  };
}
