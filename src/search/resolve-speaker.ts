// Who a name in a query means: a speaker written as its id, canonical name, surname, a label as
// printed ("MR. KIRBY") or an alias, resolved against the speakers the index holds.
import type { Corpus, SpeakerRecord } from '../indexing/records.ts';
import { wordTokens } from '../text/word-tokens.ts';

/** What a written name resolves to. */
export type SpeakerResolution =
  | { status: 'found'; speaker: SpeakerRecord }
  /** Several speakers answer to it, most passages first. */
  | { status: 'ambiguous'; candidates: SpeakerRecord[] }
  | { status: 'unknown' };

/** The speakers of an index by every way of writing them, prepared once per corpus. */
export interface SpeakerNames {
  resolve(value: string): SpeakerResolution;
  /**
   * The person whose name or surname is exactly `words` (folded query words), when only one
   * speaker has it; labels and generic speakers ("Moderator") are not names a query word means.
   */
  person(words: readonly string[]): SpeakerRecord | null;
}

/** A name's comparable form: its folded words joined by one space (`MR. KIRBY` -> `mr kirby`, `Jean-Pierre` -> `jean pierre`). */
export function nameKey(value: string): string {
  return wordTokens(value)
    .map((t) => t.term)
    .join(' ');
}

const cache = new WeakMap<Corpus, SpeakerNames>();

/** The name lookup of a corpus's speakers, built on first use. */
export function speakerNamesOf(corpus: Corpus): SpeakerNames {
  let names = cache.get(corpus);
  if (!names) {
    names = createSpeakerNames(corpus.speakers);
    cache.set(corpus, names);
  }
  return names;
}

/** Aliases, when the index records them (a speaker record may carry `aliases`: other names it was written as). */
const aliasesOf = (s: SpeakerRecord): string[] => {
  const aliases = (s as SpeakerRecord & { aliases?: unknown }).aliases;
  return Array.isArray(aliases) ? aliases.filter((a): a is string => typeof a === 'string') : [];
};

function createSpeakerNames(speakers: readonly SpeakerRecord[]): SpeakerNames {
  const byId = new Map(speakers.map((s) => [s.id.toLowerCase(), s]));
  // Exact names (canonical, aliases) rank above names a speaker only shares (surnames, labels).
  const exact = new Map<string, SpeakerRecord[]>();
  const shared = new Map<string, SpeakerRecord[]>();
  const persons = new Map<string, SpeakerRecord[]>();
  // The first word of a name: the family name where it comes first (Wang Zhengpu), else a given name; asked last.
  const first = new Map<string, SpeakerRecord[]>();
  const add = (map: Map<string, SpeakerRecord[]>, key: string, s: SpeakerRecord) => {
    if (!key) return;
    const list = map.get(key) ?? [];
    if (!list.includes(s)) list.push(s);
    map.set(key, list);
  };
  for (const s of speakers) {
    const full = nameKey(s.name);
    add(exact, full, s);
    for (const alias of aliasesOf(s)) add(exact, nameKey(alias), s);
    for (const label of s.labels) add(shared, nameKey(label), s);
    if (s.type !== 'person') continue;
    add(persons, full, s);
    for (const alias of aliasesOf(s)) add(persons, nameKey(alias), s);
    // The surname: the last word of the name, or its last words after a first name.
    const words = full.split(' ');
    if (words.length > 1) {
      add(shared, words.at(-1)!, s);
      add(shared, words.slice(1).join(' '), s);
      add(persons, words.at(-1)!, s);
      add(persons, words.slice(1).join(' '), s);
      add(first, words[0]!, s);
    }
  }
  const byPassages = (list: SpeakerRecord[]) => [...list].sort((a, b) => b.passages - a.passages || a.name.localeCompare(b.name));
  return {
    resolve(value) {
      const id = byId.get(value.trim().toLowerCase());
      if (id) return { status: 'found', speaker: id };
      const key = nameKey(value);
      const candidates = exact.get(key) ?? shared.get(key) ?? first.get(key) ?? [];
      if (candidates.length === 1) return { status: 'found', speaker: candidates[0]! };
      if (candidates.length > 1) return { status: 'ambiguous', candidates: byPassages(candidates) };
      return { status: 'unknown' };
    },
    person(words) {
      const list = persons.get(words.join(' '));
      return list?.length === 1 ? list[0]! : null;
    },
  };
}
