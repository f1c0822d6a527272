// The search page: box, filters, results. Everything it shows follows from the URL.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Kind, SearchResponse } from './api-types.ts';
import { fetchSearch } from './api.ts';
import { DateFilter } from './date-filter.tsx';
import { formatDate, KIND_LABELS, plural } from './format.ts';
import { Pager } from './pager.tsx';
import { ResultList } from './result-list.tsx';
import { navigate, type Place } from './router.ts';
import { EMPTY_STATE, hasFilters, parseSearchState, searchParams, searchUrl, type SearchState, type Sort } from './search-state.ts';
import { SpeakerChips, SpeakerFilter } from './speaker-filter.tsx';
import { useFetch } from './use-fetch.ts';

/** How long typing pauses before the results follow. */
const TYPING_DELAY_MS = 200;

/** Speaker names seen in any response, so a selected speaker's chip keeps its name. */
const speakerNames = new Map<string, string>();

function rememberNames(data: SearchResponse) {
  for (const s of data.facets.speakers) speakerNames.set(s.id, s.name);
  for (const h of data.hits) if (h.speaker) speakerNames.set(h.speaker.id, h.speaker.name);
}

const nameOf = (id: string) => speakerNames.get(id) ?? id;

function describeFilters(state: SearchState): string {
  const parts: string[] = [];
  if (state.speakers.length) parts.push(`by ${state.speakers.map(nameOf).join(' or ')}`);
  if (state.kinds.length) parts.push(`of kind ${state.kinds.map((k) => KIND_LABELS[k]).join(' or ')}`);
  if (state.source) parts.push(`from ${state.source}`);
  if (state.from && state.to) parts.push(`dated ${formatDate(state.from)} to ${formatDate(state.to)}`);
  else if (state.from) parts.push(`dated from ${formatDate(state.from)}`);
  else if (state.to) parts.push(`dated up to ${formatDate(state.to)}`);
  return parts.join(', ');
}

function statusText(state: SearchState, result: ReturnType<typeof useFetch<SearchResponse>>): string {
  if (!result) return '';
  if (result.status === 'loading') return 'Searching…';
  if (result.status === 'error') return `Search failed: ${result.error.message}`;
  const { total } = result.data;
  const what = state.q ? ` for “${state.q}”` : '';
  return total === 0 ? `No passages found${what}.` : `${plural(total, 'passage')} found${what}.`;
}

