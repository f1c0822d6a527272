// Speaker labels at the start of a paragraph: "Zhang Chengzhong:", "MS. JEAN-PIERRE:  Hi.",
// "Fu Zhenbo, Secretary of ...:", "China Daily:", "Q", "A:". A label is a name, not any
// text before a colon: "Appendix:" or "The first aspect is as follows:" are not speakers.
import { alternation, NAME_PARTICLES as NAME_PARTICLE_WORDS, NOT_SPEAKERS as NOT_SPEAKER_WORDS, ROLE_LABELS as ROLE_LABEL_WORDS, SENTENCE_STARTS as SENTENCE_START_WORDS } from '../lexicon/index.ts';
import { isOutletName } from '../speakers/names.ts';

export type LabelKind = 'question' | 'answer' | 'upper' | 'title';

export interface Label {
  kind: LabelKind;
  /** As printed, without the colon: "MS. JEAN-PIERRE", "Fu Zhenbo". */
  printed: string;
  /** The name part: the printed label less a role after a comma or in parentheses. */
  name: string;
  role: string | null;
  /** The speech on the same line after the label ("" when the label stands alone). */
  rest: string;
}

/** Timestamps printed before or after labels in exported transcripts: [00:01:02], (00:01), 0:03. */
const TIMESTAMP = String.raw`(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?[\])]?)`;
const LEADING_TIMESTAMP = new RegExp(`^${TIMESTAMP}\\s+`);
const LABEL_TIMESTAMP = new RegExp(`\\s*${TIMESTAMP}\\s*(?=[:：]|$)|(?<=[:：])\\s*${TIMESTAMP}`, 'g');

const NOT_SPEAKERS: ReadonlySet<string> = new Set(NOT_SPEAKER_WORDS);

/** Words that start sentences, never names: a "label" beginning with one is a sentence ending in a colon. */
const SENTENCE_STARTS: ReadonlySet<string> = new Set(SENTENCE_START_WORDS);

/** Single words that are labels even without a name (and even when seen once). */
const ROLE_LABELS = new RegExp(`^(?:${alternation(ROLE_LABEL_WORDS)})$`, 'i');

/** Lower-case words allowed inside names ("Ministry of Foreign Affairs", "Ursula von der Leyen"). */
const NAME_PARTICLES: ReadonlySet<string> = new Set(NAME_PARTICLE_WORDS);

const UPPER_LABEL = /^((?:\p{Lu}[\p{Lu}\p{N}.'’\-&]*)(?:\s+\p{Lu}[\p{Lu}\p{N}.'’\-&]*){0,6})\s*(?:\(([^)]{1,120})\))?\s*[:：]\s*(.*)$/su;
const QUESTION_LABEL = /^(?:Q|Question|QUESTION|问|問)(?:\s*\d{0,2})(?:\s*[:：.]\s*|\s{2,}|\s*$)(.*)$/su;
const ANSWER_LABEL = /^(?:A|Answer|ANSWER|答)(?:\s*[:：]\s*|\.\s+|\s{2,})(.*)$/su;
const CONGRESS_LABEL =
  /^((?:(?:Mr|Mrs|Ms|Dr|Senator|Chairman|Chairwoman|Chair|Representative|Secretary|General|Admiral|Judge|Justice|Governor|Ambassador|Director|Commissioner)\.? [A-Z][A-Z'’\-]+(?: [A-Z][A-Z'’\-]+)?(?: of [A-Z][a-z]+(?: [A-Z][a-z]+)?)?)|The (?:CHAIRMAN|CHAIRWOMAN|CHAIR|SPEAKER(?: pro tempore)?|PRESIDENT(?: pro tempore)?|VICE PRESIDENT|CLERK|PRESIDING OFFICER|ACTING CHAIR(?:MAN)?))\. (.+)$/s;
