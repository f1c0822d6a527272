// Citations and permalinks for a passage, as the "Copy" buttons put them on the clipboard.
import type { DocumentDetail, DocumentRef, Kind, SpeakerRef } from './api-types.ts';
import { formatDate, passageStart, safeHttpUrl } from './format.ts';

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

/**
 * One-line citation: speaker, role, quoted start of the passage, document title, source,
 * date, source URL, permalink and the date accessed.
 */
export function citation(p: CitablePassage, accessed: Date = new Date(), origin = location.origin): string {
  const who = p.speaker ? `${p.speaker.name}${p.role ? ` (${p.role})` : ''}` : 'Unattributed';
  const parts = [
    `${who}, “${passageStart(p.text, 200)}”`,
    `in “${p.document.displayTitle}”`,
    p.document.source,
    formatDate(p.date ?? p.document.date),
  ].filter(Boolean);
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
