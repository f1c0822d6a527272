// Page furniture: what a saved web page carries around the words that were said.
// Breadcrumbs, title and dateline, pagination, metadata labels, image lists, menus,
// share bars, copyright footers and "related" lists are taken out here; what they
// state about the document (title, source, date, URL) is kept as metadata.
import { alternation, RELATED_HEADINGS, SHARE_WORDS } from '../lexicon/index.ts';
import { classifyLines, isDateStamp as isDateStampLine, isTurnLine, ownClass } from './boilerplate.ts';
import { findDate } from './dates.ts';
import { detectLabel } from './detect-label.ts';
import { isFurniturePhrase, isListHeading } from './furniture-words.ts';
import type { DocumentMeta } from './passage.ts';

/** How many non-empty lines at the top of a page can hold its title and dateline. */
const HEAD_LINES = 12;

const META_LABELS: [keyof DocumentMeta, RegExp][] = [
  ['title', /^(?:标题|題名|Title|Headline)\s*[:：]\s*(.+)$/i],
  ['url', /^(?:网址|網址|链接|URL|Source URL|Link|Permalink)\s*[:：]\s*(https?:\/\/\S+)\s*$/i],
  ['source', /^(?:来源|來源|Source|Publisher)\s*[:：]\s*(.{2,60})$/i],
  ['date', /^(?:日期|时间|发布时间|Date|Published|Updated|Posted)\s*[:：]\s*(.+)$/i],
];
const IMAGE_LIST = /^(?:图片列表|圖片列表|Images?|Image list|Photos?)\s*[:：]\s*$/i;
const IMAGE_ENTRY = /^(?:\d+[.)]\s*)?.{0,200}\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?)\b.*$/i;
const BREADCRUMB = /^(?:Home|首页|Start|Main)\s*(?:[-–—>»/|]\s*[^-–—>»/|]{1,40}?\s*)*[-–—>»/|]?\s*$/i;
const PAGINATION = /^(?:(?:[<>«»‹›]|\.{3}|…|\d{1,4}|Prev(?:ious)?|Next|First|Last|上一页|下一页)\s*){2,}$|^Page \d+ of \d+$/i;
/** A copyright footer: short, and with the sign, a year or "all rights reserved" (a sentence may start with "Copyright"). */
const COPYRIGHT = /^(?:©|\(c\)\s*\d{4}|Copyright\s*(?:©|\(c\)|\d{4})|All rights reserved|版权所有)|^.{0,120}(?:©|All rights reserved).{0,120}$/i;
const RELATED = new RegExp(`^(?:${alternation(RELATED_HEADINGS)})\\s*[:：]?\\s*$`, 'i');
const SHARE_LINE = new RegExp(`^(?:${alternation(SHARE_WORDS)}|\\d+ comments?)$`, 'i');
/** A licence notice of the site's content ("All content on this site is licensed under Creative Commons ..."). */
const LICENCE = /^.{0,80}\b(?:is|are) (?:licensed|available) under(?: the)?(?: (?:a|the) )?(?:\s*Creative Commons.{0,60}|\s*CC[ -]BY.{0,40})?$|^Creative Commons (?:Attribution|Zero|CC0).{0,60}$/i;

export interface Stripped {
  lines: string[];
  meta: DocumentMeta;
}

/** Words in a line, counted up to `max + 1` at most: callers only ask "at most n?" of long lines. */
function wordsIn(line: string, max = Infinity): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < line.length && count <= max; i++) {
    const space = line.charCodeAt(i) <= 32;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}
