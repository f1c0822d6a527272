// Writes an index atomically: the new build goes into a fresh folder, and only when every
// file is on disk does the CURRENT pointer (a one-line file, replaced by rename) move to it.
// A crash at any moment leaves the previous index in place and loadable.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type MiniSearch from 'minisearch';
import type { IndexedFields } from './index-options.ts';
import { FORMAT_VERSION } from './index-options.ts';
import { encodeMiniSearch } from './minisearch-codec.ts';
import type { Manifest } from './manifest.ts';
import type { Corpus } from './records.ts';
import type { PassageRedirect } from './redirects.ts';

/** The file of a build's passage redirects, one JSON object a line. */
export const REDIRECTS_FILE = 'redirects.jsonl';

export const POINTER = 'CURRENT';
/** Builds kept besides the current one, so a server can fall back to the previous good index. */
const KEEP_PREVIOUS = 1;

async function writeDurable(path: string, data: string | Buffer): Promise<void> {
  const handle = await open(path, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Saves a build. `redirects` are the build's passage redirects (see redirects.ts), computed
 * with the same `builtAt` so the date a passage changed is the build's own date.
 */
export async function saveIndex(
  indexDir: string,
  corpus: Corpus,
  mini: MiniSearch<IndexedFields>,
  corpusHash: string,
  redirects: PassageRedirect[] = [],
  builtAt: string = new Date().toISOString(),
): Promise<Manifest> {
  await mkdir(indexDir, { recursive: true });
  const name = `build-${builtAt.replace(/[-:.Z]/g, '').replace('T', '-')}-${randomBytes(3).toString('hex')}`;
  const dir = join(indexDir, name);
  await mkdir(dir);
  // Passages one per line: a million of them is more text than one JavaScript string holds.
  // Each file is encoded and hashed here while the ones before it are written and synced.
  const encoders: Record<string, () => Buffer> = {
    'minisearch.bin': () => encodeMiniSearch(mini),
    'passages.jsonl': () => jsonLines(corpus.passages),
    'documents.json': () => Buffer.from(JSON.stringify(corpus.documents)),
    'speakers.json': () => Buffer.from(JSON.stringify(corpus.speakers)),
    [REDIRECTS_FILE]: () => jsonLines(redirects),
  };
  const files: Record<string, string> = {};
  const writes: Promise<void>[] = [];
  for (const [file, encode] of Object.entries(encoders)) {
    const data = encode();
    writes.push(writeDurable(join(dir, file), data));
    files[file] = createHash('sha256').update(data).digest('hex');
  }
  await Promise.all(writes);
  const manifest: Manifest = {
    formatVersion: FORMAT_VERSION,
    builtAt,
    corpusHash,
    documents: corpus.documents.length,
    passages: corpus.passages.length,
    speakers: corpus.speakers.length,
    files,
  };
  await writeDurable(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  const tmp = join(indexDir, `${POINTER}.${process.pid}.tmp`);
  await writeDurable(tmp, name + '\n');
  await rename(tmp, join(indexDir, POINTER));
  await pruneBuilds(indexDir, name);
  return manifest;
}

/** Removes old builds and leftovers of interrupted ones, keeping the current and the previous. */
async function pruneBuilds(indexDir: string, current: string): Promise<void> {
  const entries = (await readdir(indexDir)).filter((e) => e.startsWith('build-') && e !== current).sort();
  for (const old of entries.slice(0, Math.max(0, entries.length - KEEP_PREVIOUS))) await rm(join(indexDir, old), { recursive: true, force: true });
  for (const e of await readdir(indexDir)) if (e.startsWith(`${POINTER}.`) && e.endsWith('.tmp')) await rm(join(indexDir, e), { force: true });
}

/** Records as JSON lines, joined in chunks so no single string grows past what V8 allows. */
function jsonLines(records: unknown[]): Buffer {
  const chunks: Buffer[] = [];
  for (let i = 0; i < records.length; i += 10_000) {
    chunks.push(Buffer.from(records.slice(i, i + 10_000).map((r) => JSON.stringify(r) + '\n').join('')));
  }
  return Buffer.concat(chunks);
}

/** The index folder cannot be written: found before the corpus is parsed, not after. */
export class IndexFolderError extends Error {
  constructor(indexDir: string, code: string) {
    super(`index folder ${indexDir} is not writable (${code}): fix its permissions or pass another with --index`);
    this.name = 'IndexFolderError';
  }
}

/**
 * Checks that a build could be saved into `indexDir` (creating it when missing) by writing and
 * removing a probe file: a read-only folder fails here, in a moment, not after a whole build.
 */
export async function checkIndexWritable(indexDir: string): Promise<void> {
  const probe = join(indexDir, `.write-check-${randomBytes(4).toString('hex')}`);
  try {
    await mkdir(indexDir, { recursive: true });
    await writeFile(probe, '');
    await rm(probe);
  } catch (err) {
    throw new IndexFolderError(indexDir, (err as NodeJS.ErrnoException).code ?? (err as Error).message);
  }
}
