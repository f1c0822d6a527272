// Loads a saved index, checking its manifest: format version, checksums, counts. Any
// problem is an IndexLoadError saying what is wrong and how to rebuild.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { FORMAT_VERSION } from './index-options.ts';
import { indexVersion, manifestSchema, type Manifest } from './manifest.ts';
import { decodeMiniSearch } from './minisearch-codec.ts';
import type { Corpus } from './records.ts';
import type { PassageRedirect } from './redirects.ts';
import { POINTER, REDIRECTS_FILE } from './save-index.ts';
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

const DATA_FILES = ['documents.json', 'speakers.json', 'minisearch.bin'] as const;
const PASSAGES = 'passages.jsonl';

/**
 * Sizes the reader refuses, far above what an index Verbatim writes holds (a passage is at most
 * 20,000 characters; a million passages' documents are tens of MB): a file past them is damage
 * or not an index, and reading it would only exhaust memory before failing.
 */
export const MAX_INDEX_FILE_BYTES: Record<string, number> = {
  'manifest.json': 1 << 20,
  'documents.json': 256 << 20,
  'speakers.json': 256 << 20,
  'minisearch.bin': 2 ** 31,
};
/** The longest line of passages.jsonl or redirects.jsonl the reader accepts. */
export const MAX_INDEX_LINE_BYTES = 16 << 20;

const mb = (bytes: number) => `${Math.round((bytes / 2 ** 20) * 10) / 10} MB`;

/**
 * Reads JSON lines in chunks, hashing as it goes: the whole file is never one buffer or one
 * string (a million passages is more than a JavaScript string holds, and a file-sized buffer
 * would stay in memory until a later garbage collection).
 */
async function readJsonLines(path: string): Promise<{ records: unknown[]; sha256: string }> {
  const hash = createHash('sha256');
  const records: unknown[] = [];
  let rest: Buffer | null = null;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    const buf: Buffer = rest ? Buffer.concat([rest, chunk]) : chunk;
    let start = 0;
    for (let end = buf.indexOf(10, start); end >= 0; end = buf.indexOf(10, start)) {
      if (end > start) records.push(JSON.parse(buf.toString('utf8', start, end)));
      start = end + 1;
    }
    rest = start < buf.length ? buf.subarray(start) : null;
    if (rest && rest.length > MAX_INDEX_LINE_BYTES) throw new Error(`a line is longer than ${mb(MAX_INDEX_LINE_BYTES)}, more than any index Verbatim writes`);
  }
  if (rest) records.push(JSON.parse(rest.toString('utf8')));
  return { records, sha256: hash.digest('hex') };
}

const corpusShape = z.object({ documents: z.array(z.unknown()), passages: z.array(z.unknown()), speakers: z.array(z.unknown()) });

export async function loadIndex(indexDir: string, build?: string): Promise<LoadedIndex> {
  const name = build ?? (await currentBuild(indexDir));
  if (!name) throw new IndexLoadError(indexDir, 'no index has been built (no CURRENT file)');
  const dir = join(indexDir, name);
  // Sizes first: an absurd file is refused before it is read into memory.
  for (const [file, limit] of Object.entries(MAX_INDEX_FILE_BYTES)) {
    const size = (await stat(join(dir, file)).catch(() => null))?.size ?? 0;
    if (size > limit) throw new IndexLoadError(indexDir, `${name}/${file} is ${mb(size)}, more than the ${mb(limit)} this reader accepts`);
  }
  let manifest: Manifest;
  try {
    manifest = manifestSchema.parse(JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')));
  } catch (err) {
    throw new IndexLoadError(indexDir, `manifest of ${name} is missing or invalid (${(err as Error).message.split('\n')[0]})`);
  }
  if (manifest.formatVersion !== FORMAT_VERSION) {
    throw new IndexLoadError(indexDir, `it has format version ${manifest.formatVersion}, this Verbatim reads version ${FORMAT_VERSION}`);
  }
  const expected = (file: string) => {
    const sum = manifest.files[file];
    if (!sum) throw new IndexLoadError(indexDir, `manifest of ${name} lists no ${file}`);
    return sum;
  };
  const corrupted = (file: string) => new IndexLoadError(indexDir, `${name}/${file} is truncated or corrupted (checksum mismatch)`);
  const data: Record<string, Buffer> = {};
  for (const file of DATA_FILES) {
    const sum = expected(file);
    let bytes: Buffer;
    try {
      bytes = await readFile(join(dir, file));
    } catch {
      throw new IndexLoadError(indexDir, `${name}/${file} is missing`);
    }
    if (createHash('sha256').update(bytes).digest('hex') !== sum) throw corrupted(file);
    data[file] = bytes;
  }
  const passagesSum = expected(PASSAGES);
  let passages: { records: unknown[]; sha256: string };
  try {
    passages = await readJsonLines(join(dir, PASSAGES));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new IndexLoadError(indexDir, `${name}/${PASSAGES} is missing`);
    // A line that is not JSON: damage, when the checksum says so.
    throw new IndexLoadError(indexDir, `${name}/${PASSAGES} is truncated or corrupted (${(err as Error).message.split('\n')[0]})`);
  }
  if (passages.sha256 !== passagesSum) throw corrupted(PASSAGES);
  const redirectsSum = expected(REDIRECTS_FILE);
  let redirects: { records: unknown[]; sha256: string };
  try {
    redirects = await readJsonLines(join(dir, REDIRECTS_FILE));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new IndexLoadError(indexDir, `${name}/${REDIRECTS_FILE} is missing`);
    throw new IndexLoadError(indexDir, `${name}/${REDIRECTS_FILE} is truncated or corrupted (${(err as Error).message.split('\n')[0]})`);
  }
  if (redirects.sha256 !== redirectsSum) throw corrupted(REDIRECTS_FILE);
  try {
    const raw = corpusShape.parse({
      documents: JSON.parse(data['documents.json']!.toString('utf8')),
      speakers: JSON.parse(data['speakers.json']!.toString('utf8')),
      passages: passages.records,
    });
    const corpus = raw as Corpus; // shape checked above; contents are checksummed output of saveIndex
    const mini = decodeMiniSearch(data['minisearch.bin']!);
    if (corpus.passages.length !== manifest.passages) throw new Error(`manifest says ${manifest.passages} passages, data holds ${corpus.passages.length}`);
    const moved = redirects.records as PassageRedirect[]; // checksummed output of saveIndex, as the corpus
    return { manifest, index: createSearchIndex(corpus, mini, indexVersion(manifest), moved), build: name };
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
