// Saved passages, kept in this browser's localStorage (no account), with CSV and JSON export.
import { useEffect, useState } from 'preact/hooks';
import type { Kind } from './api-types.ts';
import { permalinkUrl, type CitablePassage } from './citation.ts';

/** A saved passage: enough to list, cite and export it without the server. */
export interface SavedPassage {
  id: string;
  text: string;
  kind: Kind;
  speaker: string | null;
  speakerId: string | null;
  role: string | null;
  date: string | null;
  documentId: string;
  documentTitle: string;
  source: string | null;
  url: string | null;
  permalink: string;
  savedAt: string;
}

const KEY = 'verbatim:saved:v1';
const CHANGE = 'verbatim:saved';
const FIELDS: readonly (keyof SavedPassage)[] = ['id', 'text', 'kind', 'speaker', 'speakerId', 'role', 'date', 'documentId', 'documentTitle', 'source', 'url', 'permalink', 'savedAt'];
const REQUIRED: readonly (keyof SavedPassage)[] = ['id', 'text', 'kind', 'documentId', 'documentTitle', 'permalink', 'savedAt'];

/** Keeps only well-formed entries: storage is shared with whatever else ran on this origin. */
function validEntry(value: unknown): value is SavedPassage {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return FIELDS.every((f) => {
    const v = record[f];
    return typeof v === 'string' || (v === null && !REQUIRED.includes(f));
  });
}

export function readSaved(): SavedPassage[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(validEntry) : [];
  } catch {
    return [];
  }
}

function writeSaved(list: SavedPassage[]): void {
  localStorage.setItem(KEY, JSON.stringify(list));
  dispatchEvent(new Event(CHANGE));
}

export function toSaved(p: CitablePassage, now = new Date(), origin = location.origin): SavedPassage {
  return {
    id: p.id,
    text: p.text,
    kind: p.kind,
    speaker: p.speaker?.name ?? null,
    speakerId: p.speaker?.id ?? null,
    role: p.role,
    date: p.date,
    documentId: p.document.id,
    documentTitle: p.document.displayTitle,
    source: p.document.source,
    url: p.document.url,
    permalink: permalinkUrl(p.id, origin),
    savedAt: now.toISOString(),
  };
}

export function savePassage(p: CitablePassage): void {
  writeSaved([toSaved(p), ...readSaved().filter((s) => s.id !== p.id)]);
}

export function unsavePassage(id: string): void {
  writeSaved(readSaved().filter((s) => s.id !== id));
}

/** The saved list, kept current across components and other tabs. */
export function useSaved(): SavedPassage[] {
  const [list, setList] = useState(readSaved);
  useEffect(() => {
    const update = () => setList(readSaved());
    addEventListener(CHANGE, update);
    addEventListener('storage', update);
    return () => {
      removeEventListener(CHANGE, update);
      removeEventListener('storage', update);
    };
  }, []);
  return list;
}

function csvField(value: string | null): string {
  const text = value ?? '';
  // A leading = + - @ would run as a formula in a spreadsheet; a quote mark keeps it text.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function savedToCsv(list: readonly SavedPassage[]): string {
  const rows = [FIELDS.join(','), ...list.map((s) => FIELDS.map((f) => csvField(s[f])).join(','))];
  return `${rows.join('\r\n')}\r\n`;
}

export function savedToJson(list: readonly SavedPassage[]): string {
  return `${JSON.stringify(list, null, 2)}\n`;
}
