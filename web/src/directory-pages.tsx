// /speakers and /documents: everything the index holds, to browse without a query.
import { useEffect, useState } from 'preact/hooks';
import type { DocumentSummary, Speaker } from './api-types.ts';
import { fetchDocuments, fetchSpeakers } from './api.ts';
import { formatDate, plural } from './format.ts';
import { Loading, LoadError } from './status-views.tsx';
import { useFetch } from './use-fetch.ts';

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** Speakers by passages, with their roles and dates; typing filters by name, label or role. */
export function SpeakersPage() {
  const list = useFetch<{ speakers: Speaker[] }>('speakers', (signal) => fetchSpeakers(signal));
  const [filter, setFilter] = useState('');
  useEffect(() => {
    document.title = 'Speakers · Verbatim';
  }, []);
  if (!list || list.status === 'loading') return <Loading what="speakers" />;
  if (list.status === 'error') return <LoadError what="speaker list" error={list.error} />;
  const wanted = fold(filter.trim());
  const speakers = [...list.data.speakers]
    .sort((a, b) => b.passages - a.passages || a.name.localeCompare(b.name))
    .filter((s) => !wanted || fold([s.name, ...s.labels, ...s.roles.map((r) => r.role)].join(' ')).includes(wanted));
  return (
    <article class="directory">
      <h1>Speakers</h1>
      <label for="speaker-filter">Filter by name or role</label>{' '}
      <input id="speaker-filter" type="search" value={filter} onInput={(e) => setFilter(e.currentTarget.value)} autocomplete="off" />
      <p class="muted">
        {speakers.length === list.data.speakers.length ? plural(speakers.length, 'speaker') : `${speakers.length} of ${plural(list.data.speakers.length, 'speaker')}`}
      </p>
      <ul class="directory-list speakers-list">
        {speakers.map((s) => {
          const roles = [...new Set(s.roles.map((r) => r.role))];
          return (
            <li key={s.id}>
              <a href={`/s/${encodeURIComponent(s.id)}`}>{s.name}</a>
              {s.type !== 'person' && <span class="badge">{s.type === 'outlet' ? 'outlet' : 'group'}</span>}{' '}
              <span class="count">{plural(s.passages, 'passage')}</span>
              {roles.length > 0 && <span class="roles"> · {roles.slice(0, 3).join('; ')}</span>}
              {s.firstDate && (
                <span class="span muted">
                  {' '}
                  · {formatDate(s.firstDate)}
                  {s.lastDate && s.lastDate !== s.firstDate ? ` to ${formatDate(s.lastDate)}` : ''}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </article>
  );
}

/** Documents newest first (undated last), filtered by source. */
export function DocumentsPage({ search }: { search: string }) {
  const list = useFetch<{ documents: DocumentSummary[] }>('documents', (signal) => fetchDocuments(signal));
  const [source, setSource] = useState(new URLSearchParams(search).get('source') ?? '');
  useEffect(() => {
    document.title = 'Documents · Verbatim';
  }, []);
  if (!list || list.status === 'loading') return <Loading what="documents" />;
  if (list.status === 'error') return <LoadError what="document list" error={list.error} />;
  const sources = [...new Set(list.data.documents.map((d) => d.source).filter((s): s is string => !!s))].sort();
  const documents = list.data.documents
    .filter((d) => !source || d.source === source)
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.displayTitle.localeCompare(b.displayTitle));
  return (
    <article class="directory">
      <h1>Documents</h1>
      <label for="source-filter">Source</label>{' '}
      <select id="source-filter" value={source} onChange={(e) => setSource(e.currentTarget.value)}>
        <option value="">All sources</option>
        {sources.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
      <p class="muted">{plural(documents.length, 'document')}</p>
      <ul class="directory-list documents-list">
        {documents.map((d) => (
          <li key={d.id}>
            <time dateTime={d.date ?? undefined}>{formatDate(d.date)}</time> <a href={`/d/${encodeURIComponent(d.id)}`}>{d.displayTitle}</a>
            <span class="muted">
              {d.source ? ` · ${d.source}` : ''} · {plural(d.passages, 'passage')}
            </span>
          </li>
        ))}
      </ul>
    </article>
  );
}
