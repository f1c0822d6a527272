// The passages the reference engines index: Verbatim's parse of the same corpus files (not
// timed), reduced to text, speaker name and date, so every engine searches the same passages.
import { buildCorpus } from '../../src/indexing/build-corpus.ts';

export interface ReferencePassages {
  text: string[];
  speaker: (string | null)[];
  date: string[];
}

export async function referencePassages(corpusDir: string): Promise<ReferencePassages> {
  const { corpus } = await buildCorpus(corpusDir);
  const names = new Map(corpus.speakers.map((s) => [s.id, s.name]));
  return {
    text: corpus.passages.map((p) => p.text),
    speaker: corpus.passages.map((p) => (p.speakerId ? names.get(p.speakerId) ?? null : null)),
    date: corpus.passages.map((p) => p.date ?? ''),
  };
}
