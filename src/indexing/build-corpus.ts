// corpus/ folder -> attributed corpus: read, parse each file by its format, assemble.
import { readCorpus, type SkippedFile, type SourceFile } from '../corpus/read-corpus.ts';
import { parseHtml } from '../parse/parse-html.ts';
import { parseJsonl } from '../parse/parse-jsonl.ts';
import { parseMarkdown } from '../parse/parse-markdown.ts';
import { parseSubtitles } from '../parse/parse-subtitles.ts';
import { parseText } from '../parse/parse-text.ts';
import type { ParsedDocument } from '../parse/passage.ts';
import { assembleCorpus, documentKey, type DocumentInput } from './assemble-corpus.ts';
import type { Corpus } from './records.ts';

export interface BuiltCorpus {
  corpus: Corpus;
  corpusHash: string;
  skipped: SkippedFile[];
  /** Problems inside files that were indexed anyway (bad JSONL lines, invalid dates). */
  warnings: string[];
}

export interface BuildProgress {
  /** Called once the files are listed, then after each file is parsed. */
  onStart?: (files: number) => void;
  onFile?: (file: string) => void;
}

/** Thrown when the corpus has no document to index: the message says why. */
export class EmptyCorpusError extends Error {
  constructor(dir: string, skipped: SkippedFile[]) {
    const reasons = skipped.length ? `; skipped: ${skipped.map((s) => `${s.file} (${s.reason})`).join(', ')}` : '';
    super(`no readable document in corpus folder ${dir} (expected .txt, .md, .html, .jsonl, .vtt or .srt files)${reasons}`);
    this.name = 'EmptyCorpusError';
  }
}

function applySidecar(doc: ParsedDocument, source: SourceFile): ParsedDocument {
  const s = source.sidecar;
  if (!s) return doc;
  return { ...doc, title: s.title ?? doc.title, date: s.date ?? doc.date, source: s.source ?? doc.source, url: s.url ?? doc.url };
}

/** Parses one source file into its documents (a JSONL file may hold several). */
export function parseSource(source: SourceFile): { inputs: DocumentInput[]; warnings: string[] } {
  const aliases = source.sidecar?.aliases;
  if (source.format === 'jsonl') {
    const { documents, errors } = parseJsonl(source.text, source.file);
    return {
      inputs: documents.map((doc) => {
        const d = applySidecar(doc, source);
        return { file: source.file, key: documentKey(source.file, d.url, doc.key), doc: d };
      }),
      warnings: errors,
    };
  }
  const parse = { md: parseMarkdown, subtitles: parseSubtitles, html: parseHtml, txt: parseText }[source.format];
  const parsed = parse(source.text, { aliases });
  const doc = applySidecar(parsed, source);
  return { inputs: [{ file: source.file, key: documentKey(source.file, doc.url), doc }], warnings: doc.warnings.map((w) => `${source.file}: ${w}`) };
}

export async function buildCorpus(dir: string, progress: BuildProgress = {}): Promise<BuiltCorpus> {
  const { files, skipped, hash } = await readCorpus(dir);
  progress.onStart?.(files.length);
  const inputs: DocumentInput[] = [];
  const warnings: string[] = [];
  for (const source of files) {
    const parsed = parseSource(source);
    if (parsed.inputs.every((i) => i.doc.passages.length === 0)) skipped.push({ file: source.file, reason: 'no passages: the file holds no text once page furniture is removed' });
    else inputs.push(...parsed.inputs.filter((i) => i.doc.passages.length > 0));
    warnings.push(...parsed.warnings);
    progress.onFile?.(source.file);
  }
  if (inputs.length === 0) throw new EmptyCorpusError(dir, skipped);
  return { corpus: assembleCorpus(inputs), corpusHash: hash, skipped, warnings };
}
