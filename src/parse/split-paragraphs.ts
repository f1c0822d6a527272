// Paragraphs from lines. Pages come two ways: one paragraph per line (web dumps), or
// hard-wrapped text where blank lines separate paragraphs (Markdown, e-mail, transcripts
// from typewriter-era systems). Which one is decided per document from its line lengths.
import { detectLabel } from './detect-label.ts';
import { collapseSpaces } from './normalize.ts';

/** A line that is nothing but a stage direction: "(Laughter.)", "[applause]". */
export const STAGE_DIRECTION = /^(?:[(\[][^()\[\]]{1,300}[)\]]\.?\s*)+$/;

/**
 * Whether a document's multi-line blocks are hard-wrapped prose (to be joined into
 * paragraphs): short lines that mostly break mid-sentence. Lines that each end a sentence
 * are one paragraph per line, however short.
 */
export function isHardWrapped(lines: string[]): boolean {
  const lengths: number[] = [];
  let inner = 0;
  let innerEnded = 0;
  let block: string[] = [];
  const flush = () => {
    if (block.length > 1) {
      for (const l of block) lengths.push(l.trim().length);
      for (const l of block.slice(0, -1)) {
        inner++;
        if (/[.!?。！？"”)\]]$/.test(l.trim())) innerEnded++;
      }
    }
    block = [];
  };
  for (const line of lines) {
    if (line.trim()) block.push(line);
    else flush();
  }
  flush();
  if (lengths.length < 3) return false;
  lengths.sort((a, b) => a - b);
  const p90 = lengths[Math.floor(lengths.length * 0.9)]!;
  return p90 <= 120 && innerEnded < inner * 0.5;
}

/**
 * Splits lines into paragraphs (white space collapsed), keeping labels at paragraph starts.
 * `wrapped` forces joining lines within blank-line blocks (Markdown); by default it is detected.
 */
export function splitParagraphs(lines: string[], wrapped: boolean = isHardWrapped(lines)): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  let previousLabelOnly = false;
  let previousStage = false;
  const flush = () => {
    const text = collapseSpaces(current.join(' '));
    if (text) paragraphs.push(text);
    current = [];
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) {
      flush();
      continue;
    }
    if (!wrapped) {
      flush();
      current.push(markBareLabel(line));
      continue;
    }
    // Inside a wrapped block a new paragraph starts at a label or a stage direction, and after
    // a label standing alone on its line. Each line's label is read once.
    const label = detectLabel(line);
    const stage = STAGE_DIRECTION.test(line);
    const startsTurn = label !== null && (label.kind !== 'title' || label.rest === '');
    if (current.length && (startsTurn || stage || previousStage || previousLabelOnly)) flush();
    current.push(current.length ? line : markBareLabel(line));
    previousLabelOnly = label !== null && label.rest === '';
    previousStage = stage;
  }
  flush();
  return paragraphs;
}

/**
 * "Q    — or other kinds" : a bare Q (or A) is told from a word by the spaces after it,
 * which collapsing white space would lose; mark it with a colon first.
 */
function markBareLabel(line: string): string {
  return line.replace(/^([QA])\s{2,}(?=\S)/, '$1: ');
}
