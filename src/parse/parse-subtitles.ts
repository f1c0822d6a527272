// Subtitles (WebVTT, SubRip): video transcripts cut into timed cues. Cue numbers, timings
// and styling are furniture; voice tags (<v Jane Doe>) and "- Name:" lines name speakers.
// Cues are joined back into paragraphs: a new paragraph at each change of speaker, and
// every ~120 words at a sentence end so an unlabelled talk does not become one passage.
import { normalizeText } from './normalize.ts';
import type { ParsedDocument } from './passage.ts';
import { parseText, type ParseHints } from './parse-text.ts';

const TIMING = /^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}\s*-->/;
const PARAGRAPH_WORDS = 120;

export function parseSubtitles(raw: string, hints: ParseHints = {}): ParsedDocument {
  const blocks = normalizeText(raw).split(/\n\s*\n/);
  const lines: string[] = [];
  // The paragraph being joined, with its word count and how it ends kept as it grows: reading
  // it at every cue (even endsWith, which flattens the joined string) would make a long
  // unpunctuated talk quadratic.
  let current = '';
  let words = 0;
  let endsSentence = false;
  let endsLabel = false;
  let speaker: string | null = null;
  const flush = () => {
    if (current.trim()) lines.push(current.trim());
    current = '';
    words = 0;
    endsSentence = false;
    endsLabel = false;
  };
  const append = (piece: string) => {
    current += piece;
    words += piece.split(' ').length - 1;
  };
  for (const block of blocks) {
    const cue = block.split('\n').filter((l) => l.trim() && !/^WEBVTT\b/.test(l) && !/^(?:NOTE|STYLE|REGION)\b/.test(l) && !TIMING.test(l) && !/^\d+$/.test(l.trim()));
    if (block.trimStart().startsWith('NOTE') || block.trimStart().startsWith('STYLE')) continue;
    for (const line of cue) {
      const voice = line.match(/<v(?:\.[\w.-]+)?\s+([^>]+)>/);
      const dash = line.match(/^\s*-\s*([\p{Lu}][\p{L}.'’ -]{0,40}?):\s/u);
      const text = line
        .replace(/<\/?[a-z][^>]*>|<\d{1,2}:\d{2}[^>]*>/gi, '')
        .replace(/^\s*-\s*/, '')
        .replace(/^([\p{Lu}][\p{L}.'’ -]{0,40}?):\s/u, (m, name: string) => (dash && name === dash[1] ? '' : m))
        .trim();
      const who = voice?.[1]?.trim() ?? dash?.[1]?.trim() ?? null;
      if (who && who !== speaker) {
        flush();
        speaker = who;
        append(`${who}: `);
        endsLabel = true;
      } else if (words + 1 > PARAGRAPH_WORDS && endsSentence) {
        flush();
      }
      if (text) {
        append((current && !endsLabel ? ' ' : '') + text);
        endsSentence = /[.!?]["”]?$/.test(text);
        endsLabel = false;
      }
    }
  }
  flush();
  return parseText(lines.join('\n'), { ...hints, joinLines: false });
}
