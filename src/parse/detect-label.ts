// Speaker labels at the start of a paragraph: "Zhang Chengzhong:", "MS. JEAN-PIERRE:  Hi.",
// "Fu Zhenbo, Secretary of ...:", "China Daily:", "Q", "A:". A label is a name, not any
// text before a colon: "Appendix:" or "The first aspect is as follows:" are not speakers.
import { alternation, ANSWER_LABELS, CHAMBER_OFFICES, QUESTION_LABELS, SEGMENT_MARKERS, NAME_PARTICLES as NAME_PARTICLE_WORDS, NOT_SPEAKERS as NOT_SPEAKER_WORDS, ROLE_LABELS as ROLE_LABEL_WORDS, SENTENCE_STARTS as SENTENCE_START_WORDS } from '../lexicon/index.ts';
import { isOutletName, titleCase } from '../speakers/names.ts';
import { splitRoleLabel } from './label-roles.ts';

/**
 * 'segment': a programme's marker ("**Break:**") that ends the turn and names nobody.
 * 'anonymous': an unnamed member of the public answering ("Reply:", "Response:"): nobody's speech, never the host's.
 */
export type LabelKind = 'question' | 'answer' | 'upper' | 'title' | 'congress' | 'segment' | 'anonymous';

export interface Label {
  kind: LabelKind;
  /** As printed, without the colon: "MS. JEAN-PIERRE", "Fu Zhenbo". */
  printed: string;
  /** The name part: the printed label less a role after a comma or in parentheses. */
  name: string;
  role: string | null;
  /** The speech on the same line after the label ("" when the label stands alone). */
  rest: string;
  /** Marked up as a label (bold at the paragraph start), so it counts even when seen once. */
  explicit?: boolean;
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

/** A surname with a joined lower-case particle: "al-Ketbi", "el-Sisi", "bin-Salman", "d'Estaing". */
const PARTICLE_NAME = /^(?:al|el|ad|as|ash|at|az|bin|ibn|abu|ben|d|l|da|de|di|du|van|von)[-'’]\p{Lu}[\p{L}'’\-]*$/u;

/** Lower-case words allowed inside names ("Ministry of Foreign Affairs", "Ursula von der Leyen"). */
const NAME_PARTICLES: ReadonlySet<string> = new Set(NAME_PARTICLE_WORDS);

/** "MS. JEAN-PIERRE:", "RAMOS [through translator]:": a qualifier in brackets is kept as the role. */
const UPPER_LABEL = /^((?:\p{Lu}[\p{Lu}\p{N}.'’\-&]*)(?:\s+\p{Lu}[\p{Lu}\p{N}.'’\-&]*){0,6})\s*(?:[(\[]([^()\[\]]{1,120})[)\]])?\s*[:：]\s*(.*)$/su;
/**
 * A question from the floor: a bare "Q" with a colon, full stop, spaces or a dash after it ("Q:",
 * "Q.", "Q    Why", "Q — fire people", "Q– they haven't": the dash marks a question resumed after
 * an interruption), or a word of QUESTION_LABELS before a colon ("Question:", "Follow-up:", "记者：").
 */
const Q_LABEL = /^Q(?:\s*\d{1,2})?(?:\s*[:：.]\s*|\s{2,}|\s*(?=[—–])|\s+(?=-\s)|\s*$)([\s\S]*)$/u;
const QUESTION_WORD_LABEL = new RegExp(`^(?:${alternation(QUESTION_LABELS)})\\s*\\d{0,2}\\s*[:：]\\s*([\\s\\S]*)$`, 'iu');
/** "A:", "A. ", "A   " (case matters: "a." starts a list item), or a capitalised "Answer:", "答：" with its colon. */
const ANSWER_LABEL = /^A(?:\s*[:：]\s*|\.\s+|\s{2,})([\s\S]*)$/u;
const ANSWER_WORD_LABEL = new RegExp(`^(?:${alternation(ANSWER_LABELS)})\\s*[:：]\\s*([\\s\\S]*)$`, 'iu');
const SEGMENT_LABEL = new RegExp(`^(?:${alternation(SEGMENT_MARKERS)})$`, 'i');
/**
 * The Congressional Record's labels: the surname in capitals after a mixed-case honorific, a full
 * stop instead of a colon ("Mr. McCONNELL. Mr. President, ...", "Ms. MILLENDER-McDONALD.", "Mr.
 * BROWN of Ohio.", "Mr. Manager SCHIFF."), or an office in capitals with the person presiding in
 * parentheses ("The PRESIDING OFFICER (Mr. Kyl).", "The SPEAKER pro tempore.").
 */
const CONGRESS_LABEL = new RegExp(
  String.raw`^(?:(?<honorific>Mr|Mrs|Ms|Miss|Dr|Senator|Chairman|Chairwoman|Chair|Representative|Secretary|General|Admiral|Judge|Justice|Governor|Ambassador|Director|Commissioner)(?<dot>\.?)` +
    String.raw` (?:(?<office>Manager|Counsel) )?(?<surname>(?=[A-Za-z'’\-]*[A-Z]{2})(?:[A-Z][a-z]?[A-Z][A-Za-z'’\-]*|[A-Z][A-Z'’\-]+)(?: [A-Z][A-Z'’\-]+)*(?: of [A-Z][a-z]+(?: [A-Z][a-z]+)*)?)` +
    String.raw`|The (?<chair>(?:[A-Z]{2,} )*(?:${alternation(CHAMBER_OFFICES).toUpperCase()})(?: pro tempore)?))(?: [(\[](?<qualifier>[^()\[\]]{1,80})[)\]])?\.(?:\s+(?<rest>[\s\S]+))?$`,
);
/**
 * Unnamed speakers from the floor that QUESTION_LABELS does not cover: with a qualifier
 * ("Question (retranslated):", "Remark (off mic):"), and the public's answers to the host ("Reply:",
 * "Response:"), which are nobody's speech and never the host's.
 */
const FLOOR_LABEL = /^(Question|Remark|Reply|Response)(?:\s*\([^()]{1,60}\))?\s*[:：]\s*(.*)$/su;
const QUESTION_SINGLE_SPACE = /^Q\s(?=\p{Lu}|["“(])(.*)$/su;

/** Markdown bold at a paragraph's start: "**Jerod Santo:** Hi", "**Break**: [39:40]", "**Q:**". */
const BOLD_START = /^\*\*([^*\n]{1,120}?)\*\*\s*([:：])?/;

/** Reads a speaker label at the start of a paragraph; null if the paragraph has none. */
export function detectLabel(paragraph: string): Label | null {
  let text = paragraph.replace(LEADING_TIMESTAMP, '');
  const bold = text.match(BOLD_START);
  // A bold run ending in a colon (inside or outside the bold) is a label the writer marked up.
  const explicit = bold !== null && (bold[2] !== undefined || /[:：]\s*$/.test(bold[1]!));
  if (bold) text = `${bold[1]!.trim()}${bold[2] ?? ''}${explicit ? ' ' : ''}${text.slice(bold[0].length).trimStart()}`.trim();
  const label = readLabel(text);
  if (label && explicit) label.explicit = true;
  return label;
}

function readLabel(text: string): Label | null {
  // Label words are capitalised: "question: whether ..." at a wrapped line's start is running text.
  const capital = !/^\p{Ll}/u.test(text);
  const q = text.match(Q_LABEL) ?? text.match(QUESTION_SINGLE_SPACE) ?? (capital ? text.match(QUESTION_WORD_LABEL) : null);
  if (q) return { kind: 'question', printed: text.slice(0, text.length - q[1]!.length).replace(/[\s:：.]+$/, '') || 'Q', name: 'Q', role: null, rest: q[1]!.trim() };
  const floor = text.match(FLOOR_LABEL);
  if (floor) {
    const printed = text.slice(0, text.length - floor[2]!.length).replace(/[\s:：]+$/, '');
    const asks = floor[1] === 'Question' || floor[1] === 'Remark';
    return { kind: asks ? 'question' : 'anonymous', printed, name: asks ? 'Q' : floor[1]!, role: null, rest: floor[2]!.trim() };
  }
  const a = text.match(ANSWER_LABEL) ?? (capital ? text.match(ANSWER_WORD_LABEL) : null);
  if (a) return { kind: 'answer', printed: text.slice(0, text.length - a[1]!.length).replace(/[\s:：.]+$/, ''), name: 'A', role: null, rest: a[1]!.trim() };

  const congress = text.match(CONGRESS_LABEL)?.groups;
  if (congress) return readCongressLabel(text, congress);
  // Exported transcripts (Otter, Zoom): "Jane Doe  0:03" on its own line, no colon.
  const stamped = text.match(new RegExp(`^(\\p{Lu}[\\p{L}.'’\\-]*(?: \\p{Lu}[\\p{L}.'’\\-]*| \\d{1,2}){0,4})\\s+${TIMESTAMP}$`, 'u'));
  if (stamped) return readTitleCaseLabel(stamped[1]!, '');
  const colon = text.search(/[:：]/);
  if (colon < 1 || colon > 300) return null;
  const head = text.slice(0, colon).replace(LABEL_TIMESTAMP, '').trim();
  const rest = text.slice(colon + 1).replace(new RegExp(`^\\s*${TIMESTAMP}`), '').trim();
  if (!head || /https?$/i.test(head)) return null;
  if (SEGMENT_LABEL.test(head)) return { kind: 'segment', printed: head, name: head, role: null, rest };

  const upper = `${head}:`.match(UPPER_LABEL);
  if (upper && !/\p{Ll}/u.test(upper[1]!) && /\p{Lu}.*\p{Lu}/u.test(upper[1]!)) {
    const printed = upper[1]!.trim();
    if (NOT_SPEAKERS.has(printed.toLowerCase().replace(/[.’']/g, (c) => (c === '.' ? '' : "'")))) return null;
    return { kind: 'upper', printed: upper[2] ? head.trim() : printed, name: printed, role: upper[2]?.trim() ?? null, rest };
  }
  return readTitleCaseLabel(head, rest) ?? readRoleLabel(head, rest);
}

/** "President of Russia Vladimir Putin", "chairman of the ... Union Ivan Mokhnachuk", "Vladimir Putin (Answering a question ...)". */
function readRoleLabel(head: string, rest: string): Label | null {
  const split = splitRoleLabel(head);
  if (split) return { kind: 'title', printed: head, name: titleCase(split.name), role: split.role, rest };
  // A name with a long qualifier in parentheses: the qualifier is a note, kept as the role.
  const qualified = head.match(/^([^()]{3,60}?)\s*\(([^()]{1,300})\)$/);
  if (qualified && isNameLike(qualified[1]!) && qualified[1]!.includes(' ') && !SENTENCE_STARTS.has(qualified[1]!.split(' ')[0]!.toLowerCase())) {
    return { kind: 'title', printed: head, name: qualified[1]!, role: qualified[2]!.trim(), rest };
  }
  return null;
}

/**
 * "Mr. McCONNELL" keeps its honorific (the Record names members by surname only); an office with
 * the presiding person in parentheses is that person in that role ("The PRESIDING OFFICER (Mr.
 * Kyl)" is Mr. Kyl, Presiding Officer); an office alone is a role ("Presiding Officer").
 */
function readCongressLabel(text: string, g: Record<string, string | undefined>): Label {
  const rest = (g.rest ?? '').trim();
  const printed = text.slice(0, text.length - (g.rest?.length ?? 0)).trim().replace(/\.$/, '');
  if (g.chair) {
    const office = g.chair.replace(/\b([A-Z])([A-Z]+)\b/g, (_, a: string, b: string) => a + b.toLowerCase());
    if (g.qualifier && /^(?:Mr|Mrs|Ms|Miss|Dr)\.?\s/.test(g.qualifier)) return { kind: 'congress', printed, name: g.qualifier.trim(), role: office, rest };
    return { kind: 'congress', printed, name: office, role: g.qualifier?.trim() ?? null, rest };
  }
  const role = [g.office, g.qualifier?.trim()].filter(Boolean).join(', ') || null;
  return { kind: 'congress', printed, name: `${g.honorific}${g.dot} ${g.surname}`, role, rest };
}

/** "Fu Zhenbo, Secretary of the Party Leadership Group ...", "Nanfang Daily, Nanfang Plus", "Zhao Lijian (Spokesperson)". */
function readTitleCaseLabel(head: string, rest: string): Label | null {
  let name = head;
  let role: string | null = null;
  // "Name (Role)" and Hansard's "Keir Starmer (Holborn and St Pancras) (Lab)".
  const paren = head.match(/^([^()\[\]]*?)\s*((?:[(\[][^()\[\]]{1,120}[)\]]\s*){1,3})$/);
  if (paren) {
    name = paren[1]!;
    role = [...paren[2]!.matchAll(/[(\[]([^()\[\]]+)[)\]]/g)].map((m) => m[1]!.trim()).join(', ');
    // Hansard prints the office and the person in parentheses: "The Prime Minister (Rishi Sunak)".
    if (/^The\s/.test(name) && isNameLike(role) && role.includes(' ')) [name, role] = [role, name.replace(/^The\s+/, '')];
  }
  const comma = name.indexOf(',');
  // "Civil Defence, Emergency Situations and Disaster Relief Minister Vladimir Puchkov": an office
  // with commas, the name after its last office word.
  const listedOffice = comma > 0 ? splitRoleLabel(name) : null;
  if (listedOffice && listedOffice.officeBeforeName) return { kind: 'title', printed: head, name: titleCase(listedOffice.name), role: role ? `${listedOffice.role}, ${role}` : listedOffice.role, rest };
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
  const office = role === null || paren ? splitRoleLabel(name) : null;
  if (office) return { kind: 'title', printed: head, name: titleCase(office.name), role: role ? `${office.role}, ${role}` : office.role, rest };
  return { kind: 'title', printed: head, name, role, rest };
}

/** Capitalised words with name particles between: "Zhang Chengzhong", "Ministry of Foreign Affairs". */
function isNameLike(name: string): boolean {
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 7) return false;
  if (!/^[\p{Lu}\p{Lo}]/u.test(words[0]!) || !(/^[\p{Lu}\p{Lo}\p{N}]/u.test(words[words.length - 1]!) || PARTICLE_NAME.test(words[words.length - 1]!))) return false;
  return words.every((w) => /^[\p{Lu}\p{Lo}][\p{L}\p{N}.'’\-&]*$/u.test(w) || NAME_PARTICLES.has(w) || PARTICLE_NAME.test(w) || /^\p{N}+$/u.test(w) || /^[\p{Lo}]+$/u.test(w));
}

/** Whether a label is a lone title-case word ("Sunday", "Appendix") that needs the document to repeat it. */
export function needsRepetition(label: Label): boolean {
  return label.kind === 'title' && !label.name.includes(' ') && label.role === null && !ROLE_LABELS.test(label.name) && !isOutletName(label.name);
}

