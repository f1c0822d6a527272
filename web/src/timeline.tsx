// Matches per month (or per year for long spans) drawn from the facet counts; a click
// picks one bar, a drag across bars picks a range, and the keyboard picks one bar.
import { useRef, useState } from 'preact/hooks';
import type { ValueCount } from './api-types.ts';
import { formatDate, plural, shortMonth } from './format.ts';

/** Spans longer than this many months are drawn per year. */
const MAX_MONTH_BARS = 36;

interface Bar {
  value: string; // "2024" or "2024-05"
  count: number;
}

function monthIndex(value: string): number {
  const [y, m] = value.split('-').map(Number);
  return y! * 12 + (m! - 1);
}

function monthValue(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month (or year) from the first to the last with matches, gaps filled with zero. */
export function timelineBars(months: ValueCount[], years: ValueCount[]): Bar[] {
  if (months.length === 0) return [];
  const indexes = months.map((m) => monthIndex(m.value));
  const first = Math.min(...indexes);
  const last = Math.max(...indexes);
  if (last - first < MAX_MONTH_BARS) {
    const counts = new Map(months.map((m) => [m.value, m.count]));
    return Array.from({ length: last - first + 1 }, (_, i) => {
      const value = monthValue(first + i);
      return { value, count: counts.get(value) ?? 0 };
    });
  }
  const counts = new Map(years.map((y) => [y.value, y.count]));
  const firstYear = Math.floor(first / 12);
  return Array.from({ length: Math.floor(last / 12) - firstYear + 1 }, (_, i) => {
    const value = String(firstYear + i);
    return { value, count: counts.get(value) ?? 0 };
  });
}

/** True when a bar lies inside the chosen range (either end may be open). */
function inRange(value: string, from: string, to: string): boolean {
  if (!from && !to) return false;
  return (!from || value >= from.slice(0, value.length)) && (!to || value <= to.slice(0, value.length));
}

export interface TimelineProps {
  months: ValueCount[];
  years: ValueCount[];
  undated: number;
  from: string;
  to: string;
  onRange: (from: string, to: string) => void;
}

export function Timeline({ months, years, undated, from, to, onRange }: TimelineProps) {
  const bars = timelineBars(months, years);
  const [drag, setDragState] = useState<{ start: number; end: number } | null>(null);
  // The drag as of the last event, read by the pointerup listener (state lags a render behind).
  const dragRef = useRef(drag);
  const setDrag = (d: typeof drag) => {
    dragRef.current = d;
    setDragState(d);
  };

  /** Listens for the end of a drag right away: a quick click may release before any re-render. */
  const startDrag = (i: number) => {
    setDrag({ start: i, end: i });
    const finish = () => {
      removeEventListener('pointercancel', cancel);
      const d = dragRef.current;
      setDrag(null);
      if (!d) return;
      onRange(bars[Math.min(d.start, d.end)]!.value, bars[Math.max(d.start, d.end)]!.value);
    };
    const cancel = () => {
      removeEventListener('pointerup', finish);
      setDrag(null);
    };
    addEventListener('pointerup', finish, { once: true });
    addEventListener('pointercancel', cancel, { once: true });
  };

  if (bars.length === 0) {
    return <p class="muted">{undated > 0 ? `All ${plural(undated, 'match', 'matches')} are undated.` : 'No dates to draw.'}</p>;
  }
  const max = Math.max(1, ...bars.map((b) => b.count));
  const perYear = bars[0]!.value.length === 4;

  const barAt = (x: number, y: number): number | null => {
    const el = document.elementFromPoint(x, y)?.closest<HTMLElement>('[data-bar]');
    return el ? Number(el.dataset.bar) : null;
  };

  const selecting = (i: number) => (drag ? i >= Math.min(drag.start, drag.end) && i <= Math.max(drag.start, drag.end) : false);

  return (
    <div class="timeline-wrap">
      <div
        class="timeline"
        role="group"
        aria-label={`Matches per ${perYear ? 'year' : 'month'}; choose a bar or drag across bars to set the date range`}
        onPointerMove={(e) => {
          const d = dragRef.current;
          if (!d) return;
          const i = barAt(e.clientX, e.clientY);
          if (i !== null && i !== d.end) setDrag({ start: d.start, end: i });
        }}
      >
        {bars.map((bar, i) => (
          <button
            key={bar.value}
            type="button"
            data-bar={i}
            class={`bar${inRange(bar.value, from, to) ? ' in-range' : ''}${selecting(i) ? ' selecting' : ''}`}
            aria-label={`${formatDate(bar.value)}: ${plural(bar.count, 'match', 'matches')}`}
            title={`${formatDate(bar.value)}: ${plural(bar.count, 'match', 'matches')}`}
            onPointerDown={(e) => {
              if (e.button !== 0) return;
              e.preventDefault();
              startDrag(i);
            }}
            onClick={(e) => {
              // Pointer clicks are handled by the drag; detail 0 is Enter or Space.
              if (e.detail === 0) onRange(bar.value, bar.value);
            }}
          >
            <span class="bar-fill" style={{ height: `${bar.count === 0 ? 0 : Math.max(6, (bar.count / max) * 100)}%` }} />
          </button>
        ))}
      </div>
      <div class="timeline-axis" aria-hidden="true">
        <span>{perYear ? bars[0]!.value : `${shortMonth(bars[0]!.value.slice(5))} ${bars[0]!.value.slice(0, 4)}`}</span>
        {bars.length > 1 && <span>{perYear ? bars[bars.length - 1]!.value : `${shortMonth(bars[bars.length - 1]!.value.slice(5))} ${bars[bars.length - 1]!.value.slice(0, 4)}`}</span>}
      </div>
      {undated > 0 && <p class="muted undated">{plural(undated, 'undated match', 'undated matches')}</p>}
    </div>
  );
}
