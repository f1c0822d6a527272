// A search as an Atom 1.0 feed (RFC 4287): its newest matching passages, one entry each.
import type { SearchIndex } from '../indexing/search-index.ts';
import { versionBuiltAt } from '../indexing/manifest.ts';
import { spelledDate } from '../cite/passage-citation.ts';

/** Entries a feed holds: the newest matches. */
export const FEED_ENTRIES = 50;

// XML 1.0 cannot carry most control characters, lone surrogates or U+FFFE/U+FFFF at all, even
// escaped; corpus text may hold them, so they are dropped.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text as XML character data or an attribute value. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (ch) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[ch]};`);
}

/** An RFC 3339 time from a corpus date ("2024", "2024-05", "2024-05-24"): its first day, midnight UTC. */
export function feedTime(date: string): string {
  const [year, month = '01', day = '01'] = date.split('-');
  return `${year}-${month}-${day}T00:00:00Z`;
}

export interface FeedOptions {
  /** The search's query string as the client sent it (the feed's identity). */
  search: string;
  /** The server's public base URL: ids and links are absolute under it; without one, ids are URNs and links paths. */
  publicUrl: string | null;
}

/** The feed of passages `ns` (newest first) of a search. */
export function searchFeed(index: SearchIndex, ns: readonly number[], q: string, { search, publicUrl }: FeedOptions): string {
  const base = publicUrl?.replace(/\/+$/, '') ?? '';
  const built = versionBuiltAt(index.version);
  const page = (path: string) => `${base}${path}`;
  const entries = ns.map((n) => {
    const p = index.corpus.passages[n]!;
    const doc = index.documentById.get(p.documentId);
    const speaker = p.speakerId ? index.speakerById.get(p.speakerId)?.name : undefined;
    const date = p.date ?? doc?.date ?? null;
    const path = `/p/${encodeURIComponent(p.id)}`;
    const updated = date ? feedTime(date) : built;
    return [
      '  <entry>',
      `    <id>${xmlText(base ? page(path) : `urn:verbatim:passage:${p.id}`)}</id>`,
      `    <title>${xmlText(`${speaker ?? 'Unattributed'}, ${date ? spelledDate(date) : 'undated'}`)}</title>`,
      `    <updated>${updated}</updated>`,
      ...(speaker ? [`    <author><name>${xmlText(speaker)}</name></author>`] : []),
      `    <link rel="alternate" type="text/html" href="${xmlText(page(path))}"/>`,
      ...(doc ? [`    <source><title>${xmlText(doc.displayTitle)}</title></source>`] : []),
      `    <content type="text">${xmlText(p.text)}</content>`,
      '  </entry>',
    ].join('\n');
  });
  const dates = ns.map((n) => index.corpus.passages[n]!).map((p) => p.date ?? index.documentById.get(p.documentId)?.date ?? null);
  const newest = dates.filter((d): d is string => d !== null).sort().pop();
  const self = `/api/search.atom${search}`;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xmlText(base ? page(self) : `urn:verbatim:search:${encodeURIComponent(search.replace(/^\?/, ''))}`)}</id>`,
    `  <title>${xmlText(q.trim() ? `Verbatim: “${q.trim()}”` : 'Verbatim: newest passages')}</title>`,
    `  <updated>${newest && feedTime(newest) > built ? feedTime(newest) : built}</updated>`,
    '  <author><name>Verbatim</name></author>',
    '  <generator>Verbatim</generator>',
    `  <link rel="self" type="application/atom+xml" href="${xmlText(page(self))}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(page(`/${search}`))}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
