// The only code that reads corpus/: lists source files, decodes them, pairs each with its
// sidecar, and reports every file it cannot use by name with the reason.
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parseSidecar, type Sidecar } from './sidecar.ts';

export type SourceFormat = 'txt' | 'md' | 'jsonl' | 'subtitles' | 'html';

export interface SourceFile {
  /** Path relative to the corpus folder, with forward slashes. */
  file: string;
  format: SourceFormat;
  text: string;
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
const NOT_DOCUMENTS = /^(?:readme|license|licence|copying|notice|changelog|source|sources|authors)(?:\.[a-z]+)?$/i;
const SIDECAR = '.meta.json';

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => (e.isFile() || e.isSymbolicLink()) && !e.name.startsWith('.'))
    .map((e) => join(e.parentPath, e.name))
    .filter((p) => !relative(dir, p).split(sep).some((part) => part.startsWith('.')))
    .sort();
}

/** Decodes bytes as UTF-8 text; throws with the reason a file is not text. */
export function decodeText(bytes: Buffer): string {
  if (bytes.length === 0) throw new Error('empty file');
  if (bytes.includes(0)) throw new Error('binary file (contains NUL bytes), not text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error('not valid UTF-8 text');
  }
  if (!text.replace(/^\uFEFF/, '').trim()) throw new Error('empty file (only white space)');
  return text;
}

/** Reads every source file under `dir`. Throws only when `dir` itself cannot be read. */
export async function readCorpus(dir: string, onFile?: (file: string) => void): Promise<CorpusFiles> {
  let paths: string[];
  try {
    paths = await listFiles(dir);
  } catch (err) {
    throw new Error(`cannot read corpus folder ${dir}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const hash = createHash('sha256');
  const files: SourceFile[] = [];
  const skipped: SkippedFile[] = [];
  const rel = (p: string) => relative(dir, p).split(sep).join('/');
  const present = new Set(paths);

  for (const path of paths) {
    const file = rel(path);
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch (err) {
      skipped.push({ file, reason: `cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` });
      continue;
    }
    hash.update(file).update('\0').update(createHash('sha256').update(bytes).digest()).update('\0');
    if (file.endsWith(SIDECAR)) {
      if (!present.has(path.slice(0, -SIDECAR.length))) skipped.push({ file, reason: `sidecar without its file ${file.slice(0, -SIDECAR.length)}` });
      continue;
    }
    onFile?.(file);
    const ext = file.slice(file.lastIndexOf('.')).toLowerCase();
    const format = FORMATS[ext];
    const name = file.slice(file.lastIndexOf('/') + 1);
    if (!format) {
      skipped.push({ file, reason: `unsupported file type ${ext.startsWith('.') && !ext.includes('/') ? ext : '(no extension)'} (expected .txt, .md, .html, .jsonl, .vtt or .srt)` });
      continue;
    }
    if (NOT_DOCUMENTS.test(name)) {
      skipped.push({ file, reason: 'describes the collection (README/LICENSE/SOURCE), not a document' });
      continue;
    }
    let text: string;
    try {
      text = decodeText(bytes);
    } catch (err) {
      skipped.push({ file, reason: (err as Error).message });
      continue;
    }
    let sidecar: Sidecar | null = null;
    if (present.has(path + SIDECAR)) {
      try {
        sidecar = parseSidecar(await readFile(path + SIDECAR, 'utf8'));
      } catch (err) {
        skipped.push({ file: file + SIDECAR, reason: `invalid sidecar: ${(err as Error).message}; ${file} is indexed without it` });
      }
    }
    files.push({ file, format, text, sidecar });
  }
  return { files, skipped, hash: hash.digest('hex') };
}