const endsSentence = (line: string) => /[.!?。！？:：;"”)]$/.test(line);

/** A "Source | Date" dateline: split on |, one part a date, the rest a source. */
function readDateline(line: string): { source: string | null; date: string } | null {
  if (line.length > 160) return null;
  const parts = line.split(/\s+[|｜·•]\s+|\s*[|｜]\s*/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return null;
  let date: string | null = null;
  let source: string | null = null;
  for (const part of parts) {
    const cleaned = part.replace(/^(?:Updated|Published|Posted|Date)\s*[:：]?\s*/i, '');
    const found: string | null = date ? null : findDate(cleaned);
    if (found) date = found;
    else if (!source && !/^(?:By|Author|Editor|Source)\b/i.test(part) && wordsIn(part, 6) <= 6) source = part;
  }
  return date ? { source, date } : null;
}

/** A line that is a menu of a site's sections: many short items between separators. */
function isMenuLine(line: string): boolean {
  if (!/[|•·]|\s{3}/.test(line)) return false;
  const items = line.split(/\s*[|•·]\s*|\s{3,}/).filter(Boolean);
  return items.length >= 4 && items.every((item) => wordsIn(item, 3) <= 3 && !/[.!?]$/.test(item));
}

/** Takes the furniture out of a page's lines; `known` is metadata stated elsewhere (front matter). */
export function stripFurniture(lines: string[], known: DocumentMeta = { title: null, date: null, source: null, url: null }): Stripped {
  const meta: DocumentMeta = { ...known };
  const out: (string | null)[] = lines.map((l) => l.trimEnd());
  const nonEmpty = out.flatMap((l, i) => (l && l.trim() ? [i] : []));
  const head = new Set(nonEmpty.slice(0, HEAD_LINES));

  // Metadata labels, image lists, pagination, copyright, menus, share bars: anywhere.
  for (let i = 0; i < out.length; i++) {
    const line = out[i]?.trim();
    if (!line) continue;
    let taken = false;
    for (const [field, pattern] of META_LABELS) {
      const m = line.match(pattern);
      if (!m || !(head.has(i) || field === 'url')) continue;
      const value = m[1]!.trim();
      if (field === 'date') {
        const date = findDate(value);
        if (!date) continue;
        meta.date ??= date;
      } else meta[field] ??= value;
      taken = true;
      break;
    }
    if (taken || PAGINATION.test(line) || COPYRIGHT.test(line) || LICENCE.test(line) || isMenuLine(line) || (head.has(i) && BREADCRUMB.test(line)) || (isFurniturePhrase(line) && !isListHeading(line))) {
      out[i] = null;
      continue;
    }
    if (IMAGE_LIST.test(line)) {
      out[i] = null;
      for (let j = i + 1; j < out.length; j++) {
        const next = out[j]?.trim() ?? '';
        if (next && !IMAGE_ENTRY.test(next)) break;
        out[j] = null;
      }
      continue;
    }
    if (RELATED.test(line) || isListHeading(line)) {
      // The heading and the list of headlines under it, up to the first real paragraph.
      out[i] = null;
      for (let j = i + 1; j < out.length; j++) {
        const next = out[j]?.trim() ?? '';
        if (next && (next.length > 160 || (endsSentence(next) && wordsIn(next, 12) > 12) || isTurnLine(next))) break;
        out[j] = null;
      }
    }
  }
  dropRuns(out, (line) => SHARE_LINE.test(line), 2);
  dropRuns(out, (line) => wordsIn(line, 3) <= 3 && !endsSentence(line) && /^\p{Lu}/u.test(line) && !/[:：]$/.test(line) && line !== 'Q', 4);

  // The dateline near the top, and the title line just above it.
  for (const i of nonEmpty.slice(0, HEAD_LINES)) {
    const line = out[i]?.trim();
    if (!line) continue;
    const dateline = readDateline(line) ?? (wordsIn(line, 5) <= 5 && findDate(line) ? { source: null, date: findDate(line)! } : null);
    if (!dateline) continue;
    meta.date ??= dateline.date;
    meta.source ??= dateline.source;
    out[i] = null;
    if (!meta.title) {
      const above = previousLine(out, i);
      if (above !== null && isTitleLike(out[above]!.trim())) {
        meta.title = out[above]!.trim();
        out[above] = null;
      }
    }
    break;
  }

  // A page whose navigation fills the top: the title and dateline follow it (rule of the shape, any depth).
  if (!meta.title) readHeadAfterNavigation(out, meta);
  dropDoubledLines(out);
  dropTail(out);
  // A date line inside the article ("Part 2, Kaliningrad, March 2, 2018") heads a part; it is nobody's words.
  for (let i = 0; i < out.length; i++) if (out[i] && isDateStampLine(out[i]!.trim())) out[i] = null;

  // The title repeated in the body is furniture too.
  if (meta.title) {
    const folded = foldLine(meta.title);
    for (let i = 0; i < out.length; i++) if (out[i] && foldLine(out[i]!) === folded) out[i] = null;
  }
  return { lines: out.filter((l): l is string => l !== null), meta };
}

function previousLine(lines: (string | null)[], i: number): number | null {
  for (let j = i - 1; j >= 0; j--) {
    if (lines[j] === null) continue;
    if (lines[j]!.trim()) return j;
  }
  return null;
}

function isTitleLike(line: string): boolean {
  return line.length >= 8 && line.length <= 300 && !/[:：]$/.test(line) && wordsIn(line) >= 2;
}

const foldLine = (line: string) => line.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().replace(/\.$/, '');

/** Drops runs of at least `min` consecutive non-empty lines that all match. */
function dropRuns(lines: (string | null)[], matches: (line: string) => boolean, min: number): void {
  let start = -1;
  const flush = (end: number) => {
    const members = lines.slice(start, end).flatMap((l, k) => (l !== null && l.trim() ? [start + k] : []));
    if (members.length >= min) for (const k of members) lines[k] = null;
    start = -1;
  };
  for (let i = 0; i <= lines.length; i++) {
    const line = i < lines.length ? lines[i] : undefined;
    if (line === null) continue;
    const text = line?.trim() ?? '';
    if (line !== undefined && (!text || matches(text))) {
      if (start < 0 && text) start = i;
      continue;
    }
    if (start >= 0) flush(i);
  }
}

/**
 * Image captions: a page dump prints a picture's caption twice in a row (alt text and caption
 * line). A line printed twice with nothing between is dropped, with its other copies; speaker
 * turns are never captions.
 */
function dropDoubledLines(lines: (string | null)[]): void {
  const doubled = new Set<string>();
  let previous: string | null = null;
  for (const l of lines) {
    const line = l?.trim();
    if (!line) continue;
    if (previous !== null && lineWords(line) >= 2 && (line === previous || withCredit(line, previous)) && !isTurnLine(line)) {
      doubled.add(line);
      doubled.add(previous);
    }
    previous = line;
  }
  if (doubled.size === 0) return;
  for (let i = 0; i < lines.length; i++) if (lines[i] && doubled.has(lines[i]!.trim())) lines[i] = null;
}

const lineWords = (line: string) => wordsIn(line, 50);
/** "Meeting of the Club. Photo: RIA Novosti" after "Meeting of the Club.": the caption again, with its credit. */
const withCredit = (line: string, caption: string) => line.startsWith(caption) && /^\s*(?:Photo|Photograph|Image|Picture|Credit)s?\s*(?:by\b|[:：])/i.test(line.slice(caption.length));
const DATE_ONLY_WORDS = 6;
/** A clock time ("16:15") or a place line ("Sabetta", "Arkhangelsk Region") printed under a dateline. */
const TIME_LINE = /^\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5})?$/;

