// The filter panel: speakers, dates (with the timeline), kinds and sources, each with the
// counts of the current results.
import type { Kind, SearchResponse } from './api-types.ts';
import { DateFilter } from './date-filter.tsx';
import { KIND_LABELS } from './format.ts';
import type { SearchState } from './search-state.ts';
import { SpeakerFilter } from './speaker-filter.tsx';
import { nameOf } from './speaker-names.ts';

/** Every filter, each change committed as a new history entry. */
export function Filters({ state, data, commit }: { state: SearchState; data: SearchResponse; commit: (next: Partial<SearchState>) => void }) {
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
