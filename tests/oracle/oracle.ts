// Shared part of the oracle tests: a turn read from the raw files by a corpus's own label rule
// (its SOURCE.md), and the check that the built corpus serves each of its paragraphs as a
// passage of the right speaker and kind. Nothing here calls the product's parser.
import type { Corpus, PassageRecord } from '../../src/indexing/records.ts';

export interface OracleTurn {
  file: string;
  /** The label as printed. */
  label: string;
  /** The true speaker: a canonical name, null for an unnamed reporter, or a test of the served name. */
  speaker: string | null | ((served: string | null) => boolean);
  kind: 'question' | 'speech';
  /** The turn's paragraphs as the raw file prints them, the label taken off the first. */
  paragraphs: string[];
}

export interface ServedTurn {
  turn: OracleTurn;
  /** The passages serving each paragraph, null where none does. */
  passages: (PassageRecord | null)[];
}

/**
 * Letters and digits only, lower case: markup, quotes and spacing differ between file and passage.
 * Square-bracketed directions and timestamps ("[laughs]", "[00:03:59]") are left out on both sides.
 */
export const fold = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/\\?\[[^\]]{0,80}\\?\]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Finds, in reading order, the passage serving each paragraph of each turn: the first passage
 * at or after the previous match whose folded text starts with the paragraph's first 40 folded
 * characters (or that the paragraph starts with, for a passage the product split off).
 */
export function serveTurns(corpus: Corpus, turns: OracleTurn[]): ServedTurn[] {
  const byId = new Map(corpus.passages.map((p) => [p.id, p]));
  const docs = new Map(corpus.documents.map((d) => [d.file, d.passageIds.map((id) => byId.get(id)!)]));
  const folded = new Map<PassageRecord, string>();
  const foldOf = (p: PassageRecord) => folded.get(p) ?? (folded.set(p, fold(p.text)), folded.get(p)!);
  const cursor = new Map<string, number>();
  return turns.map((turn) => {
    const passages = docs.get(turn.file) ?? [];
    return {
      turn,
      passages: turn.paragraphs.map((paragraph) => {
        const want = fold(paragraph).slice(0, 40);
        if (!want) return null;
        for (let k = cursor.get(turn.file) ?? 0; k < passages.length; k++) {
          const have = foldOf(passages[k]!);
          if (have.startsWith(want) || (have.length >= 8 && want.startsWith(have))) {
            cursor.set(turn.file, k + 1);
            return passages[k]!;
          }
        }
        return null;
      }),
    };
  });
}

export interface OracleFigures {
  turns: number;
  right: number;
  /** Question turns served with a person's name: a reporter's words put in an official's mouth. */
  reporterAsOfficial: number;
  wrong: string[];
}

/** Scores served turns: a turn is right when every paragraph is served with its speaker and kind. */
export function score(corpus: Corpus, served: ServedTurn[]): OracleFigures {
  const names = new Map(corpus.speakers.map((s) => [s.id, s]));
  const wrong: string[] = [];
  let right = 0;
  let reporterAsOfficial = 0;
  for (const { turn, passages } of served) {
    const problems: string[] = [];
    passages.forEach((p, i) => {
      const para = turn.paragraphs[i]!.slice(0, 50);
      if (!p) return problems.push(`no passage for "${para}"`);
      const speaker = p.speakerId ? names.get(p.speakerId)!.name : null;
      const ok = typeof turn.speaker === 'function' ? turn.speaker(speaker) : speaker === turn.speaker;
      if (!ok || p.kind !== turn.kind) problems.push(`"${para}" served as ${speaker}/${p.kind}`);
      if (turn.kind === 'question' && p.speakerId && names.get(p.speakerId)!.type === 'person') reporterAsOfficial++;
    });
    if (problems.length === 0) right++;
    else wrong.push(`${turn.file} ${turn.label}: ${problems.join('; ')}`);
  }
  return { turns: served.length, right, reporterAsOfficial, wrong };
}