export function SearchPage({ place }: { place: Place }) {
  const state = parseSearchState(place.search);
  const [draft, setDraft] = useState(state.q);
  const [panelOpen, setPanelOpen] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const typingTimer = useRef<number | undefined>(undefined);
  const input = useRef<HTMLInputElement>(null);
  /** The query the box last wrote to the URL: echoing it back could undo keys typed since. */
  const typed = useRef<string | null>(null);

  // Back/forward or a link changed the query: show it in the box.
  useEffect(() => {
    if (state.q !== typed.current) setDraft(state.q);
    typed.current = null;
  }, [state.q]);
  useEffect(() => input.current?.focus(), []);
  useEffect(() => {
    document.title = state.q ? `“${state.q}” · Verbatim` : 'Verbatim: search what was said';
  }, [state.q]);
  useEffect(() => () => clearTimeout(typingTimer.current), []);

  const params = searchParams(state);
  const active = !!state.q.trim() || hasFilters(state);
  // Typed (not yet committed) queries ask for prefix matching on the last word.
  if (place.provisional) params.set('as_you_type', 'true');
  const result = useFetch<SearchResponse>(active ? `${params}#${attempt}` : null, (signal) =>
    fetchSearch(params, signal).then((data) => {
      rememberNames(data);
      return data;
    }),
  );
  const data = result?.data ?? null;

  /** A committed change: a new history entry (replacing a provisional one typed just before it). */
  const commit = (next: Partial<SearchState>, options: { replaceProvisional?: boolean } = {}) => {
    clearTimeout(typingTimer.current);
    const url = searchUrl({ ...state, q: draft, page: 1, ...next });
    const unchanged = url === location.pathname + location.search;
    navigate(url, { replace: unchanged || (options.replaceProvisional === true && place.provisional) });
  };

  const onType = (value: string) => {
    setDraft(value);
    clearTimeout(typingTimer.current);
    typingTimer.current = window.setTimeout(() => {
      const current = parseSearchState(location.search);
      const provisional = (history.state as { provisional?: boolean } | null)?.provisional === true;
      typed.current = value;
      // The first keystroke after a committed view adds one entry; later ones rewrite it.
      navigate(searchUrl({ ...current, q: value, page: 1 }), { replace: provisional, provisional: true });
    }, TYPING_DELAY_MS);
  };

  const onInputKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      const first = document.querySelector<HTMLElement>('#results li.hit');
      if (first) {
        event.preventDefault();
        first.focus();
      }
    }
  };

  const filterCount = state.speakers.length + state.kinds.length + (state.source ? 1 : 0) + (state.from || state.to ? 1 : 0);
  const pages = data ? Math.max(1, Math.ceil(data.total / Math.max(1, data.limit))) : 1;

  return (
    <div class="search-page">
      <form
        role="search"
        class="search-form"
        onSubmit={(e) => {
          e.preventDefault();
          commit({ q: draft.trim() }, { replaceProvisional: true });
        }}
      >
        <label for="q">Search what was said</label>
        <div class="search-row">
          <input
            id="q"
            ref={input}
            type="search"
            name="q"
            value={draft}
            onInput={(e) => onType(e.currentTarget.value)}
            onKeyDown={onInputKeyDown}
            placeholder="e.g. steel, innovation, Xiong'an"
            autocomplete="off"
            spellcheck={false}
            aria-describedby="search-help"
            aria-controls="results"
          />
          <button type="submit">Search</button>
        </div>
        <p id="search-help" class="muted small">
          Press <kbd>/</kbd> to come back here, <kbd>↓</kbd> to move into the results.
        </p>
      </form>

      <p class="status" role="status" aria-live="polite" aria-atomic="true">
        {statusText(state, result)}
      </p>

      {!active ? (
        <Intro />
      ) : (
        <div class="layout">
          <button type="button" class="filters-toggle" aria-expanded={panelOpen} aria-controls="filters" onClick={() => setPanelOpen(!panelOpen)}>
            Filters{filterCount > 0 ? ` (${filterCount})` : ''}
          </button>
          <aside id="filters" class={`filters${panelOpen ? ' open' : ''}`} aria-label="Filters">
            {data ? (
              <Filters state={state} data={data} commit={commit} />
            ) : (
              <p class="muted">Filters appear with the results.</p>
            )}
          </aside>
          <section class="results-area" aria-busy={result?.status === 'loading'}>
            <div class="results-bar">
              <SpeakerChips selected={state.speakers} nameOf={nameOf} onChange={(speakers) => commit({ speakers })} />
              <label class="sort">
                Sort
                <select value={state.sort || (state.q.trim() ? 'relevance' : 'newest')} onChange={(e) => commit({ sort: e.currentTarget.value as Sort })}>
                  <option value="relevance">Relevance</option>
                  <option value="newest">Newest first</option>
                  <option value="oldest">Oldest first</option>
                </select>
              </label>
              {data && data.total > 0 && (
                <a class="csv" href={`/api/search.csv?${searchParams(state)}`} download>
                  Download CSV
                </a>
              )}
            </div>
            <Results state={state} result={result} retry={() => setAttempt(attempt + 1)} />
            {data && result?.status === 'done' && data.total > 0 && (
              <Pager page={state.page} pages={pages} hrefFor={(page) => searchUrl({ ...state, page })} />
            )}
          </section>
        </div>
      )}
    </div>
  );
}

function Intro() {
  return (
    <section class="intro">
      <h2>Who said what, when</h2>
      <p>Search the attributed passages of press conferences, briefings and news articles. Every result names its speaker, the document and the date, with a permanent link.</p>
      <p>
        Try <a href="/?q=steel">steel</a>, <a href="/?q=innovation">innovation</a> or <a href="/?q=Xiong%27an">Xiong’an</a>.
      </p>
      <p class="muted small">
        Words are all required by default; <code>"exact phrase"</code> matches a phrase. Saved passages are on the <a href="/saved">Saved</a> page.
      </p>
    </section>
  );
}

