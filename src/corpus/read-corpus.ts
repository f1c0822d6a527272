// The only code that reads corpus/: lists source files, decodes them, pairs each with its
// sidecar, and reports every file it cannot use by name with the reason.
import { createHash, type Hash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { decodeText } from './decode-text.ts';
import { parseSidecar, type Sidecar } from './sidecar.ts';
import { alternation, NOT_DOCUMENT_STEMS } from '../lexicon/index.ts';

export type SourceFormat = 'txt' | 'md' | 'jsonl' | 'subtitles' | 'html';

export interface SourceFile {
  /** Path relative to the corpus folder, with forward slashes. */
  file: string;
  format: SourceFormat;
  text: string;
  /** "utf-8", or the encoding the file was decoded from (named in the build report). */
  encoding: string;
  sidecar: Sidecar | null;
}

export interface SkippedFile {
  file: string;
  reason: string;
}

export interface CorpusFiles {
  files: SourceFile[];
  skipped: SkippedFile[];
  /** Hash of every file's path and bytes: the index is rebuilt when it changes. */
  hash: string;
}

const FORMATS: Record<string, SourceFormat> = { '.txt': 'txt', '.text': 'txt', '.md': 'md', '.markdown': 'md', '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.vtt': 'subtitles', '.srt': 'subtitles', '.html': 'html', '.htm': 'html' };
/** Files beside the documents that describe the collection rather than being part of it. */
const NOT_DOCUMENTS = new RegExp(`^(?:${alternation(NOT_DOCUMENT_STEMS)})(?:\\.[a-z]+)?$`, 'i');
const SIDECAR = '.meta.json';

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => (e.isFile() || e.isSymbolicLink()) && !e.name.startsWith('.'))
    .map((e) => join(e.parentPath, e.name))
    .filter((p) => !relative(dir, p).split(sep).some((part) => part.startsWith('.')))
    .sort();
}

/** The files under a corpus folder, sorted, and the set of them (to pair files with sidecars). */
export interface CorpusListing {
  paths: string[];
  present: ReadonlySet<string>;
}

export async function listCorpus(dir: string): Promise<CorpusListing> {
  try {
    const paths = await listFiles(dir);
    return { paths, present: new Set(paths) };
  } catch (err) {
    throw new Error(`cannot read corpus folder ${dir}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}

export const isSidecar = (path: string) => path.endsWith(SIDECAR);

/** The files beside `path` that reading it looks for: its sidecar, or the file a sidecar describes. */
export function neighbours(path: string, present: ReadonlySet<string>): string[] {
  return [path + SIDECAR, path.slice(0, -SIDECAR.length)].filter((p) => present.has(p));
}

/** One file of the corpus read: the digest of its bytes (null when unreadable), and the document or why it was skipped. */
export interface ReadFile {
  file: string;
  digest: Uint8Array | null;
  source: SourceFile | null;
  skipped: SkippedFile[];
}

/** Reads one file of the listing; `present` needs to hold only its `neighbours`. */
export async function readSourceFile(dir: string, path: string, present: ReadonlySet<string>): Promise<ReadFile> {
  const file = relative(dir, path).split(sep).join('/');
  let digest: Uint8Array | null = null;
  const skip = (reason: string): ReadFile => ({ file, digest, source: null, skipped: [{ file, reason }] });
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    return skip(`cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  digest = createHash('sha256').update(bytes).digest();
  if (isSidecar(file)) {
    return present.has(path.slice(0, -SIDECAR.length)) ? { file, digest, source: null, skipped: [] } : skip(`sidecar without its file ${file.slice(0, -SIDECAR.length)}`);
  }
  const ext = file.slice(file.lastIndexOf('.')).toLowerCase();
  const format = FORMATS[ext];
  const name = file.slice(file.lastIndexOf('/') + 1);
  if (!format) return skip(`unsupported file type ${ext.startsWith('.') && !ext.includes('/') ? ext : '(no extension)'} (expected .txt, .md, .html, .jsonl, .vtt or .srt)`);
  if (NOT_DOCUMENTS.test(name)) return skip('describes the collection (README/LICENSE/SOURCE), not a document');
  let text: string;
  let encoding: string;
  try {
    ({ text, encoding } = decodeText(bytes));
  } catch (err) {
    return skip((err as Error).message);
  }
  const skipped: SkippedFile[] = [];
  let sidecar: Sidecar | null = null;
  if (present.has(path + SIDECAR)) {
    try {
      sidecar = parseSidecar(await readFile(path + SIDECAR, 'utf8'));
    } catch (err) {
      skipped.push({ file: file + SIDECAR, reason: `invalid sidecar: ${(err as Error).message}; ${file} is indexed without it` });
    }
  }
  return { file, digest, source: { file, format, text, encoding, sidecar }, skipped };
}

/** Adds one read file to the corpus hash (unreadable files are left out). */
export function hashFile(hash: Hash, read: Pick<ReadFile, 'file' | 'digest'>): void {
  if (read.digest) hash.update(read.file).update('\0').update(read.digest).update('\0');
}

/** Reads every source file under `dir`. Throws only when `dir` itself cannot be read. */
export async function readCorpus(dir: string): Promise<CorpusFiles> {
  const { paths, present } = await listCorpus(dir);
  const hash = createHash('sha256');
  const files: SourceFile[] = [];
  const skipped: SkippedFile[] = [];
  for (const path of paths) {
    const read = await readSourceFile(dir, path, present);
    hashFile(hash, read);
    if (read.source) files.push(read.source);
    skipped.push(...read.skipped);
  }
  return { files, skipped, hash: hash.digest('hex') };
}
