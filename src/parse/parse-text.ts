// Text of a page or transcript -> attributed passages. Format-agnostic: furniture is
// stripped, paragraphs found, labelled turns read, and prose attributed; the Markdown
// reader feeds its body through here too.
import { DocPeople } from '../speakers/doc-people.ts';
import { isGenericName, isOutletName, peopleInTitle, splitHonorific, surnameCase, titleCase } from '../speakers/names.ts';
import { attributeProse, notePeople } from './attribute-prose.ts';
import { dateFromUrl } from './dates.ts';
import { detectLabel, needsRepetition, type Label } from './detect-label.ts';
import { normalizeText } from './normalize.ts';
import type { DocumentMeta, ParsedDocument, ParsedPassage, PassageKind, SpeakerType } from './passage.ts';
import { sourceFromUrl } from './source-names.ts';
import { STAGE_DIRECTION, splitParagraphs } from './split-paragraphs.ts';
import { stripFurniture } from './strip-furniture.ts';
import { hostInTitle } from './title-host.ts';

export interface ParseHints {
  /** Metadata stated outside the text (front matter); the text's own furniture fills the gaps. */
  meta?: Partial<DocumentMeta>;
  /** The speaker of unlabelled text, when the metadata names one (a speech, a statement). */
  speaker?: string | null;
  /** Printed names to canonical ones: {"Mr. Zhang": "Zhang Chengzhong"}. */
  aliases?: Record<string, string>;
  /** Join the lines of a blank-line-separated block into one paragraph (Markdown); detected when omitted. */
  joinLines?: boolean;
}

/** Clock times and "END" lines printed in transcripts: "12:38 P.M. EDT", "END 1:23 P.M. EDT", "[00:01:02]". */
const TIMESTAMP_LINE = /^(?:END\b\.?\s*)?(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?[\])]?\s*(?:[AaPp]\.?\s?[Mm]\.?)?\s*(?:[A-Z]{2,5})?)?\s*$/;

