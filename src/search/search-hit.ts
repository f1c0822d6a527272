// One result as the API shows it: the passage, who said it, where, and what matched.
import type { SearchIndex } from '../indexing/search-index.ts';
import type { ClauseHit } from './clause-matcher.ts';
import { fuzzyWords, highlightRanges } from './highlight-ranges.ts';
import type { PassageWords } from './passage-words.ts';
import type { SearchHit } from './response.ts';
import { snippets } from './snippets.ts';

/** The page path of a passage (documents are /d/<id>, speakers /s/<id>). */
export const permalink = (passageId: string) => `/p/${encodeURIComponent(passageId)}`;

export function speakerRef(index: SearchIndex, speakerId: string | null | undefined): { id: string; name: string } | null {
  const s = speakerId ? index.speakerById.get(speakerId) : undefined;
  return s ? { id: s.id, name: s.name } : null;
}

/** Builds the hit for passage `n` from how it matched each clause. */
export function searchHit(index: SearchIndex, n: number, score: number, hits: readonly ClauseHit[], words: PassageWords): SearchHit {
  const p = index.corpus.passages[n]!;
  const doc = index.documentById.get(p.documentId);
  const tokens = words(n);
  const highlights = highlightRanges(tokens, hits);
  const question = p.question ? index.passageById.get(p.question) : undefined;
  const fuzzy = fuzzyWords(p.text, tokens, hits);
  return {
    id: p.id,
    text: p.text,
    kind: p.kind,
    label: p.label,
    speaker: speakerRef(index, p.speakerId),
    role: p.role,
    date: p.date,
    attribution: p.attribution,
    document: {
      id: p.documentId,
      title: doc?.title ?? null,
      displayTitle: doc?.displayTitle ?? p.documentId,
      source: doc?.source ?? null,
      url: doc?.url ?? null,
      date: doc?.date ?? null,
    },
    permalink: permalink(p.id),
    score: Math.round(score * 1000) / 1000,
    highlights,
    snippets: snippets(p.text, tokens, highlights),
    ...(question ? { question: { id: question.id, speaker: speakerRef(index, question.speakerId), text: question.text } } : {}),
    ...(fuzzy.length ? { fuzzy } : {}),
  };
}
