// corpus/ folder -> attributed corpus and its postings: read and parse each file by its format
// (on worker threads for a large corpus), count its terms, assemble.
import { createHash } from 'node:crypto';
import { printableName } from '../corpus/printable-name.ts';
import { hashFile, isSidecar, listCorpus, neighbours, type SkippedFile } from '../corpus/read-corpus.ts';
import { assembleCorpus, type DocumentInput } from './assemble-corpus.ts';
import { TermCounter } from './count-terms.ts';
import { CounterTerms, PostingsBuilder, type PackedPostings } from './packed-index.ts';
import { parseFile, type FileJob, type ParsedFile } from './parse-file.ts';
import { defaultParseWorkers, parseInWorkers } from './parse-workers.ts';
import type { Corpus } from './records.ts';

export interface BuiltCorpus {
  corpus: Corpus;
  corpusHash: string;
  skipped: SkippedFile[];
  /** Problems inside files that were indexed anyway (bad JSONL lines, invalid dates). */
  warnings: string[];
  /** The passages' postings, counted as the files were parsed (passage n = corpus.passages[n]). */
  postings: Omit<PackedPostings, 'tree'>;
}

export interface BuildProgress {
  /** Called once the files are listed, then after each file is parsed. */
  onStart?: (files: number) => void;
  onFile?: (file: string) => void;
}

/** Thrown when the corpus has no document to index: the message says why. */
export class EmptyCorpusError extends Error {
  constructor(dir: string, skipped: SkippedFile[]) {
    const reasons = skipped.length ? `; skipped: ${skipped.map((s) => `${printableName(s.file)} (${printableName(s.reason)})`).join(', ')}` : '';
    super(`no readable document in corpus folder ${dir} (expected .txt, .md, .html, .jsonl, .vtt or .srt files)${reasons}`);
    this.name = 'EmptyCorpusError';
  }
}

export interface BuildOptions {
  /** Parse workers: 0 parses in this thread; unset, one per core for a corpus of many files. */
  parseWorkers?: number;
}

export async function buildCorpus(dir: string, progress: BuildProgress = {}, options: BuildOptions = {}): Promise<BuiltCorpus> {
  const { paths, present, skipped } = await listCorpus(dir);
  const jobs: FileJob[] = paths.map((path) => ({ dir, path, neighbours: neighbours(path, present) }));
  progress.onStart?.(paths.filter((p) => !isSidecar(p)).length);
  const hash = createHash('sha256');
  const inputs: DocumentInput[] = [];
  const warnings: string[] = [];
  const postings = new PostingsBuilder();
  const accept = (parsed: ParsedFile, from: CounterTerms) => {
    hashFile(hash, parsed);
    skipped.push(...parsed.skipped);
    inputs.push(...parsed.inputs);
    warnings.push(...parsed.warnings);
    postings.add(parsed.counts, from);
    if (!isSidecar(parsed.file)) progress.onFile?.(parsed.file);
  };

  const workers = options.parseWorkers ?? defaultParseWorkers(jobs.length);
  if (workers > 0) {
    const terms = Array.from({ length: workers }, () => new CounterTerms());
    await parseInWorkers(jobs, workers, (parsed, w) => accept(parsed, terms[w]!));
  } else {
    const counter = new TermCounter();
    const terms = new CounterTerms();
    for (const job of jobs) accept(await parseFile(job, counter), terms);
  }
  if (inputs.length === 0) throw new EmptyCorpusError(dir, skipped);
  const corpus = assembleCorpus(inputs);
  return { corpus, corpusHash: hash.digest('hex'), skipped, warnings, postings: postings.done() };
}
