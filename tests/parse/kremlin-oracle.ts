// The label oracle of tests/fixtures/kremlin-en/SOURCE.md, as a plain scan of the raw .html
// files (no code of the product's parser): the article body's <p> elements, each a labelled
// turn (a bold run and a colon), a continuation of the current turn, or narration.
//
// Where the SOURCE.md rule, read to the letter, would name the wrong person, the scan reads
// what the page shows a reader (each case is a shape that occurs in the pages):
// - the person tooltips inside a label (<span class="read__tooltip ... hidden">Tkachev
//   Alexander</span>) are hidden on the page and are not part of the label;
// - a label split over adjacent bold runs (<b>Vladimir</b><b>Putin</b>:) is one label;
// - a qualifier between the bold run and the colon (<b>Question</b> (retranslated):) or a
//   full stop for the colon (<b>Sebastian Kurz</b>. Thank you) still ends a label;
// - a label that runs on past the bold (<b>Emergency Situations Minister</b> Vladimir
//   Puchkov: ...) ends at its colon;
// - a bold name the document uses as a label, with no colon after it (<b>Megyn Kelly</b> With
//   this?), is that person's turn.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export type OracleKind = 'turn' | 'continuation' | 'narration';

export interface OracleParagraph {
  file: string;
  kind: OracleKind;
  /** The label as printed (for turns), without the colon. */
  label: string | null;
  /** Canonical speaker: the personal name at the end of the label; null for anonymous labels and narration. */
  speaker: string | null;
  /** The passage kind a reader expects: questions from the floor, speech, or the site's narration. */
  passageKind: 'question' | 'speech' | 'narration';
  /** The paragraph's words after the label, white space collapsed. */
  text: string;
  /** The whole paragraph as the page shows it, label included. */
  whole: string;
}

export interface OracleScan {
  paragraphs: OracleParagraph[];
  sectionBreaks: number;
  headings: number;
  /** Distinct labels as printed. */
  labels: Set<string>;
}

/** Anonymous labels (SOURCE.md): members of the public or reporters, not named. */
const ANONYMOUS = new Set(['Question', 'Remark', 'Reply', 'Response']);
/** Of those, the ones that ask (the issue: "Question:", "Remark:" from the floor). */
const ASKING = new Set(['Question', 'Remark']);

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', laquo: '«', raquo: '»', mdash: '—', ndash: '–', hellip: '…', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”' };
function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return entities[e.toLowerCase()] ?? whole;
  });
}

/** Normalised text: tags stripped, entities decoded, U+00A0 to space, white space collapsed. */
export const textOf = (html: string) => decode(html.replace(/<[^>]*>/g, '')).replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();

/** Removes <span class="read__tooltip ...">...</span> with its nested spans (hidden on the page). */
function dropTooltips(html: string): string {
  let out = html;
  for (let at = out.indexOf('<span class="read__tooltip'); at >= 0; at = out.indexOf('<span class="read__tooltip')) {
    let depth = 0;
    const tag = /<(\/?)span\b[^>]*>/g;
    tag.lastIndex = at;
    let end = out.length;
    for (let m = tag.exec(out); m; m = tag.exec(out)) {
      depth += m[1] ? -1 : 1;
      if (depth === 0) {
        end = m.index + m[0].length;
        break;
      }
    }
    out = out.slice(0, at) + out.slice(end);
  }
  return out;
}

/** "Research Director of ..., moderator Fyodor Lukyanov" -> "Fyodor Lukyanov"; bare names are given by the corpus's own labels. */
function canonical(label: string, bareNames: Map<string, string>): string {
  let name = label.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  if (name.includes(',')) name = name.slice(name.lastIndexOf(',') + 1).trim();
  name = name.replace(/^moderator\s+/i, '');
  // Adjacent bold runs with no space between print "VladimirPutin": the page shows two words glued.
  const words = name.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').split(' ');
  // The shortest trailing run of two words or more that the corpus uses as a label by itself.
  for (let start = words.length - 2; start >= 0; start--) {
    const tail = bareNames.get(words.slice(start).join(' ').toLowerCase());
    if (tail) return tail;
  }
  return words.slice(-2).join(' ');
}

interface RawParagraph {
  file: string;
  bold: string | null;
  after: string;
}