/** A heading: a line of a few words that does not end a sentence or introduce a list, and is not a turn. */
function isHeadingLike(line: string): boolean {
  return isTitleLike(line) && !/[.;,]$/.test(line) && lineWords(line) <= 30 && /^[\p{Lu}\p{N}"“‘'«]/u.test(line) && !isTurnLine(line) && !isFurniturePhrase(line);
}

const isDateLine = (line: string) => lineWords(line) <= DATE_ONLY_WORDS && findDate(line) !== null;

/**
 * Site navigation first, then the title ("the heading-like line that follows it"), then maybe a
 * one-sentence summary, a dateline (date, time, place) and the article. The navigation is the
 * run of lines before the first prose line that block statistics class as boilerplate; the
 * title is the last heading in that run (a date in it or in the dateline just below dates the
 * document). Navigation, summary and dateline are dropped; a page with no such run is left alone.
 */
function readHeadAfterNavigation(lines: (string | null)[], meta: DocumentMeta): void {
  const live = lines.flatMap((l, i) => (l !== null && l.trim() ? [i] : []));
  const firstProse = live.findIndex((i) => ownClass(lines[i]!.trim()) === 'good');
  if (firstProse < 0) return;
  const classes = classifyLines(live.slice(0, firstProse).map((i) => lines[i]!));
  // The title: the last heading before the first prose line, skipping date, time and place lines.
  let t = firstProse - 1;
  let dateAt = -1;
  while (t >= 0) {
    const line = lines[live[t]!]!.trim();
    if (isDateLine(line)) dateAt = t;
    else if (!TIME_LINE.test(line) && !(dateAt >= 0 && t === dateAt + 1) && isHeadingLike(line) && lineWords(line) >= 2) break;
    t--;
  }
  if (t < 0) return;
  const before = classes.slice(0, t).filter(Boolean);
  // Navigation: at least two lines, nearly all boilerplate (a page that opens on its title has none).
  if (before.length < 2 || before.filter((c) => c === 'bad').length < before.length * 0.8) {
    if (!(t === 0 && (dateAt > t || findDate(lines[live[t]!]!) !== null))) return;
  }
  const title = lines[live[t]!]!.trim();
  meta.title = title;
  meta.date ??= findDate(title);
  for (let k = 0; k <= t; k++) lines[live[k]!] = null;
  // Under the title: a dateline with its time and place lines, and at most one summary sentence before it.
  for (let k = t + 1; k < Math.min(live.length, t + 7); k++) {
    const line = lines[live[k]!]?.trim();
    if (!line) continue;
    if (isDateLine(line)) {
      meta.date ??= findDate(line);
      for (let j = t + 1; j <= k; j++) lines[live[j]!] = null;
      for (let j = k + 1; j < Math.min(live.length, k + 3); j++) {
        const next = lines[live[j]!]?.trim();
        if (next && (TIME_LINE.test(next) || (lineWords(next) <= 4 && !/[.!?:]$/.test(next) && !isTurnLine(next) && ownClass(next) !== 'good'))) lines[live[j]!] = null;
        else break;
      }
      // The rest of the dateline's block (no blank line between) is the photo captions printed under it.
      for (let j = live[k]! + 1; j < lines.length && lines[j] !== ''; j++) {
        const next = lines[j]?.trim();
        if (next === undefined || !next) {
          if (lines[j] !== null) break;
          continue;
        }
        if (isTurnLine(next)) break;
        lines[j] = null;
      }
      break;
    }
    if (k > t + 2) break;
  }
}

/**
 * The end of a page: the lines after the last one block statistics class as content ("See
 * also" lists, tags, publication status, share widgets, footers) are dropped.
 */
const isLabelOnly = (line: string) => line.length <= 300 && /[:：]$/.test(line) && detectLabel(line)?.rest === '';

function dropTail(lines: (string | null)[]): void {
  const live = lines.flatMap((l, i) => (l !== null && l.trim() ? [i] : []));
  const classes = classifyLines(live.map((i) => lines[i]!));
  if (!classes.includes('good')) return;
  // A label with no words after it ends nobody's turn ("Official Website of the President of Russia:").
  for (let k = live.length - 1; k >= 0 && (classes[k] === 'bad' || isLabelOnly(lines[live[k]!]!.trim())); k--) lines[live[k]!] = null;
}

