// The word lists of the project, one module: every list is data, one entry per line, sorted,
// without duplicates (tests/lexicon/lexicon.test.ts). Entries are words of the language or of
// the domain (press briefings, transcripts, news pages), never names borrowed from a fixture.
import { CONTRACTIONS } from './contractions.ts';
import { NOT_DOCUMENT_STEMS } from './corpus-files.ts';
import { FAMILY_FIRST_SURNAMES } from './family-first-surnames.ts';
import { PAGE_TOOL_LINES, RELATED_HEADINGS, SHARE_WORDS } from './furniture.ts';
import { FUNCTION_WORDS } from './function-words.ts';
import { GENERIC_ROLE_WORDS } from './generic-roles.ts';
import { HONORIFICS } from './honorifics.ts';
import { ANSWER_LABELS, CHAMBER_OFFICES, COURTESIES, QUESTION_LABELS, SEGMENT_MARKERS } from './labels.ts';
import { NAME_PARTICLES } from './name-particles.ts';
import { NOT_SPEAKERS } from './not-speakers.ts';
import { OFFICE_WORDS } from './office-words.ts';
import { KNOWN_OUTLETS, OUTLET_FINAL_WORDS, OUTLET_SURNAME_WORDS } from './outlets.ts';
import { ROLE_LABELS } from './role-labels.ts';
import { ROLE_STARTS } from './role-starts.ts';
import { SAID_VERBS } from './said-verbs.ts';
import { SENTENCE_STARTS } from './sentence-starts.ts';
import { STOP_WORD_LIST } from './stop-words.ts';
import { TITLE_WORDS } from './title-words.ts';

export {
  FUNCTION_WORDS,
  OFFICE_WORDS,
  PAGE_TOOL_LINES,
  ANSWER_LABELS,
  CHAMBER_OFFICES,
  CONTRACTIONS,
  COURTESIES,
  FAMILY_FIRST_SURNAMES,
  QUESTION_LABELS,
  SEGMENT_MARKERS,
  GENERIC_ROLE_WORDS,
  HONORIFICS,
  KNOWN_OUTLETS,
  NAME_PARTICLES,
  NOT_DOCUMENT_STEMS,
  NOT_SPEAKERS,
  OUTLET_FINAL_WORDS,
  OUTLET_SURNAME_WORDS,
  RELATED_HEADINGS,
  ROLE_LABELS,
  ROLE_STARTS,
  SAID_VERBS,
  SENTENCE_STARTS,
  SHARE_WORDS,
  STOP_WORD_LIST,
  TITLE_WORDS,
};

/** Every list by name, for the tests that keep them sorted and free of duplicates. */
export const LEXICON: Readonly<Record<string, readonly string[]>> = {
  FUNCTION_WORDS,
  OFFICE_WORDS,
  PAGE_TOOL_LINES,
  ANSWER_LABELS,
  CHAMBER_OFFICES,
  CONTRACTIONS,
  COURTESIES,
  FAMILY_FIRST_SURNAMES,
  QUESTION_LABELS,
  SEGMENT_MARKERS,
  GENERIC_ROLE_WORDS,
  HONORIFICS,
  KNOWN_OUTLETS,
  NAME_PARTICLES,
  NOT_DOCUMENT_STEMS,
  NOT_SPEAKERS,
  OUTLET_FINAL_WORDS,
  OUTLET_SURNAME_WORDS,
  RELATED_HEADINGS,
  ROLE_LABELS,
  ROLE_STARTS,
  SAID_VERBS,
  SENTENCE_STARTS,
  SHARE_WORDS,
  STOP_WORD_LIST,
  TITLE_WORDS,
};

/**
 * A list as a regular-expression alternation, longest entries first so that "pointed out" wins
 * over "pointed" and "related news" over "related"; spaces match any run of white space.
 */
export function alternation(list: readonly string[]): string {
  return [...list]
    .sort((a, b) => b.length - a.length)
    .map((e) => e.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}
