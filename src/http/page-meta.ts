// What a shared link to a passage, document or speaker page says before any script runs: the
// <title>, <meta name="description"> and Open Graph tags, so a pasted link previews as the
// speaker, the date and the first words. Everything is escaped: corpus text is untrusted.
import type { SearchIndex } from '../indexing/search-index.ts';
import { spelledDate } from '../cite/passage-citation.ts';

export interface PageMeta {
  title: string;
  description: string;
  type: 'article' | 'profile';
  /** The page's path (its canonical one, for a passage reached by an old id). */
  path: string;
}

/** Text cut at a word boundary to about `max` characters, with an ellipsis when cut. */
export function firstWords(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

const dated = (date: string | null) => (date ? spelledDate(date) : 'undated');

/** The meta of a page route ('p', 'd' or 's' and its id), or null when there is no such thing. */
export function pageMeta(index: SearchIndex, kind: string, id: string): PageMeta | null {
  if (kind === 'p') {
    const moved = index.redirectById.get(id);
    const passage = index.passageById.get(id) ?? (moved?.to ? index.passageById.get(moved.to) : undefined);
    if (!passage) return null;
    const speaker = passage.speakerId ? index.speakerById.get(passage.speakerId)?.name : undefined;
    const doc = index.documentById.get(passage.documentId);
    return {
      title: `${speaker ?? 'Unattributed'}, ${dated(passage.date ?? doc?.date ?? null)}`,
      description: `“${firstWords(passage.text, 200)}”${doc ? ` (${doc.displayTitle})` : ''}`,
      type: 'article',
      path: `/p/${encodeURIComponent(passage.id)}`,
    };
  }
  if (kind === 'd') {
    const doc = index.documentById.get(id);
    if (!doc) return null;
    const speakers = new Map<string, number>();
    for (const pid of doc.passageIds) {
      const sid = index.passageById.get(pid)?.speakerId;
      if (sid) speakers.set(sid, (speakers.get(sid) ?? 0) + 1);
    }
    const names = [...speakers].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([sid]) => index.speakerById.get(sid)?.name ?? sid);
    const where = [doc.source, doc.date ? spelledDate(doc.date) : null].filter(Boolean).join(', ');
    return {
      title: doc.displayTitle,
      description: `${where ? `${where}. ` : ''}${doc.passageIds.length} passages${names.length ? `; speakers: ${names.join(', ')}` : ''}.`,
      type: 'article',
      path: `/d/${encodeURIComponent(doc.id)}`,
    };
  }
  if (kind === 's') {
    const s = index.speakerById.get(id);
    if (!s) return null;
    const roles = [...new Set(s.roles.map((r) => r.role))].slice(0, 3);
    const span = s.firstDate ? ` from ${spelledDate(s.firstDate)}${s.lastDate && s.lastDate !== s.firstDate ? ` to ${spelledDate(s.lastDate)}` : ''}` : '';
    return {
      title: s.name,
      description: `${roles.length ? `${roles.join('; ')}. ` : ''}${s.passages} passages${span}.`,
      type: 'profile',
      path: `/s/${encodeURIComponent(s.id)}`,
    };
  }
  return null;
}

/** Text escaped for an HTML attribute value or element content. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[ch]};`);
}

/**
 * The page's index.html with the meta of one page: its <title> and description replaced, Open
 * Graph tags added; og:url only under a public URL (a link preview needs it absolute, and the
 * request's Host is not to be trusted).
 */
export function withPageMeta(html: string, meta: PageMeta, publicUrl: string | null): string {
  const title = `${meta.title} · Verbatim`;
  const og = [
    ['og:site_name', 'Verbatim'],
    ['og:type', meta.type],
    ['og:title', meta.title],
    ['og:description', meta.description],
    ...(publicUrl ? [['og:url', `${publicUrl.replace(/\/+$/, '')}${meta.path}`]] : []),
  ]
    .map(([property, content]) => `<meta property="${property}" content="${escapeHtml(content!)}" />`)
    .join('\n    ');
  return html
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(title)}</title>`)
    .replace(/<meta name="description"[^>]*>/, () => `<meta name="description" content="${escapeHtml(meta.description)}" />`)
    .replace('</head>', () => `    ${og}\n    <meta name="twitter:card" content="summary" />\n  </head>`);
}
