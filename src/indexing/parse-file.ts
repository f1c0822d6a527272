// One corpus file, start to finish for a parse job: read and hash it, parse it by its format,
// and count the terms of its passages. The same function runs in the main thread and in parse
// workers (parse-workers.ts), so a build is the same either way.
import { readSourceFile, type SkippedFile, type SourceFile } from '../corpus/read-corpus.ts';
import { parseHtml } from '../parse/parse-html.ts';
import { parseJsonl } from '../parse/parse-jsonl.ts';
import { parseMarkdown } from '../parse/parse-markdown.ts';
import { parseSubtitles } from '../parse/parse-subtitles.ts';
import { parseText } from '../parse/parse-text.ts';
import type { ParsedDocument } from '../parse/passage.ts';
import { MAX_PASSAGE_CHARS, splitLongPassage } from '../parse/split-long-passage.ts';
import { documentInput, documentKey, type DocumentInput } from './assemble-corpus.ts';
import type { TermCounter, TermCounts } from './count-terms.ts';

export interface FileJob {
  dir: string;
  path: string;
  /** The files beside it that exist (its sidecar, or the file a sidecar describes). */
  neighbours: string[];
}

export interface ParsedFile {
  file: string;
  digest: Uint8Array | null;
  skipped: SkippedFile[];
  /** The file's documents that have passages, in order. */
  inputs: DocumentInput[];
  warnings: string[];
  /** Term counts of the passages of `inputs`, in order. */
  counts: TermCounts;
}

function applySidecar(doc: ParsedDocument, source: SourceFile): ParsedDocument {
  const bounded = boundPassages(doc);
  const s = source.sidecar;
  if (!s) return bounded;
  return { ...bounded, title: s.title ?? doc.title, date: s.date ?? doc.date, source: s.source ?? doc.source, url: s.url ?? doc.url };
}

/** The document with every passage over MAX_PASSAGE_CHARS cut into pieces, each with the passage's attribution. */
function boundPassages(doc: ParsedDocument): ParsedDocument {
  if (doc.passages.every((p) => p.text.length <= MAX_PASSAGE_CHARS)) return doc;
  return { ...doc, passages: doc.passages.flatMap((p) => (p.text.length <= MAX_PASSAGE_CHARS ? [p] : splitLongPassage(p.text).map((text) => ({ ...p, text })))) };
}

/** Parses one source file into its documents (a JSONL file may hold several). */
export function parseSource(source: SourceFile): { inputs: DocumentInput[]; warnings: string[] } {
  const aliases = source.sidecar?.aliases;
  if (source.format === 'jsonl') {
    const { documents, errors } = parseJsonl(source.text, source.file);
    return {
      inputs: documents.map((doc) => {
        const d = applySidecar(doc, source);
        return documentInput(source.file, documentKey(source.file, d.url, doc.key), d);
      }),
      warnings: errors,
    };
  }
  const parse = { md: parseMarkdown, subtitles: parseSubtitles, html: parseHtml, txt: parseText }[source.format];
  const parsed = parse(source.text, { aliases });
  const doc = applySidecar(parsed, source);
  return { inputs: [documentInput(source.file, documentKey(source.file, doc.url), doc)], warnings: doc.warnings.map((w) => `${source.file}: ${w}`) };
}

export async function parseFile(job: FileJob, counter: TermCounter): Promise<ParsedFile> {
  const read = await readSourceFile(job.dir, job.path, new Set(job.neighbours));
  const result: ParsedFile = { file: read.file, digest: read.digest, skipped: read.skipped, inputs: [], warnings: [], counts: counter.take() };
  if (!read.source) return result;
  try {
    const parsed = parseSource(read.source);
    result.warnings = read.source.encoding === 'utf-8' ? parsed.warnings : [`${read.file}: decoded from ${read.source.encoding}`, ...parsed.warnings];
    result.inputs = parsed.inputs.filter((i) => i.doc.passages.length > 0);
  } catch (err) {
    // A parser that fails on a file loses that file, reported by name, never the build.
    result.skipped.push({ file: read.file, reason: `could not be parsed: ${(err as Error).message}` });
    return result;
  }
  if (result.inputs.length === 0) result.skipped.push({ file: read.file, reason: 'no passages: the file holds no text once page furniture is removed' });
  for (const input of result.inputs) for (const p of input.doc.passages) counter.add(p.text);
  result.counts = counter.take();
  return result;
}
