// Speaker facet: the list with counts, narrowed by typing, multi-select, selected ones as chips.
import { useState } from 'preact/hooks';
import type { SpeakerFacet } from './api-types.ts';

const SHOWN = 8;

export interface SpeakerFilterProps {
  facets: SpeakerFacet[];
  selected: string[];
  nameOf: (id: string) => string;
  onChange: (ids: string[]) => void;
}

export function SpeakerChips({ selected, nameOf, onChange }: Omit<SpeakerFilterProps, 'facets'>) {
  if (selected.length === 0) return null;
  return (
    <ul class="chips" aria-label="Selected speakers">
      {selected.map((id) => (
        <li key={id}>
          <span class="chip">
            {nameOf(id)}
            <button type="button" aria-label={`Remove speaker ${nameOf(id)}`} onClick={() => onChange(selected.filter((s) => s !== id))}>
              ×
            </button>
          </span>
        </li>
      ))}
    </ul>
  );
}

export function SpeakerFilter({ facets, selected, nameOf, onChange }: SpeakerFilterProps) {
  const [filter, setFilter] = useState('');
  const [showAll, setShowAll] = useState(false);
  const needle = filter.trim().toLowerCase();
  const matching = facets.filter((f) => !needle || f.name.toLowerCase().includes(needle) || (f.role ?? '').toLowerCase().includes(needle));
  const shown = showAll || needle ? matching : matching.slice(0, SHOWN);
  const toggle = (id: string, on: boolean) => onChange(on ? [...selected, id] : selected.filter((s) => s !== id));

  return (
    <fieldset class="filter">
      <legend>Speakers</legend>
      <SpeakerChips selected={selected} nameOf={nameOf} onChange={onChange} />
      <label class="visually-hidden" for="speaker-filter">
        Find a speaker
      </label>
      <input id="speaker-filter" type="search" placeholder="Find a speaker…" value={filter} onInput={(e) => setFilter(e.currentTarget.value)} autocomplete="off" />
      {shown.length === 0 ? (
        <p class="muted">{needle ? `No speaker matching “${filter}” among these results.` : 'No speakers in these results.'}</p>
      ) : (
        <ul class="facet-list" id="speaker-facets">
          {shown.map((f) => (
            <li key={f.id}>
              <label>
                <input type="checkbox" checked={selected.includes(f.id)} onChange={(e) => toggle(f.id, e.currentTarget.checked)} />
                <span class="facet-name">
                  {f.name}
                  {f.role && (
                    <span class="facet-role" title={f.role}>
                      {f.role}
                    </span>
                  )}
                </span>
                <span class="count">{f.count}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {!needle && matching.length > SHOWN && (
        <button type="button" class="link-button" aria-expanded={showAll} aria-controls="speaker-facets" onClick={() => setShowAll(!showAll)}>
          {showAll ? 'Show fewer' : `Show all ${matching.length} speakers`}
        </button>
      )}
    </fieldset>
  );
}