const QUESTION_SINGLE_SPACE = /^Q\s(?=\p{Lu}|["“(])(.*)$/su;

/** Reads a speaker label at the start of a paragraph; null if the paragraph has none. */
export function detectLabel(paragraph: string): Label | null {
  const text = paragraph.replace(LEADING_TIMESTAMP, '').replace(/^\*\*([^*]{1,120}?)\*\*\s*([:：])?/, (_, inner: string, colon?: string) => inner + (colon ?? ''));
  const q = text.match(QUESTION_LABEL) ?? text.match(QUESTION_SINGLE_SPACE);
  if (q) return { kind: 'question', printed: text.slice(0, text.length - q[1]!.length).replace(/[\s:：.]+$/, '') || 'Q', name: 'Q', role: null, rest: q[1]!.trim() };
  const a = text.match(ANSWER_LABEL);
  if (a) return { kind: 'answer', printed: text.slice(0, text.length - a[1]!.length).replace(/[\s:：.]+$/, ''), name: 'A', role: null, rest: a[1]!.trim() };

  // Congressional hearings and the Congressional Record: "Mr. NADLER. Thank you.", "The CHAIRMAN. The committee will come to order."
  const congress = text.match(CONGRESS_LABEL);
  if (congress) return { kind: 'upper', printed: congress[1]!, name: congress[1]!.replace(/^The /, ''), role: null, rest: congress[2]!.trim() };
  // Exported transcripts (Otter, Zoom): "Jane Doe  0:03" on its own line, no colon.
  const stamped = text.match(new RegExp(`^(\\p{Lu}[\\p{L}.'’\\-]*(?: \\p{Lu}[\\p{L}.'’\\-]*| \\d{1,2}){0,4})\\s+${TIMESTAMP}$`, 'u'));
  if (stamped) return readTitleCaseLabel(stamped[1]!, '');
  const colon = text.search(/[:：]/);
  if (colon < 1 || colon > 300) return null;
  const head = text.slice(0, colon).replace(LABEL_TIMESTAMP, '').trim();
  const rest = text.slice(colon + 1).replace(new RegExp(`^\\s*${TIMESTAMP}`), '').trim();
  if (!head || /https?$/i.test(head)) return null;

  const upper = `${head}:`.match(UPPER_LABEL);
  if (upper && !/\p{Ll}/u.test(upper[1]!) && /\p{Lu}.*\p{Lu}/u.test(upper[1]!)) {
    const printed = upper[1]!.trim();
    if (NOT_SPEAKERS.has(printed.toLowerCase().replace(/[.’']/g, (c) => (c === '.' ? '' : "'")))) return null;
    return { kind: 'upper', printed: upper[2] ? `${printed} (${upper[2]})` : printed, name: printed, role: upper[2]?.trim() ?? null, rest };
  }
  return readTitleCaseLabel(head, rest);
}

/** "Fu Zhenbo, Secretary of the Party Leadership Group ...", "Nanfang Daily, Nanfang Plus", "Zhao Lijian (Spokesperson)". */
function readTitleCaseLabel(head: string, rest: string): Label | null {
  let name = head;
  let role: string | null = null;
  // "Name (Role)" and Hansard's "Keir Starmer (Holborn and St Pancras) (Lab)".
  const paren = head.match(/^([^()]*?)\s*((?:\([^()]{1,120}\)\s*){1,3})$/);
  if (paren) {
    name = paren[1]!;
    role = [...paren[2]!.matchAll(/\(([^()]+)\)/g)].map((m) => m[1]!.trim()).join(', ');
    // Hansard prints the office and the person in parentheses: "The Prime Minister (Rishi Sunak)".
    if (/^The\s/.test(name) && isNameLike(role) && role.includes(' ')) [name, role] = [role, name.replace(/^The\s+/, '')];
  }
  const comma = name.indexOf(',');
  if (comma > 0) {
    const after = name.slice(comma + 1).trim();
    const before = name.slice(0, comma).trim();
    if (!isNameLike(before)) return null;
    // An outlet's label may name its several titles ("Nanfang Daily, Nanfang Plus"); a person's names a role.
    if (isOutletName(before) && isNameLike(after)) return { kind: 'title', printed: head, name: `${before}, ${after}`, role, rest };
    // "Name, role:" needs a full name and a role that reads as one ("Secretary of ...", "a deputy ..."), not a clause.
    if (!before.includes(' ') || !/^(?:\p{Lu}|(?:a|an|the|also|former|deputy|vice|chief|head)\b)/u.test(after)) return null;
    name = before;
    role = after;
  }
  if (!isNameLike(name)) return null;
  if (role !== null && (role.length > 250 || /[.!?]\s/.test(role))) return null;
  const words = name.split(/\s+/);
  const first = words[0]!.toLowerCase();
  if (SENTENCE_STARTS.has(first) || NOT_SPEAKERS.has(name.toLowerCase())) return null;
  return { kind: 'title', printed: head, name, role, rest };
}

/** Capitalised words with name particles between: "Zhang Chengzhong", "Ministry of Foreign Affairs". */
function isNameLike(name: string): boolean {
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 7) return false;
  if (!/^[\p{Lu}\p{Lo}]/u.test(words[0]!) || !/^[\p{Lu}\p{Lo}\p{N}]/u.test(words[words.length - 1]!)) return false;
  return words.every((w) => /^[\p{Lu}\p{Lo}][\p{L}\p{N}.'’\-&]*$/u.test(w) || NAME_PARTICLES.has(w) || /^\p{N}+$/u.test(w) || /^[\p{Lo}]+$/u.test(w));
}

/** Whether a label is a lone title-case word ("Sunday", "Appendix") that needs the document to repeat it. */
export function needsRepetition(label: Label): boolean {
  return label.kind === 'title' && !label.name.includes(' ') && label.role === null && !ROLE_LABELS.test(label.name) && !isOutletName(label.name);
}