/** The press-release end mark, "###" or "# # #" (or "-30-"): furniture wherever it stands. */
const END_MARK = /^(?:#(?:\s*#)+|-\s?30\s?-)$/;

interface Turn {
  speaker: string | null;
  speakerType: SpeakerType | null;
  kind: PassageKind;
  label: string;
  /** How the turn's first passage is attributed; the ones after it are continuations. */
  first: 'label' | 'answer-label' | null;
}

/** Parses one document's text into metadata and attributed passages. */
export function parseText(raw: string, hints: ParseHints = {}): ParsedDocument {
  const known: DocumentMeta = { title: null, date: null, source: null, url: null, ...hints.meta };
  const { lines, meta } = stripFurniture(normalizeText(raw).split('\n'), known);
  if (meta.url) {
    meta.source ??= sourceFromUrl(meta.url);
    meta.date ??= dateFromUrl(meta.url);
  }
  // Section breaks ("* * *", "# # #") and other lines without a letter or digit are not passages.
  const paragraphs = splitParagraphs(lines, hints.joinLines).filter((p) => !STAGE_DIRECTION.test(p) && !TIMESTAMP_LINE.test(p) && !END_MARK.test(p) && /[\p{L}\p{N}]/u.test(p));

  const people = new DocPeople(hints.aliases);
  const titlePeople = meta.title ? peopleInTitle(meta.title) : [];
  for (const p of titlePeople) people.add(p.name, p.role);
  // The host the title names answers "A:" and speaks what comes before the first label.
  const host = meta.title ? hostInTitle(meta.title) : null;
  if (host) people.add(host.name, host.role);
  people.last = null;
  const answerer = host?.name ?? titlePeople[0]?.name ?? null;

  const labels = paragraphs.map((p) => detectLabel(p));
  const accepted = acceptLabels(labels);
  // Before a transcript's first label: venue and place lines ("Via Teleconference",
  // "Aboard Air Force One En Route Paris, France") are furniture, not narration.
  const firstLabel = accepted.findIndex(Boolean);
  for (let i = 0; i < firstLabel; i++) {
    if (!/[.!?"”’)]$/.test(paragraphs[i]!) && paragraphs[i]!.split(' ').length <= 15) paragraphs[i] = '';
  }
  // Full names printed in labels or anywhere in the text ("I'll invite Mr. Zhao Dachun") are
  // known before a label or sentence refers to them by surname.
  accepted.forEach((label) => {
    if (label && label.kind === 'title' && label.name.includes(' ') && !isOutletName(label.name) && !isGenericName(label.name)) people.add(label.name, label.role);
  });
  for (const paragraph of paragraphs) if (paragraph) notePeople(paragraph, people);
  if (meta.title) people.harvest(meta.title);
  for (const paragraph of paragraphs) if (paragraph) people.harvest(paragraph);
  people.last = null;

  const passages: ParsedPassage[] = [];
  const roleFromLabel = new Map<string, string>();
  // Who holds each chair, as the labels say ("The PRESIDING OFFICER (Mr. Kyl)").
  const presiding = new Map<string, string>();
  let turn: Turn | null = null;
  paragraphs.forEach((paragraph, i) => {
    if (!paragraph) return;
    const label = accepted[i];
    if (label?.kind === 'segment') {
      // A programme's segment marker ("**Break:**") ends the turn; words after it are nobody's.
      turn = null;
      if (label.rest && !TIMESTAMP_LINE.test(label.rest) && !STAGE_DIRECTION.test(label.rest)) passages.push({ text: label.rest, kind: 'narration', label: null, speaker: null, speakerType: null, role: null, attribution: 'none' });
      return;
    }
    if (label) {
      turn = startTurn(label, people, answerer, presiding);
      if (turn.speaker && label.role && !roleFromLabel.has(turn.speaker)) roleFromLabel.set(turn.speaker, label.role);
      if (!label.rest || STAGE_DIRECTION.test(label.rest)) return;
      passages.push(passageOf(label.rest, turn));
      return;
    }
    if (turn) {
      notePeople(paragraph, people);
      passages.push(passageOf(paragraph, turn));
      return;
    }
    const prose = attributeProse(paragraph, people);
    if (prose) {
      passages.push({ text: paragraph, kind: 'quote', label: null, speaker: prose.speaker, speakerType: 'person', role: null, attribution: prose.attribution });
    } else if (host && (firstLabel < 0 || i < firstLabel)) {
      // Only before the first label: after it, unlabelled words belong to a turn or to nobody.
      passages.push({ text: paragraph, kind: 'speech', label: null, speaker: host.name, speakerType: 'person', role: null, attribution: 'title' });
    } else if (hints.speaker) {
      passages.push({ text: paragraph, kind: 'speech', label: null, speaker: hints.speaker, speakerType: 'person', role: null, attribution: 'front-matter' });
    } else {
      passages.push({ text: paragraph, kind: 'narration', label: null, speaker: null, speakerType: null, role: null, attribution: 'none' });
    }
  });

  // Roles as the document states them: in a label, with the name in prose, or in the title.
  for (const p of passages) if (p.speaker) p.role = roleFromLabel.get(p.speaker) ?? people.roles.get(p.speaker) ?? null;
  return { ...meta, passages, warnings: [] };
}

/**
 * Keeps the labels that are labels. A lone title-case word ("Sunday:") counts only when the
 * document uses it as a label twice; an inline title-case label ("Zhao Lijian: China ...")
 * only in a document with other labels.
 */
function acceptLabels(labels: (Label | null)[]): (Label | null)[] {
  const counts = new Map<string, number>();
  for (const l of labels) if (l) counts.set(l.name, (counts.get(l.name) ?? 0) + 1);
  const total = labels.filter(Boolean).length;
  // A document that marks its labels (bold) marks them all: "MORE IMPORTANTLY: ..." in its
  // speech is a phrase, not a speaker.
  const explicit = labels.filter((l) => l?.explicit).length;
  const marked = explicit >= 3 && explicit * 2 > total;
  // A legislature's record names its speakers its own way ("Mr. LEAHY."): "Architect of the
  // Capitol: William Ensign" in a list it prints is not a label.
  const congress = labels.filter((l) => l?.kind === 'congress').length;
  // "A." answers a "Q."; in a document without questions it starts a list item ("A. Whether ...").
  const questions = labels.some((l) => l?.kind === 'question');
  return labels.map((l) => {
    if (!l) return null;
    if (l.explicit || l.kind === 'segment') return l;
    if (marked && l.kind !== 'question' && l.kind !== 'answer') return null;
    if (l.kind === 'answer' && !questions) return null;
    if (congress >= 3 && (l.kind === 'title' || l.kind === 'upper')) return null;
    if (needsRepetition(l) && (counts.get(l.name) ?? 0) < 2) return null;
    if (l.kind === 'title' && l.rest && total < 2) return null;
    return l;
  });
}

/**
 * A long label that ends in the full name of someone the document labels by that name ("Minster
 * of Trade and Industry Denis Manturov" when "Denis Manturov:" speaks too): that person, whatever
 * the words before the name (an office, misspelt or not in the lexicon).
 */
function knownTail(name: string, people: DocPeople): string | null {
  const words = name.split(' ');
  for (let k = 2; k <= 3 && k < words.length - 1; k++) {
    const tail = words.slice(-k).join(' ');
    if (people.names.includes(tail)) return tail;
  }
  return null;
}

function startTurn(label: Label, people: DocPeople, answerer: string | null, presiding: Map<string, string>): Turn {

  const base = { label: label.printed, first: 'label' as const };
  if (label.kind === 'question') return { ...base, speaker: null, speakerType: null, kind: 'question' };
  if (label.kind === 'congress') return congressTurn(label, people, base, presiding);
  if (label.kind === 'answer') return { ...base, first: 'answer-label', speaker: answerer, speakerType: answerer ? 'person' : null, kind: 'speech' };
  if (label.kind === 'anonymous') return { ...base, speaker: null, speakerType: null, kind: 'speech' };
  const alias = people.alias(label.printed) ?? people.alias(label.name);
  if (alias) return { ...base, speaker: alias, speakerType: isOutletName(alias) ? 'outlet' : 'person', kind: isOutletName(alias) ? 'question' : 'speech' };
  const { honorific, rest } = splitHonorific(label.name);
  // Acronyms stay as printed (AFP, CCTV); other names in capitals are title-cased (CHINA DAILY).
  if (!honorific && isOutletName(label.name)) return { ...base, speaker: /^[A-Z]{2,5}$/.test(label.name) ? label.name : titleCase(label.name), speakerType: 'outlet', kind: 'question' };
  if (!honorific && isGenericName(label.name)) return { ...base, speaker: titleCase(label.name), speakerType: 'generic', kind: 'speech' };
  // Adjacent bold runs print "VladimirPutin": the two words, when the document names that person.
  const unglued = /^\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}{2,}$/u.test(label.name) ? people.resolve(label.name.replace(/(\p{Ll})(\p{Lu})/u, '$1 $2')) : null;
  const resolved = knownTail(label.name, people) ?? people.resolve(label.name) ?? (unglued?.includes(' ') ? unglued : null);
  if (resolved) {
    people.last = resolved;
    return { ...base, speaker: resolved, speakerType: 'person', kind: 'speech' };
  }
  // Unresolved: a full name as printed, or "Mr. Kikukawa" for the corpus-wide pass to resolve.
  const name = honorific ? `${titleCase(honorific)} ${titleCase(rest)}` : titleCase(rest);
  const speaker = !honorific && rest.includes(' ') ? people.add(name) : name;
  people.last = speaker;
  return { ...base, speaker, speakerType: 'person', kind: 'speech' };
}

/**
 * "Mr. McCONNELL" is Mr. McConnell: the Record names members by surname only, and a full name in
 * its text is as often someone else (a nominee, a witness) as the member. An office alone ("The
 * PRESIDING OFFICER.") is the person the document last named in it ("(Mr. Kyl)"), else a role.
 */
function congressTurn(label: Label, people: DocPeople, base: Pick<Turn, 'label' | 'first'>, presiding: Map<string, string>): Turn {
  if (/^The\s/.test(label.printed) && label.name === label.printed.replace(/^The\s+/, '').replace(/\b([A-Z])([A-Z]+)\b/g, (_, a: string, b: string) => a + b.toLowerCase())) {
    const holder = presiding.get(label.name);
    if (holder) return { ...base, speaker: holder, speakerType: 'person', kind: 'speech' };
    return { ...base, speaker: label.name, speakerType: 'generic', kind: 'speech' };
  }
  const { honorific, rest } = splitHonorific(label.name);
  const speaker = honorific ? `${honorific} ${surnameCase(rest)}` : surnameCase(label.name);
  if (label.role && /^The\s/.test(label.printed)) presiding.set(label.role, speaker);
  people.last = speaker;
  return { ...base, speaker, speakerType: 'person', kind: 'speech' };
}

function passageOf(text: string, turn: Turn): ParsedPassage {
  const attribution = turn.first ?? 'continuation';
  turn.first = null;
  return { text, kind: turn.kind, label: turn.label, speaker: turn.speaker, speakerType: turn.speakerType, role: null, attribution };
}
