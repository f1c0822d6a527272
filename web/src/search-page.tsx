// The search page: box, filters, results. Everything it shows follows from the URL.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SearchResponse } from './api-types.ts';
import { fetchSearch } from './api.ts';
import { FeedLink, IndexChangedNotice } from './feed-link.tsx';
import { Filters } from './filters-panel.tsx';
import { plural } from './format.ts';
import { Pager, servedPages } from './pager.tsx';
import { isLongQuotation, quoteUrl } from './quote-offer.ts';
import { navigate, type Place } from './router.ts';
import { Intro, Results } from './search-results.tsx';
import { hasFilters, parseSearchState, searchParams, searchUrl, type SearchState, type Sort } from './search-state.ts';
import { SpeakerChips } from './speaker-filter.tsx';
import { nameOf, rememberNames } from './speaker-names.ts';
import { useFetch, type FetchState } from './use-fetch.ts';

/** How long typing pauses before the results follow. */
const TYPING_DELAY_MS = 200;

function statusText(state: SearchState, result: FetchState<SearchResponse> | null): string {
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
  // The index version a shared link was made on stays with the link's own search only.
  const linkVersion = new URLSearchParams(place.search).get('v');
  if (linkVersion) params.set('v', linkVersion);
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
    const q = next.q ?? draft.trim();
    // A new query is searched with spelling corrections again.
    const url = searchUrl({ ...state, q, page: 1, asTyped: q === state.q && state.asTyped, ...next });
    const unchanged = url === location.pathname + location.search;
    navigate(url, { replace: unchanged || (options.replaceProvisional === true && place.provisional), keepScroll: true });
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
  const pages = data ? servedPages(data.total, data.limit) : 1;

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
        {isLongQuotation(draft) && (
          <p class="quote-offer">
            <a href={quoteUrl(draft)}>Check this quote</a>: where these words come from, and how faithfully they are quoted.
          </p>
        )}
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
              <FeedLink state={state} />
            </div>
            {data?.indexChanged && <IndexChangedNotice version={data.indexVersion} />}
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
