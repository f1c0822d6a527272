// The whole build: read and attribute the corpus, index it, save it atomically.
import { buildCorpus, type BuildProgress, type BuiltCorpus } from './build-corpus.ts';
import type { Manifest } from './manifest.ts';
import { saveIndex } from './save-index.ts';
import { buildMiniSearch } from './build-minisearch.ts';

export interface BuildSummary extends Omit<BuiltCorpus, 'corpus'> {
  manifest: Manifest;
  seconds: number;
}

export async function buildIndex(corpusDir: string, indexDir: string, progress: BuildProgress & { onIndexing?: () => void } = {}): Promise<BuildSummary> {
  const started = performance.now();
  const { corpus, corpusHash, skipped, warnings } = await buildCorpus(corpusDir, progress);
  progress.onIndexing?.();
  const mini = buildMiniSearch(corpus);
  const manifest = await saveIndex(indexDir, corpus, mini, corpusHash);
  return { manifest, corpusHash, skipped, warnings, seconds: (performance.now() - started) / 1000 };
}
