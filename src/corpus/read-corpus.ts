// The only code that reads corpus/: lists source files, decodes them, pairs each with its
// sidecar, and reports every file it cannot use by name with the reason.
import { createHash, type Hash } from 'node:crypto';
import { lstat, readFile, readdir, realpath, stat } from 'node:fs/promises';
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

/**
 * The files under a corpus folder, walked one folder at a time so that a folder that cannot be
 * read is reported and skipped, not the end of the build. The corpus is a boundary: symbolic
 * links are never followed out of it (git checkouts and tarballs carry links to anywhere, and
 * whatever is indexed is published); a link to a file inside it is followed once, unless that
 * file is indexed under its own name anyway; links to folders are not followed, so no walk
 * loops. Every refused link is reported by name. Names starting with "." are left out.
 */
async function listFiles(dir: string): Promise<{ paths: string[]; skipped: SkippedFile[] }> {
  const root = await realpath(dir);
  const name = (p: string) => relative(dir, p).split(sep).join('/');
  const paths: string[] = [];
  const links: string[] = [];
  const skipped: SkippedFile[] = [];
  const visit = async (folder: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (err) {
      if (folder === dir) throw err;
      skipped.push({ file: `${name(folder)}/`, reason: `folder cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); nothing in it is indexed` });
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const path = join(folder, e.name);
      if (e.isDirectory()) await visit(path);
      else if (e.isFile()) paths.push(path);
      else if (e.isSymbolicLink()) links.push(path);
      // A FIFO or a device would block or never end a read.
      else skipped.push({ file: name(path), reason: 'not a regular file (a device, socket or pipe)' });
    }
  };
  await visit(dir);
  // The walk follows no link, so the files found so far are where they are listed.
  const indexed = new Map(paths.map((p) => [join(root, relative(dir, p)), null]));
  for (const link of links.sort()) {
    const refused = await linkRefusal(link, name(link), root, indexed);
    if (refused) skipped.push({ file: name(link), reason: refused });
    else paths.push(link);
  }
  return { paths: paths.sort(), skipped };
}

/** Whether `path` is inside the folder `root` (both resolved). */
const isInside = (root: string, path: string) => path.startsWith(root + sep);

/**
 * Why the link `link` is not followed, or null when it is: its target is a file inside `root`
 * that nothing else indexes (the target is then added to `indexed` under the link's name, so it
 * is read once). `indexed` maps each real path indexed to the link it is read through, or null.
 */
async function linkRefusal(link: string, linkName: string, root: string, indexed: Map<string, string | null>): Promise<string | null> {
  let target: string;
  try {
    target = await realpath(link);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return 'symbolic link loop, not followed';
    if (code === 'ENOENT') return 'broken symbolic link (its target does not exist)';
    return `symbolic link cannot be resolved (${code ?? (err as Error).message})`;
  }
  if (!isInside(root, target)) return 'symbolic link to outside the corpus folder, not followed';
  const info = await stat(target).catch(() => null);
  if (info?.isDirectory()) return 'symbolic link to a folder, not followed (the folders inside the corpus are read under their own names)';
  if (!info?.isFile()) return 'symbolic link to something that is not a regular file, not followed';
  const own = relative(root, target).split(sep).join('/');
  if (indexed.has(target)) {
    const through = indexed.get(target);
    return `symbolic link to ${own}, which is indexed ${through ? `as ${through}` : 'under its own name'}`;
  }
  indexed.set(target, linkName);
  return null;
}

/**
 * Reads a listed file. A symbolic link is resolved again here and read at its target, and only
 * inside `dir`: a link changed after the listing still cannot reach outside the corpus.
 */
async function readInside(dir: string, path: string): Promise<Buffer> {
  if (!(await lstat(path)).isSymbolicLink()) return readFile(path);
  const [root, target] = await Promise.all([realpath(dir), realpath(path)]);
  if (!isInside(root, target)) throw Object.assign(new Error('symbolic link to outside the corpus folder'), { code: 'outside the corpus folder' });
  return readFile(target);
}

/** The files under a corpus folder, sorted, and the set of them (to pair files with sidecars). */
export interface CorpusListing {
  paths: string[];
  present: ReadonlySet<string>;
  /** Folders that cannot be read, links not followed, things that are not files: by name, with why. */
  skipped: SkippedFile[];
}

export async function listCorpus(dir: string): Promise<CorpusListing> {
  try {
    const { paths, skipped } = await listFiles(dir);
    return { paths, present: new Set(paths), skipped };
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
    bytes = await readInside(dir, path);
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
      sidecar = parseSidecar((await readInside(dir, path + SIDECAR)).toString('utf8'));
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
  const { paths, present, skipped } = await listCorpus(dir);
  const hash = createHash('sha256');
  const files: SourceFile[] = [];
  for (const path of paths) {
    const read = await readSourceFile(dir, path, present);
    hashFile(hash, read);
    if (read.source) files.push(read.source);
    skipped.push(...read.skipped);
  }
  return { files, skipped, hash: hash.digest('hex') };
}
