// Saved passages: listed with their links, removable, exported as CSV or JSON.
import { useEffect } from 'preact/hooks';
import { CITE_FORMATS, citeUrl } from './cite-menu.tsx';
import { formatDate, KIND_LABELS, passageStart, safeHttpUrl } from './format.ts';
import { savedToCsv, savedToJson, unsavePassage, useSaved } from './saved-store.ts';

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function SavedPage() {
  const saved = useSaved();
  useEffect(() => {
    document.title = 'Saved passages · Verbatim';
  }, []);
  const stamp = new Date().toISOString().slice(0, 10);

  return (
    <article class="saved-page">
      <header class="doc-header">
        <h1>Saved passages</h1>
        <p class="muted">Kept in this browser only. {saved.length === 1 ? '1 passage.' : `${saved.length} passages.`}</p>
      </header>
      {saved.length === 0 ? (
        <p class="notice empty">
          Nothing saved yet. Use “Save” on any passage in the <a href="/">search results</a> to keep it here.
        </p>
      ) : (
        <>
          <div class="actions">
            <button type="button" onClick={() => download(`verbatim-saved-${stamp}.csv`, 'text/csv', savedToCsv(saved))}>
              Export CSV
            </button>
            <button type="button" onClick={() => download(`verbatim-saved-${stamp}.json`, 'application/json', savedToJson(saved))}>
              Export JSON
            </button>
          </div>
          <p class="actions cite-exports">
            Citations of all:{' '}
            {CITE_FORMATS.map(({ format, label }) => (
              <a key={format} href={citeUrl('/api/cite', format, true, `ids=${saved.map((s) => encodeURIComponent(s.id)).join(',')}&`)} download>
                {label}
              </a>
            ))}
          </p>
          <ol class="results saved-list">
            {saved.map((s) => {
              const url = safeHttpUrl(s.url);
              const path = `/p/${encodeURIComponent(s.id)}`;
              return (
                <li key={s.id} class="hit">
                  <div class="meta">
                    <span class="who">
                      {s.speakerId ? <a href={`/s/${encodeURIComponent(s.speakerId)}`}>{s.speaker}</a> : <span>{s.speaker ?? 'Unattributed'}</span>}
                      {s.role && <span class="role">, {s.role}</span>}
                    </span>
                    <span class={`badge badge-${s.kind}`}>{KIND_LABELS[s.kind] ?? s.kind}</span>
                    <time>{formatDate(s.date)}</time>
                  </div>
                  <blockquote class="text">{passageStart(s.text, 400)}</blockquote>
                  <div class="hit-links">
                    <a href={path}>Open passage</a>
                    <a href={`/d/${encodeURIComponent(s.documentId)}#${encodeURIComponent(s.id)}`}>{s.documentTitle}</a>
                    {url && (
                      <a href={url} rel="noopener noreferrer" target="_blank">
                        Original source{s.source ? ` (${s.source})` : ''}
                      </a>
                    )}
                    <button type="button" onClick={() => unsavePassage(s.id)}>
                      Remove
                    </button>
                  </div>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </article>
  );
}
