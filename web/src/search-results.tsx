// What the search page shows under the box: the intro before any search, then results,
// the relaxed and fuzzy notices, the empty state with ways out, or the error.
import type { JSX } from 'preact';
import type { Examples, SearchResponse } from './api-types.ts';
import { fetchExamples } from './api.ts';
import { formatDate, KIND_LABELS } from './format.ts';
import { ResultList } from './result-list.tsx';
import { EMPTY_STATE, hasFilters, searchUrl, type SearchState } from './search-state.ts';
import { nameOf } from './speaker-names.ts';
import { useFetch, type FetchState } from './use-fetch.ts';

/** The filters in words, for the empty state: "by Wang Zhengpu, of kind Question". */
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

/** Which words matched nothing, when the index has none of them: a word is never dropped silently. */
const relaxedNote = (unmatched: string[]) =>
  unmatched.length ? `No passage has ${unmatched.map((w) => `“${w}”`).join(' or ')}; showing passages with the other words.` : 'Showing passages with some of them.';

/** "Showing results for government. Search instead for goverment", or "Did you mean government?" */
function Spelling({ state, data }: { state: SearchState; data: SearchResponse }) {
  if (!data.didYouMean) return null;
  const corrected = searchUrl({ ...state, q: data.didYouMean, page: 1, asTyped: false });
  if (data.corrected) {
    return (
      <p class="notice did-you-mean">
        Showing results for <a href={corrected}>{data.didYouMean}</a>. Search instead for <a href={searchUrl({ ...state, page: 1, asTyped: true })}>{state.q}</a>
      </p>
    );
  }
  return (
    <p class="notice did-you-mean">
      Did you mean <a href={corrected}>{data.didYouMean}</a>?
    </p>
  );
}

/** What the page shows before any search: what Verbatim is and queries to try. */
/** Searches to try, drawn from the index: its distinctive words and its most quoted people. */
function IndexExamples() {
  const examples = useFetch<Examples>('examples', (signal) => fetchExamples(signal));
  if (examples?.status !== 'done') return null;
  const { words, speakers } = examples.data;
  const list = (items: JSX.Element[]) => items.flatMap((item, i) => (i === 0 ? [item] : [i === items.length - 1 ? ' or ' : ', ', item]));
  return (
    <div class="examples">
      {words.length > 0 && (
        <p>
          Try {list(words.map((w) => <a key={w} href={`/?q=${encodeURIComponent(w)}`}>{w}</a>))}.
        </p>
      )}
      {speakers.length > 0 && (
        <p>
          Most quoted: {list(speakers.map((s) => <a key={s.id} href={`/s/${encodeURIComponent(s.id)}`}>{s.name}</a>))}. All <a href="/speakers">speakers</a> and{' '}
          <a href="/documents">documents</a>.
        </p>
      )}
    </div>
  );
}

export function Intro() {
  return (
    <section class="intro">
      <h2>Who said what, when</h2>
      <p>Search the attributed passages of press conferences, briefings and news articles. Every result names its speaker, the document and the date, with a permanent link.</p>
      <IndexExamples />
      <p class="muted small">
        Words are all required by default; <code>"exact phrase"</code> matches a phrase. Saved passages are on the <a href="/saved">Saved</a> page.
      </p>
    </section>
  );
}

/** Results, notices, the empty state or the error for one search. */
export function Results({ state, result, retry }: { state: SearchState; result: FetchState<SearchResponse> | null; retry: () => void }) {
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
      <Spelling state={state} data={data} />
      {data.relaxed && data.total > 0 && (
        <p class="notice">
          <strong>No passage has all these words.</strong> {relaxedNote(data.unmatched)}
        </p>
      )}
      {data.speakerHints.length > 0 && (
        <p class="speaker-hints">
          {data.speakerHints.map((h) => (
            <a key={h.id} class="button" href={searchUrl({ ...state, q: h.q, speakers: [h.id], page: 1, asTyped: false })}>
              Only {h.name} ({h.count.toLocaleString('en-US')})
            </a>
          ))}
        </p>
      )}
      {data.fuzzy.length > 0 && data.total > 0 && !data.corrected && (
        <p class="notice">
          No passage has these words as written; matching close spellings: {data.fuzzy.map((f) => `${f.term} → ${f.matched.join(', ')}`).join('; ')}.
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
