// Loads a saved index, checking its manifest: format version, checksums, counts. Any
// problem is an IndexLoadError saying what is wrong and how to rebuild.
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { FORMAT_VERSION } from './index-options.ts';
import { manifestSchema, type Manifest } from './manifest.ts';
import { decodeMiniSearch } from './minisearch-codec.ts';
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

const DATA_FILES = ['documents.json', 'speakers.json', 'passages.jsonl', 'minisearch.bin'] as const;

/** JSON lines from a buffer, one line at a time (the whole file may not fit in one string). */
function parseLines(buf: Buffer): unknown[] {
  const out: unknown[] = [];
  let start = 0;
  while (start < buf.length) {
    let end = buf.indexOf(10, start);
    if (end < 0) end = buf.length;
    if (end > start) out.push(JSON.parse(buf.toString('utf8', start, end)));
    start = end + 1;
  }
  return out;
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
  const data: Record<string, Buffer> = {};
  for (const file of DATA_FILES) {
    const sum = manifest.files[file];
    if (!sum) throw new IndexLoadError(indexDir, `manifest of ${name} lists no ${file}`);
    let bytes: Buffer;
    try {
      bytes = await readFile(join(dir, file));
    } catch {
      throw new IndexLoadError(indexDir, `${name}/${file} is missing`);
    }
    if (createHash('sha256').update(bytes).digest('hex') !== sum) throw new IndexLoadError(indexDir, `${name}/${file} is truncated or corrupted (checksum mismatch)`);
    data[file] = bytes;
  }
  try {
    const raw = corpusShape.parse({
      documents: JSON.parse(data['documents.json']!.toString('utf8')),
      speakers: JSON.parse(data['speakers.json']!.toString('utf8')),
      passages: parseLines(data['passages.jsonl']!),
    });
    const corpus = raw as Corpus; // shape checked above; contents are checksummed output of saveIndex
    const mini = decodeMiniSearch(data['minisearch.bin']!);
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
