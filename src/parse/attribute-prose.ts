// Attribution in news prose: quotation marks with "he said", "said X", "X said",
// "According to X", "..., according to X, <role>", "X added that ...". Pronouns resolve
// to the last person named; short names to the full name the article used earlier.
import { alternation, ROLE_STARTS, SAID_VERBS } from '../lexicon/index.ts';
import type { DocPeople } from '../speakers/doc-people.ts';
import type { AttributionMethod } from './passage.ts';

export interface ProseAttribution {
  speaker: string;
  attribution: AttributionMethod;
}

const SAID = `(?:${alternation(SAID_VERBS)})`;
const NAME = "\\p{Lu}[\\p{Ll}'’\\-]+(?:\\s+\\p{Lu}[\\p{Ll}'’\\-]+){1,2}";
const SHORT = "\\p{Lu}[\\p{Ll}'’\\-]+";
const PRONOUN = '(?:he|she|He|She)';
/** What an appositive role starts with: "a deputy to ...", "also an NPC deputy", "governor of Hebei". */
const ROLE_START = new RegExp(`^(?:${alternation(ROLE_STARTS)})\\b`, 'i');

const QUOTE_CLOSE = '[,.!?…]?["”]';
const patterns: { re: RegExp; method: AttributionMethod; roleGroup?: number }[] = [
  // "...," said Wang Zhengpu, governor of Hebei and another NPC deputy.
  { re: new RegExp(`${QUOTE_CLOSE},?\\s+${SAID}\\s+(${NAME}|${SHORT})(?:,\\s+([^.;]+))?`, 'u'), method: 'quote-said', roleGroup: 2 },
  // "...," he said. / "...," Ni said, adding that ...
  { re: new RegExp(`${QUOTE_CLOSE},?\\s+(${PRONOUN}|${NAME}|${SHORT})\\s+(?:also\\s+)?${SAID}\\b`, 'u'), method: 'quote-said' },
  // Wang said: "..."  / Ni said, "..."
  { re: new RegExp(`(?:^|[.!?]\\s+)(${PRONOUN}|${NAME}|${SHORT})\\s+(?:also\\s+)?${SAID}[,:]\\s*["“]`, 'u'), method: 'quote-said' },
  // According to Ni, ... / ..., according to Zhang Guohua, also an NPC deputy ...
  { re: new RegExp(`\\b[Aa]ccording to (him|her|${NAME}|${SHORT})(?:,\\s+([^.;]+))?`, 'u'), method: 'according-to', roleGroup: 2 },
  // He added that ... / Fu Zhenbo said that ...
  { re: new RegExp(`(?:^|[.!?]["”]?\\s+)(${PRONOUN}|${NAME}|${SHORT})\\s+(?:also\\s+|further\\s+)?${SAID}\\s+(?:that\\b|:)`, 'u'), method: 'said-that' },
];

/** People introduced with a role: "Ni Yuefeng, a deputy to the National People's Congress ..., expanded on". */
const APPOSITIVE = new RegExp(`(?:^|[.!?]\\s+|,\\s+|\\b(?:with|by|from|and|to)\\s+)(${NAME}),\\s+([^,.;]+)`, 'gu');
/** "Mr. Zhao Dachun", "Ms. Karine Jean-Pierre": honorific before a full name. */
const HONORIFIC_NAME = new RegExp(`\\b(?:Mr|Ms|Mrs|Dr|Prof)\\.?\\s+(${NAME})`, 'gu');

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const ANOTHER_NAME_WORD = /^\s+\p{Lu}/u;

/** Records the people a paragraph names (with roles it states), in reading order. */
export function notePeople(paragraph: string, people: DocPeople): void {
  const found: { at: number; name: string; role: string | null }[] = [];
  for (const m of paragraph.matchAll(APPOSITIVE)) {
    const role = m[2]!.trim();
    if (ROLE_START.test(role)) found.push({ at: m.index! + m[0].indexOf(m[1]!), name: m[1]!, role: trimRole(role) });
  }
  for (const m of paragraph.matchAll(HONORIFIC_NAME)) found.push({ at: m.index!, name: m[1]!, role: null });
  found.sort((a, b) => a.at - b.at);
  for (const f of found) people.add(f.name, f.role);
}

/** The speaker of a prose paragraph, or null for narration. */
export function attributeProse(paragraph: string, people: DocPeople): ProseAttribution | null {
  const before = people.last;
  notePeople(paragraph, people);
  for (const { re, method, roleGroup } of patterns) {
    const m = paragraph.match(re);
    if (!m) continue;
    const subject = m[1]!;
    if (/^(?:he|she|him|her)$/i.test(subject)) {
      // The last person named before the pronoun: earlier in this paragraph, or before it.
      const speaker = lastNamedBefore(paragraph, m.index! + m[0].indexOf(subject), people) ?? before;
      if (!speaker) continue;
      people.last = speaker;
      return { speaker, attribution: 'pronoun' };
    }
    const role = roleGroup && m[roleGroup] && ROLE_START.test(m[roleGroup].trim()) ? trimRole(m[roleGroup]) : null;
    const speaker = subject.includes(' ') ? people.add(subject, role) : people.resolve(subject);
    if (!speaker) continue;
    if (role) people.add(speaker, role);
    people.last = speaker;
    return { speaker, attribution: method };
  }
  return null;
}

/**
 * The person named last before `at` in the paragraph: by full name, or by the first word of a
 * full name standing alone ("Zhang said", not "Zhang Wei"). One pass over the words before `at`.
 */
function lastNamedBefore(paragraph: string, at: number, people: DocPeople): string | null {
  let best: string | null = null;
  for (const m of paragraph.slice(0, at).matchAll(WORD)) {
    const word = m[0];
    const names = people.startingWith(word);
    if (names.length === 0) continue;
    for (const name of names) if (paragraph.startsWith(name, m.index!)) best = name;
    if (ANOTHER_NAME_WORD.test(paragraph.slice(m.index! + word.length, m.index! + word.length + 40))) continue;
    const named = people.resolve(word);
    if (named && names.includes(named)) best = named;
  }
  return best;
}

function trimRole(role: string): string {
  return role.trim().replace(/[\s,;:]+$/, '');
}
