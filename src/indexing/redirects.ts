// Durable passage links: when a re-index no longer has a passage id, the new build keeps a
// redirect from it to the passage that replaced it (same document, most similar words), or to
// its document, or records that the document was removed. A build carries forward every
// redirect of the build before it, re-pointed when its target disappeared in turn.
import { z } from 'zod';
import { wordTokens } from '../text/word-tokens.ts';
import type { Corpus } from './records.ts';

export const passageRedirectSchema = z.object({
  /** The passage id that no longer exists. */
  from: z.string(),
  /** The current passage that replaced it, or null when none is similar enough (or its document is gone). */
  to: z.string().nullable(),
  /** The document the old passage belonged to (its id is stable across builds). */
  documentId: z.string(),
  /** The document's title as the old build showed it, for a removed document's notice. */
  documentTitle: z.string(),
  /** True when the document itself is no longer in the index. */
  documentRemoved: z.boolean(),
  /** The passage's text when it was last in the index. */
  oldText: z.string(),
  /** When the passage disappeared: the build time of the first build without it. */
  changedAt: z.string(),
});

export type PassageRedirect = z.infer<typeof passageRedirectSchema>;

/** A passage of the previous build that the new one lacks. */
export interface GonePassage {
  id: string;
  documentId: string;
  text: string;
}

/**
 * Dice coefficient of two passages' word sets below which a current passage is not taken as
 * the replacement: one edited word keeps it near 1, a passage split in two or merged with its
 * neighbour stays near 2/3, and a rewritten answer falls well under a half.
 */
export const MIN_SIMILARITY = 0.5;

function wordSet(text: string): Set<string> {
  return new Set(wordTokens(text).map((t) => t.term));
}

/** Dice coefficient of two word sets: 2|A∩B| / (|A| + |B|). */
export function wordOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return (2 * shared) / (a.size + b.size);
}

export interface RedirectInputs {
  /** The new build's corpus. */
  corpus: Corpus;
  /** Passages of the previous build whose ids the new build lacks. */
  gone: GonePassage[];
  /** Document titles of the previous build, by id (for removed documents). */
  previousTitles: ReadonlyMap<string, string>;
  /** The previous build's own redirects. */
  previous: PassageRedirect[];
  /** The new build's time: when the gone passages changed. */
  builtAt: string;
}

/** The new build's redirects: one for each gone passage, and each previous one carried forward. */
export function computeRedirects({ corpus, gone, previousTitles, previous, builtAt }: RedirectInputs): PassageRedirect[] {
  const current = new Set(corpus.passages.map((p) => p.id));
  const documents = new Map(corpus.documents.map((d) => [d.id, d]));
  const wordsOf = new Map<string, Set<string>>();
  const words = (id: string, text: string) => {
    let set = wordsOf.get(id);
    if (!set) wordsOf.set(id, (set = wordSet(text)));
    return set;
  };
  const textOf = new Map(corpus.passages.map((p) => [p.id, p.text]));

  const fresh = new Map<string, PassageRedirect>();
  for (const old of gone) {
    const doc = documents.get(old.documentId);
    let to: string | null = null;
    if (doc) {
      const oldWords = wordSet(old.text);
      let best = MIN_SIMILARITY;
      for (const id of doc.passageIds) {
        const score = wordOverlap(oldWords, words(id, textOf.get(id)!));
        // Ties go to the earlier passage: the first half of a split keeps the link.
        if (score >= best && (to === null || score > best)) {
          best = score;
          to = id;
        }
      }
    }
    fresh.set(old.id, {
      from: old.id,
      to,
      documentId: old.documentId,
      documentTitle: doc?.displayTitle ?? previousTitles.get(old.documentId) ?? old.documentId,
      documentRemoved: !doc,
      oldText: old.text,
      changedAt: builtAt,
    });
  }

  const carried: PassageRedirect[] = [];
  for (const r of previous) {
    // The id is back (an edit undone): the passage itself answers again.
    if (current.has(r.from) || fresh.has(r.from)) continue;
    const doc = documents.get(r.documentId);
    let to = r.to;
    if (to !== null && !current.has(to)) to = fresh.get(to)?.to ?? null;
    carried.push({ ...r, to: doc ? to : null, documentRemoved: !doc, documentTitle: doc?.displayTitle ?? r.documentTitle });
  }
  return [...carried, ...fresh.values()].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}
