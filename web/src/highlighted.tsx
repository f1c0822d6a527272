// Text with <mark>s built from character ranges: highlights travel as data, and the
// text is only ever a text node, never parsed as HTML.
import type { ComponentChildren } from 'preact';
import type { Range } from './api-types.ts';

/** Sorts, clamps and merges ranges so every character is marked at most once. */
export function normaliseRanges(ranges: readonly Range[], length: number): Range[] {
  const sorted = ranges
    .map(([s, e]): Range => [Math.max(0, Math.min(s, length)), Math.max(0, Math.min(e, length))])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const merged: Range[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** Renders `text` with each range wrapped in <mark>. */
export function Highlighted({ text, ranges = [] }: { text: string; ranges?: readonly Range[] | undefined }) {
  const parts: ComponentChildren[] = [];
  let at = 0;
  for (const [start, end] of normaliseRanges(ranges, text.length)) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
