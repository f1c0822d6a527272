// Citations and permalinks for a passage, as the "Copy" buttons put them on the clipboard.
import type { DocumentDetail, DocumentRef, Kind, SpeakerRef } from './api-types.ts';
import { formatDate, safeHttpUrl } from './format.ts';

/** What the page needs to cite, save or link one passage; hits and passage pages both have it. */
export interface CitablePassage {
  id: string;
  text: string;
  kind: Kind;
  speaker: SpeakerRef | null;
  role: string | null;
  date: string | null;
  document: DocumentRef;
}

/** The document fields a citation names, taken from a full document (its passages left out). */
export function documentRef(doc: DocumentDetail): DocumentRef {
  return { id: doc.id, title: doc.title, displayTitle: doc.displayTitle, source: doc.source, url: doc.url, date: doc.date };
}

/** The passage's permalink as an absolute URL; with the query, so the recipient sees the match highlighted. */
export function permalinkUrl(id: string, origin = location.origin, q = ''): string {
  return `${origin}/p/${encodeURIComponent(id)}${q ? `?q=${encodeURIComponent(q)}` : ''}`;
}

/** Inner double quotes become single ones, so the quote's own marks never close the citation's. */
const nestQuotes = (text: string) => text.replace(/“/g, '‘').replace(/”/g, '’').replace(/"/g, "'");

/**
 * One-line citation: speaker, role, the whole passage (never cut inside its quotation marks),
 * document title (or source and date when untitled), source, date, source URL, permalink and
 * the date accessed. The API's /cite gives the same in BibTeX, RIS and CSL-JSON.
 */
export function citation(p: CitablePassage, accessed: Date = new Date(), origin = location.origin): string {
  const who = p.speaker ? `${p.speaker.name}${p.role ? ` (${p.role})` : ''}` : 'Unattributed';
  const date = p.date ?? p.document.date;
  const title = p.document.title ?? `${p.document.source ? `${p.document.source} transcript` : 'Transcript'}${date ? `, ${formatDate(date)}` : ''}`;
  const parts = [`${who}, “${nestQuotes(p.text.trim())}”`, `in “${title}”`, p.document.source, date ? formatDate(date) : null].filter(Boolean);
  const source = safeHttpUrl(p.document.url);
  const day = accessed.toISOString().slice(0, 10);
  return `${parts.join(', ')}.${source ? ` ${source}.` : ''} Verbatim: ${permalinkUrl(p.id, origin)} (accessed ${formatDate(day)}).`;
}

/** Copies text, falling back to a hidden textarea where the Clipboard API is unavailable. */
export async function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return;
    } catch {
      // Permission refused (e.g. no user activation): try the older way below.
    }
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'visually-hidden';
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('copy failed');
}