function rawParagraphs(dir: string, file: string): RawParagraph[] {
  const page = readFileSync(join(dir, file), 'utf8');
  const start = page.indexOf('itemprop="articleBody"');
  const end = page.indexOf('read__bottommeta', start);
  const body = dropTooltips(page.slice(start, end)).replace(/<\/b>(\s*)<b>/g, '$1');
  const out: RawParagraph[] = [];
  for (const m of body.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/g)) {
    const inner = m[1]!;
    const b = inner.match(/^[\s\u00a0]*<b>([\s\S]+?)<\/b>/);
    out.push(b ? { file, bold: textOf(b[1]!), after: inner.slice(b[0].length) } : { file, bold: null, after: inner });
  }
  return out;
}

/** Scans every .html page of the folder. */
export function scanKremlin(dir: string): OracleScan {
  const files = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
  const pages = files.map((f) => rawParagraphs(dir, f));
  // Labels that are plain labels (bold text ending in a colon, or a colon right after).
  const labelOf = (p: RawParagraph): string | null => {
    if (p.bold === null || p.bold === '* * *') return null;
    const after = textOf(p.after);
    if (p.bold.endsWith(':')) return p.bold.slice(0, -1).trim();
    if (after.startsWith(':')) return p.bold;
    if (/^\([^)]*\)\s*:/.test(after)) return `${p.bold} ${after.slice(0, after.indexOf(':')).trim()}`;
    return null;
  };
  const plainLabels = pages.map((paras) => new Set(paras.map(labelOf).filter((l): l is string => l !== null)));
  const bareNames = new Map([...plainLabels.flatMap((s) => [...s])].filter((l) => l.split(' ').length <= 3 && /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}?\p{Ll}+)+$/u.test(l)).map((l) => [l.toLowerCase(), l]));

  const scan: OracleScan = { paragraphs: [], sectionBreaks: 0, headings: 0, labels: new Set() };
  pages.forEach((paras, k) => {
    let current: { label: string; speaker: string | null; passageKind: 'question' | 'speech' } | null = null;
    for (const p of paras) {
      const whole = textOf((p.bold ? `<b>${p.bold}</b>` : '') + p.after);
      if (p.bold === '* * *') {
        scan.sectionBreaks++;
        current = null;
        continue;
      }
      let label: string | null = null;
      let text = '';
      if (p.bold !== null) {
        const after = textOf(p.after);
        label = labelOf(p);
        if (label !== null) text = label === p.bold || p.bold.endsWith(':') ? after.replace(/^:\s*/, '') : after.slice(after.indexOf(':') + 1).trim();
        else if (/^\.\s/.test(after) && plainLabels[k]!.has(p.bold)) [label, text] = [p.bold, after.slice(2)];
        else if (/^[^.:!?()]{1,60}:/.test(after) && !/[.!?]/.test(p.bold)) [label, text] = [`${p.bold} ${after.slice(0, after.indexOf(':')).trim()}`, after.slice(after.indexOf(':') + 1).trim()];
        else if (plainLabels[k]!.has(p.bold) && after) [label, text] = [p.bold, after];
        else if (!after) {
          scan.headings++;
          current = null;
          continue;
        }
      }
      if (label !== null) {
        scan.labels.add(label);
        const anonymous = ANONYMOUS.has(label.replace(/\s*\(.*\)$/, ''));
        const speaker = anonymous ? null : canonical(label, bareNames);
        current = { label, speaker, passageKind: ASKING.has(label.replace(/\s*\(.*\)$/, '')) ? 'question' : 'speech' };
        // A turn whose words are only a stage direction ("Question: (without microphone).") has no speech to serve.
        if (text && !/^\([^()]*\)\.?$/.test(text)) scan.paragraphs.push({ file: files[k]!, kind: 'turn', label, speaker, passageKind: current.passageKind, text, whole });
        continue;
      }
      if (!whole) continue;
      if (current) scan.paragraphs.push({ file: files[k]!, kind: 'continuation', label: current.label, speaker: current.speaker, passageKind: current.passageKind, text: whole, whole });
      else scan.paragraphs.push({ file: files[k]!, kind: 'narration', label: null, speaker: null, passageKind: 'narration', text: whole, whole });
    }
  });
  return scan;
}
