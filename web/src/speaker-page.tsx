// A speaker: labels and roles seen, their passages newest first, a search scoped to them.
import { useEffect, useState } from 'preact/hooks';
import type { SearchResponse, SpeakerResponse } from './api-types.ts';
import { fetchSearch, fetchSpeaker } from './api.ts';
import { formatDate, plural } from './format.ts';
import { Pager, servedPages } from './pager.tsx';
import { ResultList } from './result-list.tsx';
import { navigate } from './router.ts';
import { Loading, LoadError } from './status-views.tsx';
import { useFetch } from './use-fetch.ts';

export function SpeakerPage({ id, search }: { id: string; search: string }) {
  const url = new URLSearchParams(search);
  const q = url.get('q') ?? '';
  const page = Math.max(1, Number(url.get('page')) || 1);
  const [draft, setDraft] = useState(q);
  useEffect(() => setDraft(q), [q]);

  const speaker = useFetch<SpeakerResponse>(`s:${id}`, (signal) => fetchSpeaker(id, signal));
  const params = new URLSearchParams({ speaker: id, sort: q ? 'relevance' : 'newest' });
  if (q) params.set('q', q);
  if (page > 1) params.set('page', String(page));
  const passages = useFetch<SearchResponse>(params.toString(), (signal) => fetchSearch(params, signal));

  useEffect(() => {
    if (speaker?.status === 'done') document.title = `${speaker.data.name} · Verbatim`;
  }, [speaker?.status]);

  if (!speaker || speaker.status === 'loading') return <Loading what="speaker" />;
  if (speaker.status === 'error') return <LoadError what="speaker" error={speaker.error} />;
  const s = speaker.data;
  const base = `/s/${encodeURIComponent(id)}`;
  const hrefFor = (p: number) => {
    const next = new URLSearchParams();
    if (q) next.set('q', q);
    if (p > 1) next.set('page', String(p));
    const query = next.toString();
    return query ? `${base}?${query}` : base;
  };
  const data = passages?.data;

  return (
    <article class="speaker-page">
      <header class="doc-header">
        <h1>{s.name}</h1>
        <p class="muted">
          {s.type === 'outlet' ? 'News outlet' : s.type === 'generic' ? 'Unnamed speaker' : 'Person'} · {plural(s.passages, 'passage')}
          {s.firstDate && ` · ${formatDate(s.firstDate)}${s.lastDate && s.lastDate !== s.firstDate ? ` to ${formatDate(s.lastDate)}` : ''}`}
        </p>
      </header>
      <section class="speaker-facts">
        {s.labels.length > 0 && (
          <div>
            <h2>Named as</h2>
            <ul class="inline-list">
              {s.labels.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          </div>
        )}
        {s.roles.length > 0 && (
          <div>
            <h2>Roles</h2>
            <ul>
              {s.roles.map((r) => (
                <li key={`${r.role}|${r.documentId}`}>
                  {r.role} — <a href={`/d/${encodeURIComponent(r.documentId)}`}>{formatDate(r.date)}</a>
                </li>
              ))}
            </ul>
          </div>
        )}
        {s.documents.length > 0 && (
          <div>
            <h2>Appears in</h2>
            <ul>
              {s.documents.map((d) => (
                <li key={d.id}>
                  <a href={`/d/${encodeURIComponent(d.id)}`}>{d.displayTitle}</a> <span class="muted">({formatDate(d.date)}, {plural(d.passages, 'passage')})</span>
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>
      <form
        role="search"
        class="search-form"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(draft.trim() ? `${base}?q=${encodeURIComponent(draft.trim())}` : base);
        }}
      >
        <label for="speaker-q">Search {s.name}’s passages</label>
        <div class="search-row">
          <input id="speaker-q" type="search" value={draft} onInput={(e) => setDraft(e.currentTarget.value)} autocomplete="off" />
          <button type="submit">Search</button>
        </div>
      </form>
      <h2>{q ? `Passages matching “${q}”` : 'Passages, newest first'}</h2>
      <p role="status" class="status">
        {passages?.status === 'loading' ? 'Searching…' : data ? `${plural(data.total, 'passage')}${q ? ` matching “${q}”` : ''}.` : ''}
      </p>
      <section class="results-area" aria-busy={passages?.status === 'loading'}>
        {passages?.status === 'error' && (
          <div class="notice error" role="alert">
            <p>The passages could not be loaded: {passages.error.message}</p>
          </div>
        )}
        {data && data.total === 0 && <p class="notice empty">No passages by {s.name}{q ? ` match “${q}”` : ''}.</p>}
        {data && data.total > 0 && <ResultList hits={data.hits} q={q} />}
        {data && <Pager page={page} pages={servedPages(data.total, data.limit)} hrefFor={hrefFor} />}
      </section>
    </article>
  );
}
