// Markdown with optional YAML front matter (title, date, source, source_url/url, speaker):
// the front matter is metadata, the body is read as text once its markup is removed.
import { parse as parseYaml } from 'yaml';
import { parseDateValue } from './dates.ts';
import type { ParsedDocument } from './passage.ts';
import { parseText } from './parse-text.ts';

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** Markup to text: escapes, emphasis, links, images, headings, HTML tags, rules. */
export function stripMarkdown(body: string): string {
  // A bold label at a line's start ("**Jerod Santo:**", "**Break**:") stays bold: it tells the
  // label reader the writer marked it as a label. Set aside while emphasis is removed.
  const labels: string[] = [];
  const kept = body.replace(BOLD_LABEL, (whole: string, indent: string, inner: string, colon: string | undefined) => {
    if (!colon && !/[:：]\s*$/.test(inner)) return whole;
    labels.push(`**${inner}**${colon ?? ''}`);
    return `${indent}\u0000${labels.length - 1}\u0000`;
  });
  return stripMarkup(kept).replace(/\u0000(\d+)\u0000/g, (_, k: string) => labels[Number(k)]!.replace(/\\([\\`*_{}\[\]()#+\-.!|>~"'])/g, '$1'));
}

/** "**Name:**" or "**Name**:" at a line's start, up to 120 characters inside the bold. */
const BOLD_LABEL = /^([ \t]*)\*\*([^*\n]{1,120}?)\*\*([:：])?/gm;

function stripMarkup(body: string): string {
  return body
    .replace(/<!--[\s\S]*?-->/g, '')
    // Bounded and unambiguous patterns: a page of "[a](" must not backtrack for minutes.
    .replace(/!\[[^\]\n]{0,500}\]\([^()\n]{0,2000}\)/g, '')
    .replace(/\[([^\]\n]{1,500})\]\([^()\n]{0,2000}\)/g, '$1')
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/^ {0,3}(?:[-*_]\s*){3,}$/gm, '')
    .replace(/^ {0,3}>\s?/gm, '')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[\s(])[*_](?=\S)([^*_\n]*?\S)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/\\([\\`*_{}\[\]()#+\-.!|>~"'])/g, '$1')
    .replace(/ {2,}$/gm, '');
}

export function parseMarkdown(raw: string, hints: { aliases?: Record<string, string> } = {}): ParsedDocument {
  const warnings: string[] = [];
  const match = raw.match(FRONT_MATTER);
  let front: Record<string, unknown> = {};
  if (match) {
    try {
      const parsed: unknown = parseYaml(match[1]!);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) front = parsed as Record<string, unknown>;
      else warnings.push('front matter is not a mapping; ignored');
    } catch (err) {
      warnings.push(`front matter is not valid YAML (${(err as Error).message.split('\n')[0]}); ignored`);
    }
  }
  const text = (key: string) => (typeof front[key] === 'string' && (front[key] as string).trim() ? (front[key] as string).trim().replace(/\s+/g, ' ') : null);
  let date: string | null = null;
  if (front.date !== undefined && front.date !== null) {
    date = parseDateValue(front.date);
    if (!date) warnings.push(`front matter date "${String(front.date)}" is not a date (expected YYYY-MM-DD); the document is indexed undated`);
  }
  let body = match ? raw.slice(match[0].length) : raw;
  // A leading "# Heading" is the title when the front matter gives none.
  let title = text('title');
  const heading = body.match(/^\s*#\s+(.+?)\s*#*\s*$/m);
  if (heading && !title && body.trimStart().startsWith('#')) title = heading[1]!.trim();
  body = body.replace(/^ {0,3}#{1,6}\s+.*$/gm, (line) => (title && line.replace(/^\s*#+\s*/, '').trim() === title ? '' : line.replace(/^\s*#+\s*/, '')));
  const doc = parseText(stripMarkdown(body), {
    meta: { title, date, source: text('source') ?? text('publisher'), url: text('source_url') ?? text('url') ?? text('link') },
    speaker: text('speaker'),
    aliases: hints.aliases,
    joinLines: true,
  });
  return { ...doc, warnings: [...warnings, ...doc.warnings] };
}
