// "Cite": a passage's citation in text, BibTeX, RIS or CSL-JSON, from the API, copied or downloaded.
import { useState } from 'preact/hooks';
import { copyText } from './citation.ts';

export const CITE_FORMATS = [
  { format: 'text', label: 'Text' },
  { format: 'bibtex', label: 'BibTeX' },
  { format: 'ris', label: 'RIS (EndNote, Zotero)' },
  { format: 'csl-json', label: 'CSL-JSON' },
] as const;

/** The API URL of citations in `format`; the page's origin makes their permalinks absolute. */
export function citeUrl(path: string, format: string, download: boolean, extra = ''): string {
  return `${path}?${extra}format=${format}&base=${encodeURIComponent(location.origin)}${download ? '&download=1' : ''}`;
}

export function CiteMenu({ id }: { id: string }) {
  const [message, setMessage] = useState('');
  const path = `/api/passages/${encodeURIComponent(id)}/cite`;
  const copy = async (format: string, label: string) => {
    try {
      const response = await fetch(citeUrl(path, format, false));
      if (!response.ok) throw new Error(`${response.status}`);
      await copyText(await response.text());
      setMessage(`${label} citation copied`);
    } catch {
      setMessage('Copying failed: use Download instead.');
    }
  };
  return (
    <details class="cite-menu">
      <summary>Cite</summary>
      <ul>
        {CITE_FORMATS.map(({ format, label }) => (
          <li key={format}>
            <span class="cite-format">{label}</span>
            <button type="button" onClick={() => void copy(format, label)} aria-label={`Copy ${label} citation`}>
              Copy
            </button>
            <a href={citeUrl(path, format, true)} download aria-label={`Download ${label} citation`}>
              Download
            </a>
          </li>
        ))}
      </ul>
      <p class="action-status" role="status">
        {message}
      </p>
    </details>
  );
}