function Results({ state, result, retry }: { state: SearchState; result: ReturnType<typeof useFetch<SearchResponse>>; retry: () => void }) {
  if (!result) return null;
  if (result.status === 'error') {
    return (
      <div class="notice error" role="alert">
        <p>
          <strong>The search failed.</strong> {result.error.message}
        </p>
        <button type="button" onClick={retry}>
          Try again
        </button>
      </div>
    );
  }
  const data = result.data;
  if (!data) {
    return <p class="loading">Searching…</p>;
  }
  const filters = describeFilters(state);
  return (
    <div class={result.status === 'loading' ? 'stale' : ''}>
      {data.relaxed && data.total > 0 && (
        <p class="notice">
          <strong>No passage has all these words.</strong> Showing passages with some of them.
        </p>
      )}
      {data.fuzzy.length > 0 && data.total > 0 && (
        <p class="notice">
          Also matching close spellings: {data.fuzzy.map((f) => `${f.term} → ${f.matched.join(', ')}`).join('; ')}.
        </p>
      )}
      {data.total === 0 ? (
        <div class="notice empty">
          <p>
            <strong>No passages found</strong>
            {state.q ? (
              <>
                {' '}
                for “<span class="searched">{state.q}</span>”
              </>
            ) : null}
            {filters ? ` ${filters}` : ''}.
          </p>
          {hasFilters(state) ? (
            <ul class="drop-filters">
              {dropOneFilter(state).map(([label, url]) => (
                <li key={url}>
                  <a href={url}>{label}</a>
                </li>
              ))}
              <li>
                <a href={searchUrl({ ...EMPTY_STATE, q: state.q })}>Search “{state.q}” without filters</a>
              </li>
            </ul>
          ) : (
            <p>Check the spelling, or try fewer or different words.</p>
          )}
        </div>
      ) : (
        <ResultList hits={data.hits} q={state.q} />
      )}
    </div>
  );
}

/** One link per filter in use, each dropping just that filter. */
function dropOneFilter(state: SearchState): [string, string][] {
  const links: [string, string][] = [];
  const url = (next: Partial<SearchState>) => searchUrl({ ...state, page: 1, ...next });
  for (const id of state.speakers) links.push([`Without speaker ${nameOf(id)}`, url({ speakers: state.speakers.filter((s) => s !== id) })]);
  if (state.kinds.length) links.push([`Any kind, not only ${state.kinds.map((k) => KIND_LABELS[k]).join(' or ')}`, url({ kinds: [] })]);
  if (state.source) links.push([`Any source, not only ${state.source}`, url({ source: '' })]);
  if (state.from || state.to) links.push(['Any date', url({ from: '', to: '' })]);
  // With a single filter, the "without filters" link says the same thing.
  return links.length > 1 ? links : [];
}

function Filters({ state, data, commit }: { state: SearchState; data: SearchResponse; commit: (next: Partial<SearchState>) => void }) {
  const kinds = new Map(data.facets.kinds.map((k) => [k.value as Kind, k.count]));
  for (const k of state.kinds) if (!kinds.has(k)) kinds.set(k, 0);
  const sources = data.facets.sources;
  return (
    <>
      <SpeakerFilter facets={data.facets.speakers} selected={state.speakers} nameOf={nameOf} onChange={(speakers) => commit({ speakers })} />
      <DateFilter from={state.from} to={state.to} facets={data.facets} onChange={(from, to) => commit({ from, to })} />
      <fieldset class="filter">
        <legend>Kind</legend>
        {kinds.size === 0 && <p class="muted">No passages to count.</p>}
        <ul class="facet-list">
          {[...kinds].map(([kind, count]) => (
            <li key={kind}>
              <label>
                <input
                  type="checkbox"
                  checked={state.kinds.includes(kind)}
                  onChange={(e) => commit({ kinds: e.currentTarget.checked ? [...state.kinds, kind] : state.kinds.filter((k) => k !== kind) })}
                />
                <span class="facet-name">{KIND_LABELS[kind] ?? kind}</span>
                <span class="count">{count}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset class="filter">
        <legend>Source</legend>
        <label class="visually-hidden" for="source">
          Source
        </label>
        <select id="source" value={state.source} onChange={(e) => commit({ source: e.currentTarget.value })}>
          <option value="">All sources</option>
          {state.source && !sources.some((s) => s.value === state.source) && <option value={state.source}>{state.source} (0)</option>}
          {sources.map((s) => (
            <option key={s.value} value={s.value}>
              {s.value} ({s.count})
            </option>
          ))}
        </select>
      </fieldset>
    </>
  );
}
