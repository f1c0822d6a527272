// Loads a saved index, checking its manifest: format version, checksums, counts. Any
// problem is an IndexLoadError saying what is wrong and how to rebuild.
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { z } from 'zod';
import { FORMAT_VERSION, INDEX_OPTIONS, type IndexedFields } from './index-options.ts';
import { manifestSchema, type Manifest } from './manifest.ts';
import type { Corpus } from './records.ts';
import { POINTER } from './save-index.ts';
import { createSearchIndex, type SearchIndex } from './search-index.ts';

export class IndexLoadError extends Error {
  constructor(indexDir: string, problem: string) {
    super(`index in ${indexDir} cannot be loaded: ${problem}; rebuild it with: npm run index -- --corpus <dir> --index ${indexDir}`);
    this.name = 'IndexLoadError';
  }
}

export interface LoadedIndex {
  manifest: Manifest;
  index: SearchIndex;
  /** The build folder it came from. */
  build: string;
}

/** The build folder CURRENT points at, or null when there is no index. */
export async function currentBuild(indexDir: string): Promise<string | null> {
  try {
    return (await readFile(join(indexDir, POINTER), 'utf8')).trim() || null;
  } catch {
    return null;
  }
}

/** Reads just the manifest of the current build (to decide whether to rebuild). */
export async function readManifest(indexDir: string): Promise<Manifest | null> {
  const build = await currentBuild(indexDir);
  if (!build) return null;
  try {
    return manifestSchema.parse(JSON.parse(await readFile(join(indexDir, build, 'manifest.json'), 'utf8')));
  } catch {
    return null;
  }
}

const corpusShape = z.object({ documents: z.array(z.unknown()), passages: z.array(z.unknown()), speakers: z.array(z.unknown()) });

export async function loadIndex(indexDir: string, build?: string): Promise<LoadedIndex> {
  const name = build ?? (await currentBuild(indexDir));
  if (!name) throw new IndexLoadError(indexDir, 'no index has been built (no CURRENT file)');
  const dir = join(indexDir, name);
  let manifest: Manifest;
  try {
    manifest = manifestSchema.parse(JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')));
  } catch (err) {
    throw new IndexLoadError(indexDir, `manifest of ${name} is missing or invalid (${(err as Error).message.split('\n')[0]})`);
  }
  if (manifest.formatVersion !== FORMAT_VERSION) {
    throw new IndexLoadError(indexDir, `it has format version ${manifest.formatVersion}, this Verbatim reads version ${FORMAT_VERSION}`);
  }
  const texts: Record<string, string> = {};
  for (const [file, sum] of Object.entries(manifest.files)) {
    let text: string;
    try {
      text = await readFile(join(dir, file), 'utf8');
    } catch {
      throw new IndexLoadError(indexDir, `${name}/${file} is missing`);
    }
    if (createHash('sha256').update(text).digest('hex') !== sum) throw new IndexLoadError(indexDir, `${name}/${file} is truncated or corrupted (checksum mismatch)`);
    texts[file] = text;
  }
  try {
    const raw: unknown = JSON.parse(texts['corpus.json'] ?? 'null');
    corpusShape.parse(raw);
    const corpus = raw as Corpus; // shape checked above; contents are checksummed output of saveIndex
    const mini = MiniSearch.loadJSON<IndexedFields>(texts['minisearch.json'] ?? '', INDEX_OPTIONS);
    if (corpus.passages.length !== manifest.passages) throw new Error(`manifest says ${manifest.passages} passages, data holds ${corpus.passages.length}`);
    return { manifest, index: createSearchIndex(corpus, mini), build: name };
  } catch (err) {
    throw new IndexLoadError(indexDir, `${name} data is unreadable (${(err as Error).message.split('\n')[0]})`);
  }
}

/** Build folders present, newest first (for falling back to the previous good one). */
export async function listBuilds(indexDir: string): Promise<string[]> {
  try {
    return (await readdir(indexDir)).filter((e) => e.startsWith('build-')).sort().reverse();
  } catch {
    return [];
  }
}
