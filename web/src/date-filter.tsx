// Date range: from/to inputs at year, month or day precision, and the timeline.
import { useEffect, useState } from 'preact/hooks';
import type { SearchResponse } from './api-types.ts';
import { PARTIAL_DATE } from './search-state.ts';
import { Timeline } from './timeline.tsx';

export interface DateFilterProps {
  from: string;
  to: string;
  facets: SearchResponse['facets'] | null;
  onChange: (from: string, to: string) => void;
}

export function DateFilter({ from, to, facets, onChange }: DateFilterProps) {
  const [draftFrom, setDraftFrom] = useState(from);
  const [draftTo, setDraftTo] = useState(to);
  const [error, setError] = useState('');
  useEffect(() => {
    setDraftFrom(from);
    setDraftTo(to);
    setError('');
  }, [from, to]);

  const apply = (event: Event) => {
    event.preventDefault();
    const f = draftFrom.trim();
    const t = draftTo.trim();
    const bad = [f, t].find((d) => d && !PARTIAL_DATE.test(d));
    if (bad !== undefined) {
      setError(`“${bad}” is not a date: write 2024, 2024-05 or 2024-05-24.`);
      return;
    }
    if (f && t && f > t.padEnd(f.length, '9')) {
      setError('The “from” date is after the “to” date.');
      return;
    }
    setError('');
    onChange(f, t);
  };

  return (
    <fieldset class="filter">
      <legend>Date</legend>
      {facets && <Timeline months={facets.months} years={facets.years} undated={facets.undated} from={from} to={to} onRange={onChange} />}
      <form class="date-inputs" onSubmit={apply} noValidate>
        <label>
          From
          <input name="from" value={draftFrom} onInput={(e) => setDraftFrom(e.currentTarget.value)} placeholder="2024-05" inputMode="numeric" aria-describedby="date-help" aria-invalid={!!error} />
        </label>
        <label>
          To
          <input name="to" value={draftTo} onInput={(e) => setDraftTo(e.currentTarget.value)} placeholder="2024-05-24" inputMode="numeric" aria-describedby="date-help" aria-invalid={!!error} />
        </label>
        <button type="submit">Apply</button>
      </form>
      <p id="date-help" class="muted small">
        Year, month or day: 2024, 2024-05 or 2024-05-24.
      </p>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
      {(from || to) && (
        <button type="button" class="link-button" onClick={() => onChange('', '')}>
          Clear dates
        </button>
      )}
    </fieldset>
  );
}
